/// One party that can sit at the table: a DPS, a NAV office, the
/// municipality. Format 2 rules list theirs under `parties:`; format 1
/// rules have the DPS and the NAV office (`Party.formatOne`).
public struct Party: Sendable, Equatable {
    public let id: String
    /// The party's full name: «Kommunens psykisk helse- og rustjeneste».
    public let name: Localized
    /// The prompt's label: «Kommune».
    public let short: Localized
    /// At the table only when the session says so: the answer to the
    /// yes/no question with the role `present.ID` is yes.
    public let optional: Bool
    /// The names a roster's column for the party may have: its id, then
    /// the rules' `roster:` names (lower-case), the last of them the one
    /// messages suggest.
    public let rosterColumns: [String]

    public init(id: String, name: Localized, short: Localized, optional: Bool, roster: [String] = []) {
        self.id = id
        self.name = name
        self.short = short
        self.optional = optional
        rosterColumns = [id] + roster.map { $0.lowercased() }
    }

    /// The two parties format 1 fixed (Rules/format-1-parties.yaml).
    public static let formatOne: [Party] = {
        let context = RulesReadContext()
        guard let root = try? YAMLReader.read(String(decoding: PackageResources.format_1_parties_yaml, as: UTF8.self)),
            let top = YAMLFields(root, field: "format 1", context: context)
        else { preconditionFailure("Rules/format-1-parties.yaml is compiled in and read by the tests") }
        context.format = 2
        let parties = RulesLoader.readParties(top, context: context)
        precondition(context.diagnostics.isEmpty && parties.count == 2, "Rules/format-1-parties.yaml is not as the tests read it")
        return parties
    }()
}

/// Who a question is for: one party, several, or all of them.
public struct Asked: Sendable, Equatable {
    /// The parties' ids, in the order the rules list the parties.
    public let parties: [String]
    /// As the `answer` record keeps it: `dps`, `nav`, `both` (format 1),
    /// `all`, or ids joined by `+` (`nav+kommune`).
    public let spelling: String

    public init(parties: [String], spelling: String) {
        self.parties = parties
        self.spelling = spelling
    }

    /// What an `answer` record may hold in its party field.
    static func isSpelling(_ text: String) -> Bool {
        !text.isEmpty && text.split(separator: "+", omittingEmptySubsequences: false).allSatisfy { YAMLFields.isValidID(String($0)) }
    }
}
