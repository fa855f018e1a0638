/// The interview engine: a pure function from a state and an input to the
/// next state and what happened. No terminal, clock or file inside, so live
/// sessions, resume and replay all run through it.
public struct Interview: Sendable {
    public let rules: RuleBook
    public let language: Language

    public init(rules: RuleBook, language: Language) {
        self.rules = rules
        self.language = language
    }

    public func start(today: LocalDate) -> SessionState {
        var state = SessionState(today: today)
        state.current = answers(state).applicable.first
        return state
    }

    /// The answers that count in this state.
    public func answers(_ state: SessionState) -> Answers {
        Answers(rules: rules, recorded: state.recorded, skipped: state.skipped, today: state.today)
    }

    public func step(_ state: SessionState, _ input: SessionInput) -> (SessionState, [SessionEvent]) {
        guard let current = state.current, let question = rules.question(current) else { return (state, [.finished]) }
        var next = state
        switch input {
        case .back:
            return goBack(from: question, state: next)
        case .edit(let number):
            let applicable = answers(state).applicable
            guard number >= 1, number <= applicable.count else {
                return (state, [.noSuchQuestion(number)])
            }
            next.collecting = []
            next.awaitingKeep = false
            if next.returnTo == nil { next.returnTo = current }
            next.current = applicable[number - 1]
            return (next, [.jumped(to: applicable[number - 1])])
        case .skip:
            next.collecting = []
            next.awaitingKeep = false
            next.skipped.insert(current)
            var events: [SessionEvent] = [.skipped(question: current)]
            let answers = answers(next)
            let advice = fired(after: current, answers: answers, severity: .advice)
            if !advice.isEmpty { events.append(.advice(feedback: advice)) }
            return advance(from: current, state: next, answers: answers, events: events)
        case .line(let line):
            return answer(line, to: question, state: next)
        }
    }

    private func answer(_ line: String, to question: Question, state: SessionState) -> (SessionState, [SessionEvent]) {
        var next = state
        let empty = line.trimmingSpaces.isEmpty
        if question.collectsLines {
            if !empty {
                if case .actions = question.kind, case .failure(let problem) = parser(next).action(line) {
                    return (next, [.invalid(problem)])
                }
                next.collecting.append(line)
                return (next, [.itemAdded(question: question.id, count: next.collecting.count)])
            }
            if !next.collecting.isEmpty { return record(collected(question, next), for: question, state: next) }
        }
        if empty {
            // Enter keeps an answer already given, and accepts advice.
            guard next.recorded[question.id] != nil else { return (next, [.invalid(.empty)]) }
            next.awaitingKeep = false
            // Keeping an answer that was skipped later restores it.
            next.skipped.remove(question.id)
            return advance(from: question.id, state: next, answers: answers(next), events: [.kept(question: question.id)])
        }
        switch parser(next).parse(line, for: question) {
        case .failure(let problem): return (next, [.invalid(problem)])
        case .success(let value): return record(value, for: question, state: next)
        }
    }

    private func collected(_ question: Question, _ state: SessionState) -> AnswerValue {
        if case .actions = question.kind {
            let items = state.collecting.compactMap { try? parser(state).action($0).get() }
            // New lines add to the list already given; going back never erases it.
            guard case .actions(let existing)? = state.recorded[question.id] else { return .actions(items) }
            return .actions(existing + items)
        }
        return .text(state.collecting.map(\.trimmingSpaces).joined(separator: "\n"))
    }

    private func record(_ value: AnswerValue, for question: Question, state: SessionState) -> (SessionState, [SessionEvent]) {
        var next = state
        next.collecting = []
        var trial = next
        trial.recorded[question.id] = value
        trial.skipped.remove(question.id)
        // One evaluation of the answers serves the blocking rules, the
        // advice and the choice of the next question.
        let answers = answers(trial)
        if let blocking = fired(after: question.id, answers: answers, severity: .blocking).first {
            return (next, [.blocked(feedback: blocking)])
        }
        next = trial
        var events: [SessionEvent] = [.answered(question: question.id, value)]
        let advice = fired(after: question.id, answers: answers, severity: .advice)
        if !advice.isEmpty {
            // Stay: Enter keeps the answer, a new line replaces it.
            next.awaitingKeep = true
            events.append(.advice(feedback: advice))
            return (next, events)
        }
        next.awaitingKeep = false
        return advance(from: question.id, state: next, answers: answers, events: events)
    }

    private func goBack(from question: Question, state: SessionState) -> (SessionState, [SessionEvent]) {
        var next = state
        next.collecting = []
        next.awaitingKeep = false
        let applicable = answers(state).applicable
        guard let index = applicable.firstIndex(of: question.id), index > 0 else {
            return (next, [.noEarlierQuestion])
        }
        next.current = applicable[index - 1]
        return (next, [.movedBack(to: applicable[index - 1])])
    }

    /// On to the next question that applies, or back to where an edit began.
    private func advance(from id: String, state: SessionState, answers: Answers,
                         events: [SessionEvent]) -> (SessionState, [SessionEvent]) {
        var next = state
        var events = events
        let applicable = answers.applicable
        if let target = next.returnTo {
            next.returnTo = nil
            if applicable.contains(target) && target != id {
                next.current = target
                return (next, events)
            }
        }
        let position = rules.position(ofQuestion: id) ?? 0
        next.current = answers.applicablePositions.first { $0 > position }.map { rules.questions[$0].id }
        if next.current == nil { events.append(.finished) }
        return (next, events)
    }

    private func parser(_ state: SessionState) -> AnswerParser {
        AnswerParser(language: language, today: state.today)
    }

    /// The ids of the rules of one severity that hold after a question.
    func fired(after question: String, answers: Answers, severity: FeedbackRule.Severity) -> [String] {
        rules.feedback(triggeredBy: question).filter { $0.rule.severity == severity && answers.holds($0.condition) }
            .map(\.rule.id)
    }
}

extension Question {
    /// Long texts and lists of actions are typed over several lines, ended
    /// by an empty one.
    public var collectsLines: Bool {
        switch kind {
        case .longText, .actions: true
        default: false
        }
    }
}
