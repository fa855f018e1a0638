/// Which questions apply and which answers count, as the engine last
/// worked it out for a state, and the positions answered or skipped since.
/// The next evaluation starts from here (`Answers`) instead of walking
/// every question again: a follow-up of a plan with a thousand actions
/// has three thousand questions. Kept with the state, never saved.
struct Applicability: Sendable {
    /// The rules it was worked out for (their own array: one reference compared).
    let questionIDs: [String]
    let today: LocalDate
    var applies: [Bool]
    var counts: [Bool]
    /// Positions whose answer or skip changed since.
    var changed: [Int] = []

    func fits(_ rules: RuleBook, today: LocalDate) -> Bool {
        self.today == today && questionIDs == rules.questionIDs
    }
}
