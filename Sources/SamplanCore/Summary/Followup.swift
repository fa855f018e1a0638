/// `samplan followup`: first steps and reviews due before a date, grouped
/// by date, with who is responsible and how to reach them.
public struct Followup: Sendable {
    public struct Item: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case firstStep, review }
        public let date: LocalDate
        public let kind: Kind
        public let session: SessionSummary
    }

    public let before: LocalDate
    public private(set) var items: [Item] = []

    public init(before: LocalDate) {
        self.before = before
    }

    /// Keeps what is due; the rest of the session is not held.
    public mutating func add(_ session: SessionSummary) {
        if let date = session.firstStepDate, date < before { items.append(Item(date: date, kind: .firstStep, session: session)) }
        if let date = session.review, date < before { items.append(Item(date: date, kind: .review, session: session)) }
    }

    public func lines(in language: Language) -> [String] {
        let words = language.words
        var lines = [words.dueBefore(before.norwegian)]
        guard !items.isEmpty else { return lines + [words.nothingDue] }
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
        return lines
    }
}
