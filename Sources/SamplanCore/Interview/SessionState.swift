/// Everything a session has recorded; Codable so it can be inspected and
/// rebuilt from a transcript by feeding the same inputs again. Only the
/// engine (`Interview`) changes what was answered, skipped or collected.
public struct SessionState: Sendable, Codable, Equatable {
    /// Every answer given, including those to questions that no longer apply.
    public internal(set) var recorded: [String: AnswerValue] = [:]
    public internal(set) var skipped: Set<String> = []
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

    /// `recorded` and `skipped` again, by question position: kept beside
    /// them by the engine so that a step hashes no ids (Benchmarks/README.md).
    /// Not encoded; rebuilt when it does not follow the rules in use.
    var positional = PositionalAnswers()
    /// The actions of the lines in `collecting`, parsed once as each was typed.
    var collectingActions: [ActionItem] = []

    enum CodingKeys: String, CodingKey {
        case recorded, skipped, current, returnTo, collecting, awaitingKeep, today
    }

    public init(today: LocalDate) {
        self.today = today
    }

    public var isFinished: Bool { current == nil }

    /// Equal when what was recorded is equal; the positional copy follows.
    public static func == (a: SessionState, b: SessionState) -> Bool {
        a.recorded == b.recorded && a.skipped == b.skipped && a.current == b.current && a.returnTo == b.returnTo
            && a.collecting == b.collecting && a.awaitingKeep == b.awaitingKeep && a.today == b.today
    }
}

extension SessionState {
    /// Makes `positional` follow these rules' asking order.
    mutating func follow(_ rules: RuleBook) {
        guard !positional.follows(rules) else { return }
        positional = PositionalAnswers(rules: rules, recorded: recorded, skipped: skipped)
    }

    /// Records an answer, or removes it (`follow` first).
    mutating func record(_ value: AnswerValue?, for id: String, rules: RuleBook) {
        recorded[id] = value
        if let position = rules.position(ofQuestion: id) { positional.slots[position] = value }
    }

    /// Marks a question skipped or not (`follow` first).
    mutating func setSkipped(_ id: String, _ isSkipped: Bool, rules: RuleBook) {
        if isSkipped { skipped.insert(id) } else { skipped.remove(id) }
        if let position = rules.position(ofQuestion: id) { positional.skipped[position] = isSkipped }
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
    case finished
}
