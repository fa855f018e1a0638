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
        return (fired(after: question.id, answers: answers, severity: .blocking).first,
                fired(after: question.id, answers: answers, severity: .advice))
    }

    /// A date question with the role `action-date.ID` moves that action's deadline.
    func setDeadline(_ day: LocalDate, ofAction id: Int, state: inout SessionState) {
        guard let question = actionsQuestion, case .actions(var items)? = state.recorded(question.id, in: rules),
              let index = items.firstIndex(where: { $0.id == id }) else { return }
        items[index].date = day
        state.record(.actions(items), for: question.id, rules: rules)
    }

    func edit(_ edit: ActionEdit, current: String, state: inout SessionState) -> [SessionEvent] {
        guard let question = actionsQuestion else { return [.noActionList] }
        var items: [ActionItem] = []
        if case .actions(let recorded)? = state.recorded(question.id, in: rules) { items = recorded }
        let event: SessionEvent
        var edited: ActionItem?
        switch edit {
        case .add(var item):
            item.id = (items.map(\.id).max() ?? 0) + 1
            if item.first { for index in items.indices { items[index].first = false } }
            items.append(item)
            edited = item
            event = .actionAdded(id: item.id)
        case .change(let id, let change):
            guard let index = items.firstIndex(where: { $0.id == id }) else { return [.noSuchAction(id: id)] }
            items[index] = items[index].applying(change)
            edited = items[index]
            event = .actionChanged(id: id)
        case .remove(let id):
            guard let index = items.firstIndex(where: { $0.id == id }) else { return [.noSuchAction(id: id)] }
            event = .actionRemoved(items.remove(at: index))
        case .markFirst(let id):
            guard items.contains(where: { $0.id == id }) else { return [.noSuchAction(id: id)] }
            for index in items.indices { items[index].first = items[index].id == id }
            event = .firstStepMarked(id: id)
        }
        // The rules judge the action just made or changed on its own: a
        // past date is refused, a missing position advised on, whatever
        // the rest of the list holds.
        var advice: [String] = []
        if let edited {
            let judged = judge(edited, question: question, state: state)
            if let blocking = judged.blocking { return [.blocked(feedback: blocking)] }
            advice = judged.advice
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
