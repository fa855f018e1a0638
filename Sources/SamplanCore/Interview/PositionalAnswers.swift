/// A session's answers and skips by the position of their question in the
/// rules' asking order (`SessionState.positional`).
struct PositionalAnswers: Sendable {
    /// The question ids the positions stand for: the rules' own array, so
    /// checking that it still applies compares one storage reference.
    private(set) var ids: [String] = []
    var slots: [AnswerValue?] = []
    var skipped: [Bool] = []

    init() {}

    init(rules: RuleBook, recorded: [String: AnswerValue], skipped: Set<String>) {
        ids = rules.questionIDs
        slots = recorded.isEmpty ? Array(repeating: nil, count: ids.count) : ids.map { recorded[$0] }
        self.skipped = skipped.isEmpty ? Array(repeating: false, count: ids.count) : ids.map(skipped.contains)
    }

    /// Array equality returns at once when both share storage, the usual
    /// case; rules with the same ids in the same order also qualify.
    func follows(_ rules: RuleBook) -> Bool { ids == rules.questionIDs }
}

/// The answers that count, read by position: the session's positional
/// answers where `counts` says so. Shares their storage instead of copying
/// every answer on every step.
struct CountingSlots: Sendable {
    let values: [AnswerValue?]
    var counts: [Bool]

    init(values: [AnswerValue?]) {
        self.values = values
        counts = Array(repeating: false, count: values.count)
    }

    subscript(position: Int) -> AnswerValue? { counts[position] ? values[position] : nil }

    var answeredCount: Int { values.indices.count { counts[$0] && values[$0] != nil } }
}
