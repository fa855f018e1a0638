/// Small format-1 rules files written inline by tests: the header every
/// one repeats (id, version, title, one source `s`), then sections of
/// questions written as YAML flow mappings.
public enum RulesText {
    public struct Section {
        let id: String
        let kind: String
        let title: (nb: String, en: String)
        let questions: [String]

        /// - Parameter questions: each a flow mapping, `{id: …, ask: …, …}`.
        public init(_ id: String, kind: String, title: (nb: String, en: String), questions: [String]) {
            self.id = id
            self.kind = kind
            self.title = title
            self.questions = questions
        }
    }

    public static func formatOne(id: String, title: (nb: String, en: String), sections: [Section]) -> String {
        var text = """
            format: 1
            id: \(id)
            version: '1'
            title: {nb: \(title.nb), en: \(title.en)}
            sources: [{id: s, cite: S, title: S}]
            sections:

            """
        for section in sections {
            text += """
                  - id: \(section.id)
                    kind: \(section.kind)
                    title: {nb: \(section.title.nb), en: \(section.title.en)}
                    rationale: {nb: Fordi, en: Because}
                    source: s
                    questions:

                """
            for question in section.questions { text += "      - \(question)\n" }
        }
        return text + "feedback: []\n"
    }
}
