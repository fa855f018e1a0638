/// Which of the roster's tables made a plan and which plans have been
/// followed up (`summary --event`). A session started with `--table` (or
/// served by its table's code) is matched by its number; an older one by
/// the names of the parties every table has, tolerantly (`UnitName`): the
/// roster's «DPS Kongsvinger» is the pair's «DPS Kongsvinger,
/// allmennpsykiatrisk poliklinikk». A session that fits no table, or
/// several, is named; so is a table two sessions fit.
public struct RosterCoverage: Sendable {
    public let roster: Roster
    /// Sessions seen per table (their files), finished or not.
    public private(set) var sessions: [Int: [String]] = [:]
    /// Tables with a finished session: a plan.
    public private(set) var plans: [Int: Int] = [:]
    public private(set) var followedUp: Set<Int> = []
    /// Sessions that fit no table, or several: their files and parties.
    public private(set) var unmatchedSessions: [(file: String, parties: String)] = []
    public var unmatched: Int { unmatchedSessions.count }

    /// Tables by the exact names of the parties every table has
    /// (lower-cased): most sessions are matched at the same cost however
    /// long the roster is; only the others are compared word by word.
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
            unmatchedSessions.append((summary.file, summary.partyNames))
            return
        }
        sessions[number, default: []].append(summary.file)
        guard summary.complete else { return }
        plans[number, default: 0] += 1
        if summary.isFollowedUp { followedUp.insert(number) }
    }

    /// The roster's table a session is matched to: by its number, else
    /// by its parties' names.
    public func table(of summary: SessionSummary) -> Int? {
        if let table = summary.table, roster.table(table) != nil { return table }
        let units = roster.required.map { id in summary.parties.first { $0.id == id }?.unit ?? "" }
        guard !units.contains("") else { return nil }
        if let exact = byUnits[units.map { $0.lowercased() }] { return exact }
        let fitting = roster.tables.filter { table in
            zip(roster.required, units).allSatisfy { party, typed in UnitName.matches(table.name(of: party) ?? "", typed) }
        }
        return fitting.count == 1 ? fitting[0].number : nil
    }

    /// Tables with a finished session.
    public var tablesFinished: [Int] { roster.tables.map(\.number).filter { plans[$0] != nil } }

    /// Tables whose sessions all ended before the last question.
    public var tablesLeftEarly: [Int] { roster.tables.map(\.number).filter { sessions[$0] != nil && plans[$0] == nil } }

    /// Tables with no session at all.
    public var tablesNotStarted: [Int] { roster.tables.map(\.number).filter { sessions[$0] == nil } }

    /// Tables without a finished plan: left early or not started.
    public var tablesWithoutPlan: [Int] { roster.tables.map(\.number).filter { plans[$0] == nil } }

    /// Tables two or more sessions fit.
    public var tablesMatchedTwice: [Int] { roster.tables.map(\.number).filter { (sessions[$0]?.count ?? 0) > 1 } }

    public var tablesNotFollowedUp: [Int] { roster.tables.map(\.number).filter { plans[$0] != nil && !followedUp.contains($0) } }

    public func lines(in language: Language) -> [String] {
        let words = language.words
        func describe(_ number: Int) -> String {
            guard let table = roster.table(number) else { return "\(number)" }
            return "  " + words.tableLabel(number) + "  " + table.names.map(\.name).joined(separator: " / ")
        }
        var lines = [
            "",
            words.rosterTables(
                roster.tables.count, finished: tablesFinished.count, leftEarly: tablesLeftEarly.count, notStarted: tablesNotStarted.count),
        ]
        for (heading, tables) in [
            (words.tablesNotStarted(tablesNotStarted.count), tablesNotStarted), (words.tablesLeftEarly(tablesLeftEarly.count), tablesLeftEarly),
        ] where !tables.isEmpty {
            lines += ["", heading] + tables.map(describe)
        }
        lines.append("")
        lines.append(words.tablesNotFollowedUp(tablesNotFollowedUp.count))
        lines += tablesNotFollowedUp.map(describe)
        if !tablesMatchedTwice.isEmpty {
            lines += ["", words.tablesMatchedTwice(tablesMatchedTwice.count)]
            for number in tablesMatchedTwice { lines += [describe(number)] + (sessions[number] ?? []).map { "    " + $0 } }
        }
        if !unmatchedSessions.isEmpty {
            lines += ["", words.sessionsWithoutTable(unmatched)]
            for session in unmatchedSessions { lines += ["  " + session.parties, "    " + session.file] }
        }
        return lines
    }
}
