/// Everything a session has recorded; Codable so it can be inspected and
/// rebuilt from a transcript by feeding the same inputs again.
public struct SessionState: Sendable, Codable, Equatable {
    /// Every answer given, including those to questions that no longer apply.
    public var recorded: [String: AnswerValue] = [:]
    public var skipped: Set<String> = []
    /// The question being asked; nil once the interview is finished.
    public var current: String?
    /// After `/edit N`, the question to come back to.
    public var returnTo: String?
    /// Lines gathered so far for a long text or a list of actions.
    public var collecting: [String] = []
    /// Advice was shown for the current answer: Enter keeps it.
    public var awaitingKeep = false
    /// The session's date: relative dates and date rules count from it.
    public var today: LocalDate

    public init(today: LocalDate) {
        self.today = today
    }

    public var isFinished: Bool { current == nil }
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
