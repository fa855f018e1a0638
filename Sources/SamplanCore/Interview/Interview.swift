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
        var answers: Answers
        if !state.positional.follows(rules) {
            answers = Answers(rules: rules, recorded: state.recorded, skipped: state.skipped, today: state.today)
        } else if let known = state.applicability, let readers = rules.conditionReaders, known.fits(rules, today: state.today) {
            answers = Answers(rules: rules, positional: state.positional, today: state.today, known: known, readers: readers)
        } else {
            answers = Answers(rules: rules, positional: state.positional, today: state.today)
        }
        answers.actionNumbering = state.actionNumbering
        return answers
    }

    /// Keeps what `answers(state)` works out with the state, so the next
    /// step goes on from it (rules with many questions only).
    func rememberAnswers(in state: inout SessionState) {
        guard rules.conditionReaders != nil, state.positional.follows(rules) else { return }
        state.applicability = answers(state).applicability(of: rules)
    }

    public func step(_ state: SessionState, _ input: SessionInput) -> (SessionState, [SessionEvent]) {
        var next = state
        let events = step(&next, input)
        return (next, events)
    }

    /// One step in place: replay and summaries feed a whole transcript
    /// through this without copying the state (and its answers) per input.
    /// Inputs that change nothing (a refused line, no earlier question)
    /// leave the state as it was.
    public func step(_ state: inout SessionState, _ input: SessionInput) -> [SessionEvent] {
        guard let current = state.current, let question = rules.question(current) else { return [.finished] }
        state.follow(rules)
        defer { rememberAnswers(in: &state) }
        switch input {
        case .back:
            return goBack(from: question, state: &state)
        case .edit(let number):
            let applicable = answers(state).applicable
            guard number >= 1, number <= applicable.count else { return [.noSuchQuestion(number)] }
            state.clearCollecting()
            state.awaitingKeep = false
            if state.returnTo == nil { state.returnTo = current }
            state.current = applicable[number - 1]
            return [.jumped(to: applicable[number - 1])]
        case .skip:
            state.clearCollecting()
            state.awaitingKeep = false
            state.setSkipped(current, true, rules: rules)
            var events: [SessionEvent] = [.skipped(question: current)]
            let answers = answers(state)
            let advice = fired(after: current, answers: answers, severity: .advice)
            if !advice.isEmpty { events.append(.advice(feedback: advice)) }
            return advance(from: current, state: &state, answers: answers, events: events)
        case .line(let line):
            return answer(line, to: question, state: &state)
        case .action(let change):
            return edit(change, current: current, state: &state)
        }
    }

    private func answer(_ line: String, to question: Question, state: inout SessionState) -> [SessionEvent] {
        let empty = line.trimmingSpaces.isEmpty
        if question.collectsLines {
            if !empty {
                var action: ActionItem?
                if case .actions = question.kind {
                    switch parser(state).action(line) {
                    case .failure(let problem): return [.invalid(problem)]
                    case .success(let item):
                        // Refused line by line (a past deadline), so the
                        // lines before it stay.
                        if let blocking = judge(item, question: question, state: state).blocking { return [.blocked(feedback: blocking)] }
                        action = item
                    }
                }
                state.collect(line, action: action)
                return [.itemAdded(question: question.id, count: state.collecting.count)]
            }
            if !state.collecting.isEmpty { return record(collected(question, state), for: question, state: &state) }
        }
        if empty {
            // Enter keeps an answer already given, and accepts advice.
            guard state.recorded(question.id, in: rules) != nil else { return [.invalid(.empty)] }
            state.awaitingKeep = false
            // Keeping an answer that was skipped later restores it.
            state.setSkipped(question.id, false, rules: rules)
            return advance(from: question.id, state: &state, answers: answers(state), events: [.kept(question: question.id)])
        }
        switch parser(state).parse(line, for: rules.asked(question, answers: answers(state))) {
        case .failure(let problem): return [.invalid(problem)]
        case .success(let value): return record(value, for: question, state: &state)
        }
    }

    private func collected(_ question: Question, _ state: SessionState) -> AnswerValue {
        if case .actions = question.kind {
            // Parsed as they were typed; a decoded state parses them again.
            let items =
                state.collectingActions.count == state.collecting.count
                ? state.collectingActions
                : state.collecting.compactMap { try? parser(state).action($0).get() }
            // New lines add to the list already given; going back never
            // erases it. Each new action gets the next id.
            var existing: [ActionItem] = []
            if case .actions(let recorded)? = state.recorded(question.id, in: rules) { existing = recorded }
            var next = (existing.map(\.id).max() ?? 0) + 1
            return .actions(
                existing
                    + items.map { item in
                        var item = item
                        item.id = next
                        next += 1
                        return item
                    })
        }
        return .text(state.collecting.map(\.trimmingSpaces).joined(separator: "\n"))
    }

    private func record(_ value: AnswerValue, for question: Question, state: inout SessionState) -> [SessionEvent] {
        state.clearCollecting()
        // Tried in place; a blocking rule puts the earlier answer and skip back.
        let earlier = state.recorded(question.id, in: rules)
        let wasSkipped = state.isSkipped(question.id, in: rules)
        state.record(value, for: question.id, rules: rules)
        state.setSkipped(question.id, false, rules: rules)
        // One evaluation of the answers serves the blocking rules, the
        // advice and the choice of the next question.
        let answers = answers(state)
        if let blocking = fired(after: question.id, answers: answers, severity: .blocking).first {
            state.record(earlier, for: question.id, rules: rules)
            if wasSkipped { state.setSkipped(question.id, true, rules: rules) }
            return [.blocked(feedback: blocking)]
        }
        if case .actionDate(let id)? = question.role, case .date(let day) = value { setDeadline(day, ofAction: id, state: &state) }
        var events: [SessionEvent] = [.answered(question: question.id, value)]
        let advice = fired(after: question.id, answers: answers, severity: .advice)
        if !advice.isEmpty {
            // Stay: Enter keeps the answer, a new line replaces it.
            state.awaitingKeep = true
            events.append(.advice(feedback: advice))
            return events
        }
        state.awaitingKeep = false
        return advance(from: question.id, state: &state, answers: answers, events: events)
    }

    private func goBack(from question: Question, state: inout SessionState) -> [SessionEvent] {
        let applicable = answers(state).applicable
        state.clearCollecting()
        state.awaitingKeep = false
        guard let index = applicable.firstIndex(of: question.id), index > 0 else { return [.noEarlierQuestion] }
        state.current = applicable[index - 1]
        return [.movedBack(to: applicable[index - 1])]
    }

    /// On to the next question that applies, or back to where an edit began.
    func advance(
        from id: String, state: inout SessionState, answers: Answers,
        events: [SessionEvent]
    ) -> [SessionEvent] {
        var events = events
        if let target = state.returnTo {
            state.returnTo = nil
            if target != id && answers.applies(target) {
                state.current = target
                return events
            }
        }
        let position = rules.position(ofQuestion: id) ?? 0
        state.current = answers.applicablePositions.first { $0 > position }.map { rules.questions[$0].id }
        if state.current == nil { events.append(.finished) }
        return events
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

extension Question.Kind {
    public var isActions: Bool {
        if case .actions = self { true } else { false }
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
