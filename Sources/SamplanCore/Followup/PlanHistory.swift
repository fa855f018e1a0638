/// A plan and its follow-ups: the session replayed, then each follow-up,
/// asked about the plan as the one before it left it. The plan, replay,
/// resume, summary and followup all read a transcript through this.
public struct PlanHistory: Sendable {
    public let rules: RuleBook
    public let language: Language
    /// The session at the table.
    public let session: SessionState
    public private(set) var followups: [FollowupPass] = []
    /// The statuses said by every follow-up but the last, kept as they
    /// come so that each follow-up costs the same however many came before.
    private var settled: [Int: ActionStatus] = [:]

    public init(rules: RuleBook, language: Language, session: SessionState) {
        self.rules = rules
        self.language = language
        self.session = session
    }

    /// The session and every follow-up block of a transcript, replayed
    /// by the engine alone (`PlanHistory.walk`).
    public init(transcript: Transcript, rules: RuleBook) throws(TranscriptProblem) {
        self = try Self.walk(
            transcript, rules: rules,
            session: { interview, state, part in
                var state = state
                for record in part.records { if case .input(let input) = record.event { _ = interview.step(&state, input) } }
                return state
            },
            followup: { pass, part in
                var pass = pass
                let interview = pass.interview
                for entry in part.followup?.entries ?? [] {
                    switch entry {
                    case .input(let input): _ = interview.step(&pass.state, input)
                    case .continued(let date): pass.continue(on: date)
                    }
                }
                return pass
            })
    }

    /// The one walk through a transcript: the session, then each
    /// follow-up, begun from the plan as the part before left it and asked
    /// by the follow-up rules it records. Each part is stepped through by
    /// the caller, by the engine alone (`init(transcript:rules:)`) or by a
    /// driver that shows it (`replay`), and comes back as the state it
    /// reached; nil stops the walk there, with what was reached so far.
    public static func walk(
        _ transcript: Transcript, rules: RuleBook,
        session: (Interview, SessionState, Transcript.Part) -> SessionState?,
        followup: (FollowupPass, Transcript.Part) -> FollowupPass?
    ) throws(TranscriptProblem) -> PlanHistory {
        let language = transcript.header.language
        let interview = Interview(rules: rules, language: language)
        let parts = transcript.parts
        var start = interview.start(today: transcript.header.today)
        start.actionNumbering = transcript.header.actionNumbering
        guard let first = parts.first, let reached = session(interview, start, first) else {
            return PlanHistory(rules: rules, language: language, session: start)
        }
        var history = PlanHistory(rules: rules, language: language, session: reached)
        for part in parts.dropFirst() {
            guard let block = part.followup else { continue }
            let pass = history.start(on: block.date, language: block.language, asking: try FollowupRules.recorded(block.rules))
            guard let done = followup(pass, part) else { break }
            history.append(done)
        }
        return history
    }

    public var sessionInterview: Interview { Interview(rules: rules, language: language) }

    /// The plan's actions now: as the session left them, or the last follow-up.
    public var actions: [ActionItem] { followups.last?.actions ?? sessionInterview.actions(session) }

    /// The session's state with the actions as they are now: what the plan
    /// is rendered from.
    public var planState: SessionState {
        guard !followups.isEmpty, let question = rules.question(for: .actions) else { return session }
        var state = session
        state.follow(rules)
        let items = actions
        state.record(items.isEmpty ? nil : .actions(items), for: question.id, rules: rules)
        if !items.isEmpty { state.setSkipped(question.id, false, rules: rules) }
        return state
    }

    /// The parties at the session's table.
    public var parties: [Party] { rules.presentParties(sessionInterview.answers(session)) }

    /// The plan's table of actions now.
    public var table: ActionTable {
        ActionTable(
            rules: rules, answers: sessionInterview.answers(planState), language: language,
            statuses: followups.isEmpty ? nil : statuses, items: followups.isEmpty ? nil : actions)
    }

    /// The latest status said of each action (by id), and of the first
    /// meeting (key 0): held is done, not held is not started.
    public var statuses: [Int: ActionStatus] {
        guard let last = followups.last else { return settled }
        return Self.merging(last, into: settled)
    }

    private static func merging(_ pass: FollowupPass, into statuses: [Int: ActionStatus]) -> [Int: ActionStatus] {
        var statuses = statuses
        for id in pass.asked { if let status = pass.status(of: id) { statuses[id] = status } }
        if let held = pass.firstMeetingHeld {
            statuses[0] = held ? pass.followupRules.firstMeetingHeld : pass.followupRules.firstMeetingNotHeld
        }
        return statuses
    }

    /// A follow-up on `date`, before any answer: it asks about the actions
    /// not yet done or dropped, and the first meeting until it has been held.
    public func start(on date: LocalDate, language: Language, asking followup: FollowupRules) -> FollowupPass {
        let statuses = self.statuses
        let rows = table.rows.filter { row in statuses[row.actionID ?? 0]?.settles != true }
        let book = followup.make(for: rules, parties: parties, rows: rows, today: date)
        let interview = Interview(rules: book, language: language)
        var state = interview.start(today: date)
        // The follow-up numbers the actions as the plan it follows up does.
        state.actionNumbering = session.actionNumbering
        state.follow(book)
        let items = actions
        if !items.isEmpty { state.record(.actions(items), for: followup.actionsID, rules: book) }
        if followup.keepsDue {
            // Enter keeps a deadline still to come.
            for row in rows {
                guard let id = row.actionID, let due = row.date, due >= date else { continue }
                state.record(.date(due), for: followup.dateID(id), rules: book)
            }
        }
        return FollowupPass(
            date: date, language: language, followupRules: followup, rules: book,
            asked: rows.compactMap(\.actionID), state: state)
    }

    /// A follow-up taken or replayed, added to the history.
    public mutating func append(_ pass: FollowupPass) {
        if let last = followups.last { settled = Self.merging(last, into: settled) }
        followups.append(pass)
    }

    /// The last follow-up, if it was left before its end: resume goes on there.
    public var unfinished: FollowupPass? { followups.last.flatMap { $0.isFinished ? nil : $0 } }

    /// Replaces the last follow-up (the one being continued) with its newer state.
    public mutating func replaceLast(_ pass: FollowupPass) {
        guard !followups.isEmpty else { return }
        followups[followups.count - 1] = pass
    }
}
