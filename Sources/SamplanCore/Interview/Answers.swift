/// The answers that count: those to questions that still apply. Answers to
/// questions that no longer apply are kept in the session but not here.
public struct Answers: Sendable {
    public let values: [String: AnswerValue]
    /// Questions that apply, in asking order.
    public let applicable: [String]
    public let today: LocalDate

    /// Walks the questions in order; a condition only reads earlier
    /// questions, so one pass settles which apply.
    /// A skipped question counts as unanswered even if it was answered
    /// before; that earlier answer stays in the session.
    public init(rules: RuleBook, recorded: [String: AnswerValue], skipped: Set<String> = [], today: LocalDate) {
        var values: [String: AnswerValue] = [:]
        var applicable: [String] = []
        self.today = today
        for question in rules.questions {
            let partial = Answers(values: values, applicable: applicable, today: today)
            guard question.condition.map(partial.holds) ?? true else { continue }
            applicable.append(question.id)
            if let value = recorded[question.id], !skipped.contains(question.id) { values[question.id] = value }
        }
        self.values = values
        self.applicable = applicable
    }

    private init(values: [String: AnswerValue], applicable: [String], today: LocalDate) {
        self.values = values
        self.applicable = applicable
        self.today = today
    }

    public subscript(id: String) -> AnswerValue? { values[id] }

    public func applies(_ id: String) -> Bool { applicable.contains(id) }

    public func holds(_ condition: Condition) -> Bool {
        switch condition {
        case .all(let parts): parts.allSatisfy(holds)
        case .any(let parts): parts.contains(where: holds)
        case .not(let inner): !holds(inner)
        case .test(let id, let test): passes(test, values[id])
        }
    }

    private func passes(_ test: Condition.Test, _ value: AnswerValue?) -> Bool {
        if case .answered(let wanted) = test { return (value != nil) == wanted }
        guard let value else { return false }
        switch test {
        case .answered: return true
        case .equals(let literal): return value.equals(literal)
        case .oneOf(let literals): return literals.contains(where: value.equals)
        case .matches(let pattern): return value.texts.contains(where: pattern.matches)
        case .compare(let comparison, let bound):
            return value.measure(today: today).map { comparison.holds($0, bound) } ?? false
        case .missing(let part):
            guard case .actions(let items) = value else { return false }
            return items.contains { part == .role ? $0.role == nil : $0.date == nil }
        }
    }
}

extension AnswerValue {
    func equals(_ literal: ConditionValue) -> Bool {
        switch (self, literal) {
        case (.choice(let ids), .option(let id)): ids.contains(id)
        case (.yesNo(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.text(let a), .text(let b)): a.lowercased() == b.lowercased()
        default: false
        }
    }

    /// The texts a pattern is matched against.
    var texts: [String] {
        switch self {
        case .text(let text): [text]
        case .actions(let items): items.flatMap { [$0.what] + ($0.role.map { [$0] } ?? []) }
        default: []
        }
    }

    /// The number compared: a number, a date's days after today, a count.
    func measure(today: LocalDate) -> Double? {
        switch self {
        case .number(let value): value
        case .date(let date): Double(today.days(until: date))
        case .actions(let items): Double(items.count)
        default: nil
        }
    }
}
