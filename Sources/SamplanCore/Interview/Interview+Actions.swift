/// The plan's list of actions is the answer to the question with the role
/// `actions`, so the rules' conditions on it (`at_least`, `missing`,
/// `day_off`) follow every edit, and going back or editing a question
/// never loses an action: only an `ActionEdit` removes one.
extension Interview {
    public var actionsQuestion: Question? { rules.question(for: .actions) }

    /// The actions recorded so far, in the order they were added.
    public func actions(_ state: SessionState) -> [ActionItem] {
        guard let question = actionsQuestion, case .actions(let items)? = state.recorded(question.id) else { return [] }
        return items
    }

    /// The rules on the actions, applied to one action as if it were the
    /// whole list: the blocking rule that refuses it, and the advice.
    func judge(_ item: ActionItem, question: Question, state: SessionState) -> (blocking: String?, advice: [String]) {
        var trial = state
        trial.record(.actions([item]), for: question.id, rules: rules)
        trial.setSkipped(question.id, false, rules: rules)
        let answers = answers(trial)
        return (
            fired(after: question.id, answers: answers, severity: .blocking).first,
            fired(after: question.id, answers: answers, severity: .advice)
        )
    }

    /// The answers as the rules judged the action with this id: the list
    /// holding it alone. Advice after an edit is worded from these, so its
    /// `{day}` names that action's deadline, not another's.
    func answers(_ state: SessionState, judging id: Int) -> Answers {
        guard let question = actionsQuestion, let item = actions(state).first(where: { $0.id == id }) else { return answers(state) }
        var trial = state
        trial.record(.actions([item]), for: question.id, rules: rules)
        return answers(trial)
    }

    /// A date question with the role `action-date.ID` moves that action's deadline.
    func setDeadline(_ day: LocalDate, ofAction id: Int, state: inout SessionState) {
        guard let question = actionsQuestion, case .actions(var items)? = state.recorded(question.id, in: rules),
            let index = items.firstIndex(where: { $0.id == id })
        else { return }
        items[index].date = day
        state.record(.actions(items), for: question.id, rules: rules)
    }

    func edit(_ edit: ActionEdit, current: String, state: inout SessionState) -> [SessionEvent] {
        guard let question = actionsQuestion else { return [.noActionList] }
        var items: [ActionItem] = []
        if case .actions(let recorded)? = state.recorded(question.id, in: rules) { items = recorded }
        // The new or changed action, before the list takes it: the rules
        // judge it on its own (a past date is refused, a missing position
        // advised on), whatever the rest of the list holds.
        var edited: ActionItem?
        var index: Int?
        switch edit {
        case .add(var item):
            // Ids only grow along the list: the last is the largest.
            item.id = (items.last?.id ?? 0) + 1
            edited = item
        case .change(let id, let change):
            index = items.firstIndex(where: { $0.id == id })
            edited = index.map { items[$0].applying(change) }
        case .remove(let id), .markFirst(let id):
            index = items.firstIndex(where: { $0.id == id })
        }
        if let id = edit.id, index == nil { return [.noSuchAction(id: id)] }
        var advice: [String] = []
        if let edited {
            let judged = judge(edited, question: question, state: state)
            if let blocking = judged.blocking { return [.blocked(feedback: blocking)] }
            advice = judged.advice
        }
        // Taken out of the state while it changes, so the list is changed in
        // place rather than copied at every edit.
        state.record(nil, for: question.id, rules: rules)
        let event: SessionEvent
        switch edit {
        case .add:
            guard let item = edited else { return [] }
            if item.first { for other in items.indices { items[other].first = false } }
            items.append(item)
            event = .actionAdded(id: item.id)
        case .change(let id, _):
            guard let index, let edited else { return [] }
            items[index] = edited
            event = .actionChanged(id: id)
        case .remove:
            guard let index else { return [] }
            event = .actionRemoved(items.remove(at: index))
        case .markFirst(let id):
            for other in items.indices { items[other].first = items[other].id == id }
            event = .firstStepMarked(id: id)
        }
        state.record(items.isEmpty ? nil : .actions(items), for: question.id, rules: rules)
        if !items.isEmpty { state.setSkipped(question.id, false, rules: rules) }
        var events = [event]
        if !advice.isEmpty { events.append(.advice(feedback: advice)) }
        // An open question made into an action («Avklare …») is left for
        // later, as /hopp leaves it.
        if case .add(let item) = edit, item.source == .question(current), current != question.id {
            state.clearCollecting()
            state.awaitingKeep = false
            state.setSkipped(current, true, rules: rules)
            events.append(.skipped(question: current))
            return advance(from: current, state: &state, answers: answers(state), events: events)
        }
        return events
    }
}
