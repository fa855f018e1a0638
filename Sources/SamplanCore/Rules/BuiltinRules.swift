/// The rules compiled into the binary, so samplan works from any
/// directory: `dps-nav` (Rules/dps-nav.yaml), the default, and
/// `kommune-nav` (Rules/kommune-nav.yaml), chosen with `--rules kommune-nav`.
public enum BuiltinRules {
    /// One built-in rules file: the name `--rules` takes, its exact text
    /// (a transcript embeds it) and its plan templates.
    public struct Entry: Sendable {
        public let name: String
        public let text: String
        let templates: (nb: [UInt8], en: [UInt8])

        /// Named by the id its text declares: no rules id is written in Swift.
        init(text bytes: [UInt8], templates: (nb: [UInt8], en: [UInt8])) {
            text = String(decoding: bytes, as: UTF8.self)
            name = BuiltinRules.declared(in: text).id
            self.templates = templates
        }

        public var file: String { "Rules/\(name).yaml" }

        /// The id and version the text declares at the top level, read
        /// without loading the rules (`samplan --version` at every start).
        public var declared: (id: String, version: String) { BuiltinRules.declared(in: text) }

        public func load() throws(RulesError) -> RuleBook {
            try RulesLoader.load(text: text, file: file)
        }

        public func template(_ language: Language) -> String {
            String(decoding: language == .nb ? templates.nb : templates.en, as: UTF8.self)
        }
    }

    /// Decoded once: a session needs the text twice, to load and to copy
    /// into its transcript.
    public static let entries: [Entry] = [
        Entry(text: PackageResources.dps_nav_yaml, templates: (PackageResources.plan_nb_mustache, PackageResources.plan_en_mustache)),
        Entry(
            text: PackageResources.kommune_nav_yaml,
            templates: (PackageResources.kommune_nav_plan_nb_mustache, PackageResources.kommune_nav_plan_en_mustache)),
    ]

    /// A YAML text's top-level `id:` and `version:`, as written.
    /// Reads line by line from the top and stops at both: they are in the
    /// first lines, and every start of samplan asks (`--version`'s text).
    static func declared(in text: String) -> (id: String, version: String) {
        var id = "", version = ""
        var rest = Substring(text)
        while !rest.isEmpty && (id.isEmpty || version.isEmpty) {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            if line.hasPrefix("id: ") { id = String(line.dropFirst(4)) }
            if line.hasPrefix("version: ") { version = String(line.dropFirst(9)) }
            rest = end == rest.endIndex ? "" : rest[rest.utf8.index(after: end)...]
        }
        return (id, version)
    }

    /// The default rules' text.
    public static var text: String { entries[0].text }

    public static func load() throws(RulesError) -> RuleBook { try entries[0].load() }

    /// The built-in rules `--rules NAME` names, if any.
    public static func named(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The built-in rules whose id a transcript or rules file carries: its
    /// plan templates are the ones to use. Other ids get the default's.
    public static func forRules(id: String) -> Entry { entries.first { $0.name == id } ?? entries[0] }

    /// Every built-in rules file by the name `--rules NAME` would take, with
    /// its rules (those that load; the tests make sure all do).
    public static func all() -> [(name: String, book: RuleBook)] {
        entries.compactMap { entry in (try? entry.load()).map { (entry.name, $0) } }
    }
}

extension RuleBook {
    /// The one line `samplan check` prints on success.
    public func summaryLine(in language: Language) -> String {
        language.words.rulesSummary(
            "\(id) \(version)", sections: sections.count, questions: questions.count, feedback: feedback.count,
            languages: languages.map(\.rawValue).joined(separator: ", "))
    }
}
