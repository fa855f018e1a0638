/// The roles of rules recorded before questions named them
/// (Rules/legacy-roles.yaml, compiled in): the data that lets old
/// transcripts keep their file names, action tables and summaries, kept
/// out of the code so that no Swift code knows a rules file's question ids.
enum LegacyRoles {
    /// Read once: rules id → question id → role.
    private static let table: [String: [String: QuestionRole]] = {
        let text = String(decoding: PackageResources.legacy_roles_yaml, as: UTF8.self)
        guard case .mapping(let top)? = try? YAMLReader.read(text) else { return [:] }
        var table: [String: [String: QuestionRole]] = [:]
        for (key, value) in top.pairs {
            guard case .scalar(let rules) = key, case .mapping(let questions) = value else { continue }
            var roles: [String: QuestionRole] = [:]
            for (question, role) in questions.pairs {
                if case .scalar(let id) = question, case .scalar(let spelling) = role, let parsed = QuestionRole(spelling.string) {
                    roles[id.string] = parsed
                }
            }
            table[rules.string] = roles
        }
        return table
    }()

    static func roles(forRules id: String) -> [String: QuestionRole] { table[id] ?? [:] }
}
