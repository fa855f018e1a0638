extension RuleBook {
    /// A feedback message as shown: `{day}` names the date its condition
    /// found on a day off («søndag 07.12.2026», «1. juledag, fredag
    /// 25.12.2026»), read from the first question it tests that has one.
    public func message(_ rule: FeedbackRule, answers: Answers, language: Language) -> String {
        let text = rule.message[language]
        guard text.contains("{day}") else { return text }
        let day = rule.condition.questionIDs.lazy.compactMap { answers[$0]?.firstDayOff }.first
        return text.replacing("{day}", with: day.map { NorwegianCalendar.describe($0, language) } ?? "")
    }
}
