/// Fills `{name}` in a follow-up rules text in one pass, so a value that
/// itself contains braces (an action typed as «Møte {due}») stays as typed.
enum Placeholders {
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                let value = values[String(rest[afterOpen..<close])]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func fill(_ template: Localized, _ values: (Language) -> [String: String]) -> Localized {
        Localized(nb: fill(template.nb, values(.nb)), en: fill(template.en, values(.en)))
    }
}

extension Condition {
    /// The same condition over other question ids: a template's
    /// conditions name its questions by their keys (`new_date`).
    func renamingQuestions(_ rename: (String) -> String) -> Condition {
        switch self {
        case .all(let parts): .all(parts.map { $0.renamingQuestions(rename) })
        case .any(let parts): .any(parts.map { $0.renamingQuestions(rename) })
        case .not(let inner): .not(inner.renamingQuestions(rename))
        case .test(let question, let test): .test(question: rename(question), test)
        }
    }
}
