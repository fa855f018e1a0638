/// Fills `{name}` in a follow-up rules text in one pass, so a value that
/// itself contains braces (an action typed as «Møte {due}») stays as typed.
enum Placeholders {
    /// On the UTF-8 bytes: a follow-up of a long plan fills a dozen texts
    /// per action, and a summary replays every follow-up of an event.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var copied = bytes.startIndex
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = bytes.index(after: open)
            guard let close = bytes[afterOpen...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if let value = values[String(Substring(bytes[afterOpen..<close]))] {
                result += Substring(bytes[copied..<open])
                result += value
                copied = bytes.index(after: close)
                index = copied
            } else {
                index = afterOpen
            }
        }
        return result + Substring(bytes[copied...])
    }

    static func fill(_ template: Localized, nb: [String: String], en: [String: String]) -> Localized {
        Localized(nb: fill(template.nb, nb), en: fill(template.en, en))
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
