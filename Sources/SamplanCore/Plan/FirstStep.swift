/// The first step of a plan, worked out in one place for the plan, the
/// summary and followup: the step the pair named (`first-step`, with its
/// position and date), or, where they named none, the earliest dated
/// action (else the first action), which is what a coordinator follows up.
public struct FirstStep: Sendable, Equatable {
    public var what: String
    public var role: String?
    public var date: LocalDate?
    /// The pair named it; otherwise it stands in from the actions. The plan
    /// marks only a named one: it does not choose for the pair.
    public var named: Bool

    public static func of(_ answers: Answers, rules: RuleBook) -> FirstStep? {
        func value(_ role: QuestionRole) -> AnswerValue? { rules.question(for: role).flatMap { answers[$0.id] } }
        if case .text(let what)? = value(.firstStep) {
            var role: String?
            if case .text(let text)? = value(.firstStepRole) { role = text }
            var date: LocalDate?
            if case .date(let day)? = value(.firstStepDate) { date = day }
            return FirstStep(what: what, role: role, date: date, named: true)
        }
        guard case .actions(let items)? = value(.actions),
              let earliest = items.filter({ $0.date != nil }).min(by: { $0.date! < $1.date! }) ?? items.first else { return nil }
        return FirstStep(what: earliest.what, role: earliest.role, date: earliest.date, named: false)
    }
}
