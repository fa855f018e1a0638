/// Where a pair stands on one success criterion or barrier.
public enum SectionStatus: String, Sendable, CaseIterable, Codable {
    case met, partly, open

    /// The word for this status: a criterion is «oppfylt», a barrier
    /// «avklart» (a barrier is dealt with, not complied with).
    public func label(for kind: Section.Kind, in language: Language) -> String {
        let words = language.words
        return switch self {
        case .met: words.statusMet(barrier: kind == .barrier)
        case .partly: words.statusPartly(barrier: kind == .barrier)
        case .open: words.statusOpen
        }
    }
}

extension RuleBook {
    /// A section's status under its own rule, or by how many of its
    /// questions that apply are answered when it has none.
    public func status(of section: Section, answers: Answers) -> SectionStatus {
        if let rule = section.status {
            if answers.holds(rule.met) { return .met }
            if let partly = rule.partly, answers.holds(partly) { return .partly }
            return .open
        }
        let asked = section.questions.filter { answers.applies($0.id) }
        let answered = asked.filter { settledAnswer($0, in: answers) != nil }
        if !asked.isEmpty && answered.count == asked.count { return .met }
        return answered.isEmpty ? .open : .partly
    }
}
