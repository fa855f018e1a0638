/// What tells an answer that settles nothing from one the parties can sign
/// (Rules/README.md, «Unsettled answers»): «vet ikke, må sjekke med
/// juristen», «en av behandlerne», a person's name where a position
/// belongs, or an option the rules mark `unsettled: true` («Vet ikke»,
/// «Vanlig e-post»). Such an answer is kept in the session and shown in the
/// plan's appendix, but it never becomes agreement text and counts as
/// unanswered wherever the rules ask `settled: true`.
public struct Unsettled: Sendable {
    /// Text, long text and position answers that settle nothing.
    public let answers: Pattern?
    /// A person's name where a position belongs (position answers only).
    public let names: Pattern?
    /// A number of 0 («0 timer») commits to nothing.
    public let zero: Bool

    public init(answers: Pattern? = nil, names: Pattern? = nil, zero: Bool = false) {
        self.answers = answers
        self.names = names
        self.zero = zero
    }

    public static let none = Unsettled()

    /// What settles an answer to this question.
    func settling(for question: Question) -> Settling { settling(for: question.kind, own: question.unsettled) }

    /// What settles an answer of this kind, with the question's own pattern.
    func settling(for kind: Question.Kind, own: Pattern?) -> Settling {
        switch kind {
        case .text, .longText: Settling(answers: answers, names: nil, own: own, options: [], zero: false)
        case .position: Settling(answers: answers, names: names, own: own, options: [], zero: false)
        case .choice(let options, _): Settling(answers: nil, names: nil, options: Set(options.filter(\.unsettled).map(\.id)), zero: false)
        case .number: Settling(answers: nil, names: nil, options: [], zero: zero)
        default: Settling(answers: nil, names: nil, options: [], zero: false)
        }
    }
}

/// For one question: whether an answer to it settles what it asks.
public struct Settling: Sendable {
    let answers: Pattern?
    let names: Pattern?
    /// The question's own pattern, beside the rules' two.
    var own: Pattern? = nil
    /// Options that settle nothing.
    let options: Set<String>
    let zero: Bool

    /// False for a text that matches the rules' patterns, and for a choice
    /// of only unsettled options. A choice of several keeps what settles.
    public func settles(_ value: AnswerValue) -> Bool {
        switch value {
        case .text(let text):
            if let answers, answers.matches(text) { return false }
            if let names, names.matches(text) { return false }
            if let own, own.matches(text) { return false }
            return true
        case .choice(let ids): return ids.contains { !options.contains($0) }
        case .number(let number): return !(zero && number == 0)
        default: return true
        }
    }

    /// The chosen options that settle something, in the order given.
    public func settledOptions(_ ids: [String]) -> [String] { ids.filter { !options.contains($0) } }
}

extension RuleBook {
    /// The answer as far as it settles something: nil for «vet ikke» or a
    /// name where a position belongs, and a choice without its unsettled
    /// options. What the plan's body may say.
    public func settledAnswer(_ question: Question, in answers: Answers) -> AnswerValue? {
        guard let value = answers[question.id] else { return nil }
        let settling = questionPositions[question.id].map { settlings[$0] } ?? unsettled.settling(for: question)
        guard settling.settles(value) else { return nil }
        if case .choice(let ids) = value { return .choice(settling.settledOptions(ids)) }
        return value
    }

    /// Answered, but with what settles nothing.
    public func isUnsettled(_ question: Question, in answers: Answers) -> Bool {
        answers[question.id] != nil && settledAnswer(question, in: answers) == nil
    }
}

extension RuleBook {
    /// What keeps a section from being met: the questions its status reads,
    /// and its own, that apply and have no answer that settles them.
    public func unsettledQuestions(of section: Section, answers: Answers) -> [Question] {
        let read = (section.status.map { [$0.met] + ($0.partly.map { [$0] } ?? []) } ?? []).flatMap(\.questionIDs)
        var seen = Set<String>()
        return (read + section.questions.map(\.id)).compactMap { id in
            guard seen.insert(id).inserted, answers.applies(id), let question = question(id), question.role != .actions,
                settledAnswer(question, in: answers) == nil
            else { return nil }
            return question
        }
    }
}
