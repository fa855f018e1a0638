/// The coordinator's view of the room while the event goes on: every
/// table of the roster (or every served table), where its session stands,
/// each criterion's and barrier's status as it stands, when it last
/// answered, and whether it has a plan. Made from the transcripts as
/// written, each time they change: there is no second store.
public struct EventBoard: Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        case notStarted = "not-started"
        case inProgress = "in-progress"
        case finished
        /// Unfinished, and the session has ended: the pair left.
        case leftEarly = "left-early"
    }

    /// One session as the board reads it.
    public struct Seen: Sendable {
        public var summary: SessionSummary
        /// The transcript's last record ends the session (a hang-up,
        /// Ctrl-D, /avslutt) before its last question.
        public var stopped: Bool
        /// When its transcript was last written, seconds since 1970.
        public var lastWritten: Int
        /// The criteria and barriers' short titles, by id, in the rules' order.
        public var sections: [(id: String, title: Localized)]
        public var rules: RuleBook

        public init(summary: SessionSummary, stopped: Bool, lastWritten: Int, rules: RuleBook) {
            self.summary = summary
            self.stopped = stopped
            self.lastWritten = lastWritten
            self.rules = rules
            sections = rules.sections.filter { $0.kind == .criterion || $0.kind == .barrier }.map { ($0.id, $0.short ?? $0.title) }
        }
    }

    public struct Row: Codable, Sendable, Equatable {
        public var table: Int
        public var parties: [String]
        public var state: State
        /// Questions answered and those that apply, once started.
        public var answered: Int?
        public var asked: Int?
        /// Each criterion and barrier: its short title and status (`met`, `partly`, `open`).
        public var sections: [Mark]
        /// Seconds since 1970 of the transcript's last write.
        public var lastAnswer: Int?
        /// The session finished: its plan can be fetched.
        public var plan: Bool
    }

    public struct Mark: Codable, Sendable, Equatable {
        public var title: String
        public var status: String
    }

    public var rows: [Row]
    /// The summary's totals and bar charts, as `summary` prints them.
    public var totals: [String]

    /// The board for `tables` (number → the parties' names the roster
    /// gives, if any) from the sessions seen. A session is the table's by
    /// its recorded number, else by the roster's names (`RosterCoverage`);
    /// of several, the latest written counts.
    public init(tables: [Int: [String]], roster: Roster?, sessions: [Seen], language: Language, width: Int = 100) {
        var coverage = roster.map(RosterCoverage.init(roster:))
        var totals = EventTotals()
        var latest: [Int: Seen] = [:]
        for seen in sessions {
            totals.add(seen.summary, rules: seen.rules)
            coverage?.add(seen.summary)
            guard let table = seen.summary.table ?? coverage?.table(of: seen.summary), tables[table] != nil else { continue }
            if let known = latest[table], known.lastWritten > seen.lastWritten { continue }
            latest[table] = seen
        }
        rows = tables.keys.sorted().map { number in
            guard let seen = latest[number] else {
                return Row(table: number, parties: tables[number] ?? [], state: .notStarted, sections: [], plan: false)
            }
            let s = seen.summary
            let state: State = s.complete ? .finished : (seen.stopped ? .leftEarly : .inProgress)
            let named = tables[number] ?? []
            return Row(
                table: number, parties: named.isEmpty ? s.parties.compactMap(\.unit) : named, state: state, answered: s.answered,
                asked: s.asked,
                sections: seen.sections.map { Mark(title: $0.title[language], status: s.sections[$0.id] ?? SectionStatus.open.rawValue) },
                lastAnswer: seen.lastWritten, plan: s.complete)
        }
        // The summary's totals and bar charts, without the legend of its
        // table's marks and the count of sessions finished or not: while
        // the event goes on, the rows say that (a session not finished
        // may still be going on), as the page's count of tables does.
        let lines = SummaryTable(language: language, width: width).totals(totals)
        let sessionsLine = language.words.sessions(totals.sessions, complete: totals.complete)
        self.totals = Array(lines.drop { $0.isEmpty || $0 == language.words.summaryLegend || $0 == sessionsLine })
    }
}

extension EventBoard.Seen {
    /// The session's last record ends it before its last question.
    public static func stopped(_ transcript: Transcript) -> Bool {
        guard case .ended(let reason)? = transcript.records.last?.event else { return false }
        return reason != .finished
    }
}
