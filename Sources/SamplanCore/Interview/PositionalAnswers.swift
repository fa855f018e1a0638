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

    /// Answers and skips by id, in no rules' order yet (a decoded state):
    /// `SessionState.follow` puts them in order.
    init(recorded: [String: AnswerValue], skipped: Set<String>) {
        ids = Array(Set(recorded.keys).union(skipped)).sorted()
        slots = ids.map { recorded[$0] }
        self.skipped = ids.map(skipped.contains)
    }

    /// Array equality returns at once when both share storage, the usual
    /// case; rules with the same ids in the same order also qualify.
    func follows(_ rules: RuleBook) -> Bool { ids == rules.questionIDs }

    var answersByID: [String: AnswerValue] {
        var byID: [String: AnswerValue] = [:]
        for (id, slot) in zip(ids, slots) { if let slot { byID[id] = slot } }
        return byID
    }

    var skippedIDs: Set<String> { Set(zip(ids, skipped).compactMap { $1 ? $0 : nil }) }

    func answer(_ id: String) -> AnswerValue? { ids.firstIndex(of: id).flatMap { slots[$0] } }

    func isSkipped(_ id: String) -> Bool { ids.firstIndex(of: id).map { skipped[$0] } ?? false }
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

    init(values: [AnswerValue?], counts: [Bool]) {
        self.values = values
        self.counts = counts
    }

    subscript(position: Int) -> AnswerValue? { counts[position] ? values[position] : nil }

    var answeredCount: Int { values.indices.count { counts[$0] && values[$0] != nil } }
}
