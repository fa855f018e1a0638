/// The rules compiled into the binary (Rules/dps-nav.yaml), so samplan
/// works from any directory.
public enum BuiltinRules {
    public static let displayName = "dps-nav.yaml (innebygd)"

    /// Decoded once: a session needs the text twice, to load and to copy
    /// into its transcript.
    public static let text = String(decoding: PackageResources.dps_nav_yaml, as: UTF8.self)

    public static func load() throws(RulesError) -> RuleBook {
        try RulesLoader.load(text: text, file: "Rules/dps-nav.yaml")
    }

    /// Every built-in rules file by the name `--rules NAME` would take, with
    /// its rules (those that load; the tests make sure all do).
    public static func all() -> [(name: String, book: RuleBook)] {
        guard let book = try? load() else { return [] }
        return [("dps-nav", book)]
    }
}

extension RuleBook {
    /// The one line `samplan check` prints on success.
    public func summaryLine(in language: Language) -> String {
        let langs = languages.map(\.rawValue).joined(separator: ", ")
        switch language {
        case .nb:
            return "\(id) \(version): \(sections.count) deler, \(questions.count) spørsmål, \(feedback.count) tilbakemeldingsregler; språk: \(langs)"
        case .en:
            return "\(id) \(version): \(sections.count) sections, \(questions.count) questions, \(feedback.count) feedback rules; languages: \(langs)"
        }
    }
}
