/// Everything a session has recorded; Codable so it can be inspected and
/// rebuilt from a transcript by feeding the same inputs again. Only the
/// engine (`Interview`) changes what was answered, skipped or collected.
public struct SessionState: Sendable, Codable, Equatable {
    /// Every answer given (including those to questions that no longer
    /// apply) and every skip, each kept once, by the position of its
    /// question in the asking order of the rules in use: a step hashes no
    /// ids (Benchmarks/README.md). Read by id through `recorded` and `skipped`.
    var positional = PositionalAnswers()

    /// Every answer given, by question id.
    public var recorded: [String: AnswerValue] { positional.answersByID }
    /// The questions skipped, by id.
    public var skipped: Set<String> { positional.skippedIDs }
    /// The answer recorded for one question.
    public func recorded(_ id: String) -> AnswerValue? { positional.answer(id) }
    public func isSkipped(_ id: String) -> Bool { positional.isSkipped(id) }

    /// The same, by the question's position once the state follows
    /// `rules`: the engine's per-answer path hashes one id, scans none.
    func recorded(_ id: String, in rules: RuleBook) -> AnswerValue? {
        guard positional.follows(rules), let position = rules.position(ofQuestion: id) else { return recorded(id) }
        return positional.slots[position]
    }

    func isSkipped(_ id: String, in rules: RuleBook) -> Bool {
        guard positional.follows(rules), let position = rules.position(ofQuestion: id) else { return isSkipped(id) }
        return positional.skipped[position]
    }

    /// The question being asked; nil once the interview is finished.
    public var current: String?
    /// After `/edit N`, the question to come back to.
    public var returnTo: String?
    /// Lines gathered so far for a long text or a list of actions.
    public internal(set) var collecting: [String] = []
    /// Advice was shown for the current answer: Enter keeps it.
    public var awaitingKeep = false
    /// The session's date: relative dates and date rules count from it.
    public var today: LocalDate
    /// How its plan numbers the actions (by deadline in a transcript
    /// recorded before samplan 0.4).
    public var actionNumbering: ActionNumbering = .own

    /// The actions of the lines in `collecting`, parsed once as each was typed.
    var collectingActions: [ActionItem] = []
    /// Which questions apply, as last worked out (`Applicability`); not saved.
    var applicability: Applicability?

    enum CodingKeys: String, CodingKey {
        case recorded, skipped, current, returnTo, collecting, awaitingKeep, today, actionNumbering
    }

    public init(today: LocalDate) {
        self.today = today
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        positional = PositionalAnswers(
            recorded: try values.decode([String: AnswerValue].self, forKey: .recorded),
            skipped: try values.decode(Set<String>.self, forKey: .skipped))
        current = try values.decodeIfPresent(String.self, forKey: .current)
        returnTo = try values.decodeIfPresent(String.self, forKey: .returnTo)
        collecting = try values.decode([String].self, forKey: .collecting)
        awaitingKeep = try values.decode(Bool.self, forKey: .awaitingKeep)
        today = try values.decode(LocalDate.self, forKey: .today)
        actionNumbering = try values.decodeIfPresent(ActionNumbering.self, forKey: .actionNumbering) ?? .own
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(recorded, forKey: .recorded)
        try values.encode(skipped, forKey: .skipped)
        try values.encodeIfPresent(current, forKey: .current)
        try values.encodeIfPresent(returnTo, forKey: .returnTo)
        try values.encode(collecting, forKey: .collecting)
        try values.encode(awaitingKeep, forKey: .awaitingKeep)
        try values.encode(today, forKey: .today)
        try values.encode(actionNumbering, forKey: .actionNumbering)
    }

    public var isFinished: Bool { current == nil }

    /// Goes on on a later day (a follow-up continued): dates typed from now
    /// on count from `date`. An earlier day changes nothing.
    mutating func goOn(on date: LocalDate) {
        if date > today { today = date }
    }

    /// Equal when what was recorded is equal, whatever order it is kept in.
    public static func == (a: SessionState, b: SessionState) -> Bool {
        a.recorded == b.recorded && a.skipped == b.skipped && a.current == b.current && a.returnTo == b.returnTo
            && a.collecting == b.collecting && a.awaitingKeep == b.awaitingKeep && a.today == b.today
    }
}

extension SessionState {
    /// Keeps the answers in these rules' asking order. Answers to
    /// questions these rules do not have are let go.
    mutating func follow(_ rules: RuleBook) {
        guard !positional.follows(rules) else { return }
        positional = PositionalAnswers(rules: rules, recorded: recorded, skipped: skipped)
        applicability = nil
    }

    /// Records an answer, or removes it (`follow` first).
    mutating func record(_ value: AnswerValue?, for id: String, rules: RuleBook) {
        if let position = rules.position(ofQuestion: id) {
            positional.slots[position] = value
            applicability?.changed.append(position)
        }
    }

    /// Marks a question skipped or not (`follow` first).
    mutating func setSkipped(_ id: String, _ isSkipped: Bool, rules: RuleBook) {
        if let position = rules.position(ofQuestion: id) {
            positional.skipped[position] = isSkipped
            applicability?.changed.append(position)
        }
    }

    mutating func collect(_ line: String, action: ActionItem?) {
        collecting.append(line)
        if let action { collectingActions.append(action) }
    }

    mutating func clearCollecting() {
        collecting = []
        collectingActions = []
    }
}

/// What the person typed, as the engine sees it.
public enum SessionInput: Sendable, Equatable {
    case line(String)
    case back
    case skip
    /// Jump to the question with this 1-based number and come back after.
    case edit(Int)
    /// A change to the plan's list of actions (`ActionEdit`).
    case action(ActionEdit)
}

/// What happened in one step, for the screen and the transcript.
public enum SessionEvent: Sendable, Equatable {
    case answered(question: String, AnswerValue)
    case kept(question: String)
    case itemAdded(question: String, count: Int)
    case invalid(AnswerProblem)
    case blocked(feedback: String)
    case advice(feedback: [String])
    case skipped(question: String)
    case movedBack(to: String)
    case jumped(to: String)
    case noEarlierQuestion
    case noSuchQuestion(Int)
    case actionAdded(id: Int)
    case actionChanged(id: Int)
    case actionRemoved(ActionItem)
    case firstStepMarked(id: Int)
    case noSuchAction(id: Int)
    /// These rules have no question with the role `actions`.
    case noActionList
    case finished
}
