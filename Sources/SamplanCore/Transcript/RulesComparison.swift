/// What changes when a recorded session is judged by other rules: the
/// answers are carried over by question id, where they still fit.
public struct RulesComparison: Sendable {
    public struct StatusChange: Equatable, Sendable {
        public let section: String
        public let before: SectionStatus?
        public let after: SectionStatus?
    }

    /// Feedback ids that hold now but did not.
    public let newFeedback: [String]
    public let vanishedFeedback: [String]
    /// Questions that apply under the new rules and have no answer.
    public let nowUnanswered: [String]
    public let statusChanges: [StatusChange]

    public var isEmpty: Bool {
        newFeedback.isEmpty && vanishedFeedback.isEmpty && nowUnanswered.isEmpty && statusChanges.isEmpty
    }

    public init(old: RuleBook, new: RuleBook, state: SessionState) {
        let before = Answers(rules: old, recorded: state.recorded, skipped: state.skipped, today: state.today)
        var carried: [String: AnswerValue] = [:]
        for (id, value) in state.recorded {
            if let question = new.question(id), value.fits(question) { carried[id] = value }
        }
        let after = Answers(rules: new, recorded: carried, skipped: state.skipped, today: state.today)
        let held = Self.feedback(old, before, skipped: state.skipped)
        let holds = Self.feedback(new, after, skipped: state.skipped)
        newFeedback = holds.filter { !held.contains($0) }
        vanishedFeedback = held.filter { !holds.contains($0) }
        nowUnanswered = after.applicable.filter { after[$0] == nil && !state.isSkipped($0) }
        var changes: [StatusChange] = []
        let ids = old.sections.map(\.id) + new.sections.map(\.id).filter { old.section($0) == nil }
        for id in ids {
            let was = old.section(id).map { old.status(of: $0, answers: before) }
            let now = new.section(id).map { new.status(of: $0, answers: after) }
            if was != now { changes.append(StatusChange(section: id, before: was, after: now)) }
        }
        statusChanges = changes
    }

    /// Rules whose question was reached (answered or skipped) and whose
    /// condition holds: what the pair saw, or would see.
    private static func feedback(_ rules: RuleBook, _ answers: Answers, skipped: Set<String>) -> [String] {
        rules.feedback.filter { rule in
            (answers[rule.trigger] != nil || skipped.contains(rule.trigger)) && answers.holds(rule.condition)
        }.map(\.id)
    }
}

extension AnswerValue {
    /// Whether a value recorded for one question can stand as the answer
    /// to a question of this kind (a changed type or a removed option
    /// makes it unanswered).
    func fits(_ question: Question) -> Bool {
        switch (self, question.kind) {
        case (.text, .text), (.text, .longText), (.text, .position), (.yesNo, .yesNo), (.date, .date), (.actions, .actions):
            return true
        case (.number(let value), .number(let min, let max, _, _)):
            return value >= (min ?? -.infinity) && value <= (max ?? .infinity)
        case (.choice(let ids), .choice(let options, let multiple)):
            return (multiple || ids.count == 1) && ids.allSatisfy { id in options.contains { $0.id == id } }
        default:
            return false
        }
    }
}
