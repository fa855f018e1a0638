/// `samplan followup`: first steps and reviews due before a date, grouped
/// by date, with who is responsible and how to reach them.
public struct Followup: Sendable {
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
        public let role: String?
        public let pair: String
        public let file: String
    }

    public let before: LocalDate
    public private(set) var items: [Item] = []
    public private(set) var actions: [DueAction] = []

    public init(before: LocalDate) {
        self.before = before
    }

    /// Keeps what is due; the rest of the session is not held.
    public mutating func add(_ session: SessionSummary) {
        if let date = session.firstStepDate, date < before { items.append(Item(date: date, kind: .firstStep, session: session)) }
        if let date = session.review, date < before { items.append(Item(date: date, kind: .review, session: session)) }
        // The first step is listed by its date above.
        for action in session.actions where !action.first {
            guard let date = action.date.flatMap({ LocalDate(iso: $0) }), date < before else { continue }
            actions.append(DueAction(date: date, what: action.what, role: action.role, pair: session.partyNames, file: session.file))
        }
    }

    /// The due actions grouped by the position that owns them (the same
    /// words, whatever their case), positions in alphabetical order and
    /// those with none last; within each, by date.
    func actionLines(in language: Language) -> [String] {
        guard !actions.isEmpty else { return [] }
        let words = language.words
        var lines = ["", words.actionsDueByOwner(before.norwegian)]
        let groups = Dictionary(grouping: actions.enumerated()) { $0.element.role?.lowercased() }
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
            lines.append(group.first?.role ?? words.noOneResponsible)
            for action in group {
                lines.append("  \(action.date.norwegian)  \(action.what) — \(action.pair)")
            }
        }
        return lines
    }

    public func lines(in language: Language) -> [String] {
        let words = language.words
        var lines = [words.dueBefore(before.norwegian)]
        guard !items.isEmpty || !actions.isEmpty else { return lines + [words.nothingDue] }
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
                if let step = s.firstStep { lines.append("    \(step.what) — \(step.role ?? words.noOneResponsible)") }
            case .review:
                lines.append("  " + words.reviewDue + pair)
            }
            let who = s.parties.compactMap { party in party.contact.map { "\($0) (\(party.label))" } }
            var contact = who.isEmpty ? words.noContact : who.joined(separator: ", ")
            if let response = s.responseTime { contact += words.responseTime(response) }
            lines.append("    " + words.contact + contact)
            lines.append("    " + s.file)
        }
        return lines + actionLines(in: language)
    }
}
