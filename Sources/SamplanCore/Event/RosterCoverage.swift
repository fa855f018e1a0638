/// Which of the roster's tables made a plan and which plans have been
/// followed up (`summary --event`). A session started with `--table` is
/// matched by its number; an older one by the names of the parties every
/// table has (for dps-nav, its DPS unit and NAV office).
public struct RosterCoverage: Sendable {
    public let roster: Roster
    /// Plans seen per table, and whether any was followed up.
    public private(set) var plans: [Int: Int] = [:]
    public private(set) var followedUp: Set<Int> = []
    /// Sessions that match no table.
    public private(set) var unmatched = 0

    /// Tables by the names of the parties every table has (lower-cased),
    /// so a session is matched at the same cost however long the roster is.
    private let byUnits: [[String]: Int]

    public init(roster: Roster) {
        self.roster = roster
        var byUnits: [[String]: Int] = [:]
        for table in roster.tables {
            let key = roster.required.map { (table.name(of: $0) ?? "").lowercased() }
            if byUnits[key] == nil { byUnits[key] = table.number }
        }
        self.byUnits = byUnits
    }

    public mutating func add(_ summary: SessionSummary) {
        guard let number = table(of: summary) else {
            unmatched += 1
            return
        }
        plans[number, default: 0] += 1
        if summary.isFollowedUp { followedUp.insert(number) }
    }

    func table(of summary: SessionSummary) -> Int? {
        if let table = summary.table, roster.table(table) != nil { return table }
        let units = roster.required.map { id in (summary.parties.first { $0.id == id }?.unit ?? "").lowercased() }
        guard !units.contains("") else { return nil }
        return byUnits[units]
    }

    public var tablesWithoutPlan: [Int] { roster.tables.map(\.number).filter { plans[$0] == nil } }

    public var tablesNotFollowedUp: [Int] { roster.tables.map(\.number).filter { plans[$0] != nil && !followedUp.contains($0) } }

    public func lines(in language: Language) -> [String] {
        let words = language.words
        func describe(_ number: Int) -> String {
            guard let table = roster.table(number) else { return "\(number)" }
            return "  " + words.tableLabel(number) + "  " + table.names.map(\.name).joined(separator: " / ")
        }
        var lines = ["", words.rosterTables(roster.tables.count, withPlan: plans.count)]
        lines.append("")
        lines.append(words.tablesWithoutPlan(tablesWithoutPlan.count))
        lines += tablesWithoutPlan.map(describe)
        lines.append("")
        lines.append(words.tablesNotFollowedUp(tablesNotFollowedUp.count))
        lines += tablesNotFollowedUp.map(describe)
        if unmatched > 0 {
            lines.append("")
            lines.append(words.sessionsWithoutTable(unmatched))
        }
        return lines
    }
}
