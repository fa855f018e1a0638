/// The first step of a plan, worked out in one place for the plan, the
/// summary and followup: the action the pair marked as the first step
/// (`/først N`); or the step the pair named (`first-step`, with its
/// position and date); or the dated event the rules call the first step
/// (`step:` beside `first-step.date`, such as the first meeting); or, where
/// there is neither, the earliest dated action (else the first action),
/// which is what a coordinator follows up.
public struct FirstStep: Sendable, Equatable {
    public var what: String
    public var owner: String?
    public var date: LocalDate?
    /// The pair named it; otherwise it stands in from the actions. The plan
    /// marks only a named one: it does not choose for the pair.
    public var named: Bool

    public static func of(_ answers: Answers, rules: RuleBook, language: Language) -> FirstStep? {
        func value(_ role: QuestionRole) -> AnswerValue? { rules.question(for: role).flatMap { answers[$0.id] } }
        if case .actions(let items)? = value(.actions), let marked = items.first(where: \.first) {
            return FirstStep(what: marked.what, owner: marked.owner, date: marked.date, named: true)
        }
        if let step = fromQuestions(answers, rules: rules, language: language) { return step }
        guard case .actions(let items)? = value(.actions),
            let earliest = items.filter({ $0.date != nil }).min(by: { $0.date! < $1.date! }) ?? items.first
        else { return nil }
        return FirstStep(what: earliest.what, owner: earliest.owner, date: earliest.date, named: false)
    }

    /// The first step the questions give: one the pair named, or the dated
    /// event the rules call the first step. The plan lists it as an action
    /// even when the pair marks another action as the first step.
    static func fromQuestions(_ answers: Answers, rules: RuleBook, language: Language) -> FirstStep? {
        func value(_ role: QuestionRole) -> AnswerValue? { rules.question(for: role).flatMap { answers[$0.id] } }
        var date: LocalDate?
        if case .date(let day)? = value(.firstStepDate) { date = day }
        var role: String?
        if case .text(let text)? = value(.firstStepRole) { role = text }
        if case .text(let what)? = value(.firstStep) {
            return FirstStep(what: what, owner: role, date: date, named: true)
        }
        if rules.question(for: .firstStep) == nil, let date, let step = rules.question(for: .firstStepDate)?.step {
            // One convener (råd 1): the position that calls the meetings.
            let convener = Owners(rules: rules, answers: answers).convener
            // With no convener settled, the leaders who sign see to it, as
            // they do to the open points.
            let owner = role ?? convener ?? step.by?[language] ?? language.words.signingLeaders
            return FirstStep(what: step.what[language], owner: owner, date: date, named: true)
        }
        return nil
    }
}
