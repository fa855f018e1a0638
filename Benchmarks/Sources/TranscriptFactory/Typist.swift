import SamplanCore

/// Decides what the pair types next, given the question and what the
/// session said to the last line.
struct Typist {
    let rules: RuleBook
    let language: Language
    let today: LocalDate
    let pair: (dps: String, nav: String)
    /// Questions already stepped back from, so a session goes back at most
    /// once per question and always ends.
    private var wentBack: Set<String> = []

    init(rules: RuleBook, language: Language, today: LocalDate, pair: (dps: String, nav: String)) {
        self.rules = rules
        self.language = language
        self.today = today
        self.pair = pair
    }

    /// Actions typed at the closing so far: each is added as it is typed.
    private var actionsTyped = 0

    mutating func next(_ question: Question, state: SessionState, after events: [SessionEvent],
                       random: inout SeededRandom) -> String {
        let nb = language == .nb
        // A list of actions ends with an empty line once two or more are in.
        if question.kind.name == "actions" {
            if actionsTyped >= 2 && random.chance(0.6) { return "" }
            actionsTyped += 1
            return answer(question, random: &random)
        }
        // Lines of a long text end with an empty line.
        if !state.collecting.isEmpty {
            if random.chance(0.6) { return "" }
            return answer(question, random: &random)
        }
        switch events.last {
        case .advice?:
            // Advice: keep the answer with Enter, or give a better one.
            if random.chance(0.6) { return "" }
        case .invalid?, .blocked?:
            return fallback(question, random: &random)
        default:
            break
        }
        if state.recorded[question.id] == nil, !wentBack.contains(question.id), random.chance(0.02) {
            wentBack.insert(question.id)
            return nb ? "/tilbake" : "/back"
        }
        if random.chance(0.03) { return nb ? "/hopp" : "/skip" }
        return answer(question, random: &random)
    }

    private func answer(_ question: Question, random: inout SeededRandom) -> String {
        switch question.kind {
        case .text, .longText:
            if question.id == "dps_unit" { return pair.dps }
            if question.id == "nav_office" { return pair.nav }
            return random.pick(AnswerPools.texts(for: question.id, language))
        case .position:
            return random.pick(AnswerPools.roles(language))
        case .yesNo:
            return random.chance(0.75) ? (language == .nb ? "ja" : "yes") : (language == .nb ? "nei" : "no")
        case .number(let min, let max, _, _):
            let low = Int(min ?? 0), high = Swift.max(low + 1, Swift.min(Int(max ?? 40), 40))
            let value = Int.random(in: low...high, using: &random)
            return random.chance(0.5) ? "\(value)" : (language == .nb ? "\(value) timer" : "\(value) hours")
        case .date:
            return AnswerPools.date(daysAhead: Int.random(in: 3..<120, using: &random), today: today,
                                    language: language, random: &random)
        case .choice(let options, let multiple):
            if multiple, options.count > 2, random.chance(0.6) {
                let picked = Array(Set((0..<Int.random(in: 2...3, using: &random)).map { _ in
                    Int.random(in: 1...options.count, using: &random)
                })).sorted()
                return picked.map(String.init).joined(separator: ", ")
            }
            let index = Int.random(in: 0..<options.count, using: &random)
            return random.chance(0.7) ? "\(index + 1)" : options[index].label[language]
        case .actions:
            let what = random.pick(AnswerPools.actions(language))
            let role = random.pick(AnswerPools.roles(language))
            let date = AnswerPools.date(daysAhead: Int.random(in: 7..<180, using: &random), today: today,
                                        language: language, random: &random)
            return random.chance(0.85) ? "\(what) ; \(role) ; \(date)" : "\(what) ; \(role)"
        }
    }

    /// An answer to a follow-up's question: a status, what stood in the
    /// way (and in words, when «Annet»), what a done «Avklare» settled, a
    /// new date, the first meeting, the next follow-up; no new actions.
    func followup(_ question: Question, refused: Bool, today: LocalDate, random: inout SeededRandom) -> String {
        let nb = language == .nb
        switch question.kind {
        case .choice(let options, let multiple):
            if refused { return "1" }
            guard multiple else { return "\(Int.random(in: 1...options.count, using: &random))" }
            return Array(Set((0..<Int.random(in: 1...2, using: &random)).map { _ in Int.random(in: 1...options.count, using: &random) }))
                .sorted().map(String.init).joined(separator: ", ")
        case .yesNo: return random.chance(0.7) ? (nb ? "ja" : "yes") : (nb ? "nei" : "no")
        case .date:
            if refused { return today.addingBounded(days: 30).description }
            return AnswerPools.date(daysAhead: Int.random(in: 14..<120, using: &random), today: today, language: language, random: &random)
        case .text, .longText: return nb ? "Det ble avklart i ledermøtet." : "It was settled at the leaders' meeting."
        default: return ""
        }
    }

    /// After a refusal: an answer every question of its kind accepts.
    private func fallback(_ question: Question, random: inout SeededRandom) -> String {
        switch question.kind {
        case .date: return today.addingBounded(days: 14).description
        case .number(let min, _, _, _): return "\(Int(min ?? 0) + 1)"
        case .choice: return "1"
        case .yesNo: return language == .nb ? "ja" : "yes"
        default: return answer(question, random: &random)
        }
    }
}
