/// `samplan due`: first steps and reviews due before a date, grouped
/// by date, with who is responsible and how to reach them.
public struct DueList: Sendable {
    public struct Item: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case firstStep, review }
        public let date: LocalDate
        public let kind: Kind
        public let session: SessionSummary
    }

    /// An action due before the date, for the list by owner position.
    public struct DueAction: Sendable, Equatable {
        public let date: LocalDate
        public let what: String
        public let owner: String?
        public let pair: String
        public let file: String
    }

    public let before: LocalDate
    public private(set) var items: [Item] = []
    public private(set) var actions: [DueAction] = []
    /// Plans no follow-up has been held for yet, old enough to ask about.
    public private(set) var notFollowedUp: [SessionSummary] = []
    /// The latest session date a missing follow-up is listed for: a plan
    /// made after it is too young to ask about. Nil: every plan.
    public let lastSessionToAsk: LocalDate?

    public init(before: LocalDate, lastSessionToAsk: LocalDate? = nil) {
        self.before = before
        self.lastSessionToAsk = lastSessionToAsk
    }

    /// Keeps what is due; the rest of the session is not held.
    public mutating func add(_ session: SessionSummary) {
        // What a follow-up says is done is not due; after one, the next
        // follow-up it agreed on is the review that is due.
        if let date = session.firstStepDate, date < before, !session.firstStepTaken {
            items.append(Item(date: date, kind: .firstStep, session: session))
        }
        if let date = session.nextFollowupDate ?? session.review, date < before { items.append(Item(date: date, kind: .review, session: session)) }
        if !session.isFollowedUp, isOldEnough(session) { notFollowedUp.append(session) }
        // The first step is listed by its date above.
        for action in Self.due(session, before: before) {
            guard let date = action.date.flatMap({ LocalDate(iso: $0) }), date < before else { continue }
            actions.append(DueAction(date: date, what: action.what, owner: action.owner, pair: session.partyNames, file: session.file))
        }
    }

    private func isOldEnough(_ session: SessionSummary) -> Bool {
        guard let last = lastSessionToAsk, let date = session.sessionDate else { return true }
        return date <= last
    }

    /// A plan's actions due before `before`: not the first step (listed
    /// on its own), nor one a follow-up says is done or dropped.
    static func due(_ session: SessionSummary, before: LocalDate) -> [SessionSummary.Action] {
        session.actions.filter { action in
            guard !action.first, let date = action.date.flatMap({ LocalDate(iso: $0) }), date < before else { return false }
            return action.outcome == nil || action.outcome == .open
        }
    }

    /// The plans with no follow-up yet, by session date.
    func notFollowedUpLines(in language: Language) -> [String] {
        guard !notFollowedUp.isEmpty else { return [] }
        var lines = ["", language.words.notFollowedUpYet(notFollowedUp.count)]
        let sorted = notFollowedUp.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        for session in sorted {
            lines.append("  " + (session.sessionDate?.norwegian ?? session.date) + "  " + session.partyNames)
            lines.append("    " + session.file)
        }
        return lines
    }

    /// The due actions grouped by the position that owns them (the same
    /// words, whatever their case), positions in alphabetical order and
    /// those with none last; within each, by date.
    func actionLines(in language: Language) -> [String] {
        guard !actions.isEmpty else { return [] }
        let words = language.words
        var lines = ["", words.actionsDueByOwner(before.norwegian)]
        let groups = Dictionary(grouping: actions.enumerated()) { $0.element.owner?.lowercased() }
        let keys = groups.keys.sorted { lhs, rhs in
            switch (lhs, rhs) {
            case let (l?, r?): return l < r
            case (_?, nil): return true
            default: return false
            }
        }
        for key in keys {
            let group = (groups[key] ?? []).sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            lines.append("")
            lines.append(group.first?.owner ?? words.noOneResponsible)
            for action in group {
                lines.append("  \(action.date.norwegian)  \(action.what) — \(action.pair)")
            }
        }
        return lines
    }

    public func lines(in language: Language) -> [String] {
        let words = language.words
        var lines = [words.dueBefore(before.norwegian)]
        guard !items.isEmpty || !actions.isEmpty else { return lines + [words.nothingDue] + notFollowedUpLines(in: language) }
        let sorted = items.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var current: LocalDate?
        for item in sorted {
            if item.date != current {
                current = item.date
                lines.append("")
                lines.append(item.date.weekdayName(language) + " " + item.date.norwegian)
            }
            let s = item.session
            let pair = s.partyNames
            switch item.kind {
            case .firstStep:
                lines.append("  " + words.firstStepDue + pair)
                if let step = s.firstStep { lines.append("    \(step.what) — \(step.owner ?? words.noOneResponsible)") }
            case .review:
                lines.append("  " + words.reviewDue + pair)
            }
            let who = s.parties.compactMap { party in party.contact.map { "\($0) (\(party.label))" } }
            var contact = who.isEmpty ? words.noContact : who.joined(separator: ", ")
            if let response = s.responseTime { contact += words.responseTime(response) }
            lines.append("    " + words.contact + contact)
            lines.append("    " + s.file)
        }
        return lines + actionLines(in: language) + notFollowedUpLines(in: language)
    }
}
