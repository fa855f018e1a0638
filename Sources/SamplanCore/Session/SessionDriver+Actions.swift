/// The action commands (`/tiltak`, `/liste`, `/fjern`, `/først`), the
/// dialogue that makes or changes an action, and the closing's questions
/// about what the list lacks. Every change becomes one `ActionEdit` input,
/// recorded before it is shown, like an answer.
extension SessionDriver {
    var actionTable: ActionTable { ActionTable(rules: rules, answers: interview.answers(state), language: language) }

    mutating func actionCommand(_ command: SlashCommand, into out: inout some TextOutputStream) -> Outcome {
        let words = language.words
        guard interview.actionsQuestion != nil else {
            screen.say(words.noActionList, tone: .bad, indent: "  ", to: &out)
            return .shown
        }
        switch command {
        case .actions:
            presenter.actionList(actionTable, state: state, to: &out)
        case .remove(let number):
            guard let row = row(number, usage: words.removeUsage, into: &out), let id = row.actionID else { break }
            return stepOrRefuse(.action(.remove(id: id)), into: &out)
        case .first(let number):
            guard let row = row(number, usage: words.firstUsage, into: &out), let id = row.actionID else { break }
            return stepOrRefuse(.action(.markFirst(id: id)), into: &out)
        case .action(let arguments):
            guard let first = arguments.first else {
                let proposed = proposal()
                dialogue = ActionDialogue(purpose: .add, draft: proposed, fields: ActionField.allCases)
                screen.say(words.newAction, tone: .dim, indent: "  ", to: &out)
                return .shown
            }
            guard let row = row(Int(first), usage: words.actionUsage, into: &out), let id = row.actionID,
                let item = interview.actions(state).first(where: { $0.id == id })
            else { break }
            var fields = ActionField.allCases
            if arguments.count > 1 {
                guard let field = ActionField.named(arguments[1]) else {
                    screen.say(words.noSuchField(arguments[1]), tone: .bad, indent: "  ", to: &out)
                    break
                }
                fields = [field]
            }
            var change = ActionDialogue(purpose: .change(id: id, number: row.number ?? id), draft: item, fields: fields)
            if arguments.count > 2 {
                // «/tiltak 3 frist 15.01.2027»: the value given at once; a
                // refused one is said, and no dialogue is left open.
                let outcome = answer(arguments.dropFirst(2).joined(separator: " "), in: &change, into: &out)
                if case .shown = outcome { dialogue = nil }
                return outcome
            }
            dialogue = change
            screen.say(words.changeAction(row.number ?? id), tone: .dim, indent: "  ", to: &out)
        default: break
        }
        return .shown
    }

    /// The number of the question that asks for the first meeting, as `/endre` takes it.
    private var meetingQuestion: Int? {
        rules.question(for: .firstStepDate).flatMap { interview.answers(state).applicable.firstIndex(of: $0.id) }.map { $0 + 1 }
    }

    /// The row a typed number names, or nil with the reason on screen.
    private func row(_ number: Int?, usage: String, into out: inout some TextOutputStream) -> ActionTable.Row? {
        let words = language.words
        let table = actionTable
        guard let number else {
            screen.say(usage, tone: .bad, indent: "  ", to: &out)
            return nil
        }
        guard !table.rows.isEmpty else {
            screen.say(words.noActionsYet, tone: .bad, indent: "  ", to: &out)
            return nil
        }
        guard let row = table.row(number: number) else {
            screen.say(words.noSuchAction(number, numbers: table.numbers), tone: .bad, indent: "  ", to: &out)
            return nil
        }
        guard row.actionID != nil else {
            // The first meeting, numbered in a plan from before samplan 0.4.
            screen.say(words.meetingFromQuestion(question: meetingQuestion), tone: .bad, indent: "  ", to: &out)
            return nil
        }
        return row
    }

    /// What `/tiltak` proposes: the step of advice just shown that is not
    /// an action yet; else the open question being asked, to be clarified;
    /// else nothing.
    func proposal() -> ActionItem {
        let made = Set(interview.actions(state).compactMap(\.source))
        for id in lastAdvice {
            guard let rule = rules.feedback.first(where: { $0.id == id }), let step = rule.action, !made.contains(.advice(id)) else { continue }
            return ActionItem(what: step.text[language], owner: step.owner.flatMap(position(of:)), date: nil, source: .advice(id))
        }
        // An open question, or one answered with what settles nothing
        // («vet ikke», a name for a position): to be clarified.
        if let current = state.current, current != interview.actionsQuestion?.id, !made.contains(.question(current)),
            let question = rules.question(current),
            state.recorded(current) == nil || rules.isUnsettled(question, in: interview.answers(state))
        {
            // A question for one party is its position's to settle; one for
            // all, the convener's (råd 1: responsibility in one place).
            let owner =
                question.asked.parties.count == 1
                ? position(of: question.asked.parties[0]) : Owners(rules: rules, answers: interview.answers(state)).convener
            return ActionItem(
                what: language.words.clarify(question.clarify?[language] ?? question.text[language]), owner: owner, date: nil,
                source: .question(current))
        }
        return ActionItem(what: "", owner: nil, date: nil)
    }

    /// The position that usually takes a party's steps: its contact for
    /// the cooperation, else its leader.
    private func position(of party: String) -> String? {
        let answers = interview.answers(state)
        for role in [QuestionRole.contact(party: party), .leader(party: party)] {
            // A name or «vet ikke» is no position to propose.
            if let question = rules.question(for: role), case .text(let text)? = rules.settledAnswer(question, in: answers) { return text }
        }
        return nil
    }

    /// The positions named so far, for Tab at the owner prompt: answers to
    /// position questions and actions' owners, each only when it settles
    /// as a position would («vet ikke, må sjekke med juristen» or a
    /// person's name is no position to offer).
    var positionsNamed: [String] {
        let asPosition = rules.unsettled.settling(for: .position, own: nil)
        var seen: [String] = []
        for question in rules.questions {
            if case .position = question.kind, case .text(let text)? = state.recorded(question.id), !seen.contains(text),
                rules.unsettled.settling(for: question).settles(.text(text))
            {
                seen.append(text)
            }
        }
        for item in interview.actions(state) {
            if let role = item.owner, !seen.contains(role), asPosition.settles(.text(role)) { seen.append(role) }
        }
        return seen
    }

    /// A typed line while a dialogue is open. A command ends the dialogue
    /// (and is not carried out): the action stays as it was.
    mutating func answerDialogue(_ line: String, into out: inout some TextOutputStream) -> Outcome {
        guard var open = dialogue else { return .shown }
        if SlashCommand.parse(line) != .answer {
            dialogue = nil
            screen.say(language.words.actionCancelled, tone: .dim, indent: "  ", to: &out)
            if let gap = open.gap {
                declined.insert(gap)
                askNextGap()
            }
            return .shown
        }
        return answer(line, in: &open, into: &out)
    }

    /// One field's answer (`ActionDialogue.answer`, carried out here).
    /// Sets `dialogue` to what is asked next.
    private mutating func answer(_ line: String, in open: inout ActionDialogue, into out: inout some TextOutputStream) -> Outcome {
        switch open.answer(line, today: state.today, rows: actionTable.rows, language: language) {
        case .refuse(let message):
            screen.say(message, tone: .bad, indent: "  ", to: &out)
            dialogue = open
        case .severalDates(let said, let dates):
            datePick = DatePick(line: line, said: said, dates: dates)
            screen.say(AnswerProblem.severalDates(said, dates).message(in: language), tone: .bad, indent: "  ", to: &out)
            dialogue = open
        case .edit(let edit, let continuing):
            return take(edit, continuing: continuing, reasking: open, into: &out)
        case .move(let next, let declined, let nextGap):
            if let declined { self.declined.insert(declined) }
            dialogue = next
            if nextGap { askNextGap() }
        case .cancel:
            dialogue = nil
            screen.say(language.words.actionCancelled, tone: .dim, indent: "  ", to: &out)
        }
        return .shown
    }

    /// The step an edit makes; refused (and the field asked again) when
    /// the rules block it or it would write an identity number.
    private mutating func take(
        _ edit: ActionEdit, continuing: ActionDialogue?, reasking: ActionDialogue? = nil,
        into out: inout some TextOutputStream
    ) -> Outcome {
        guard let step = step(.action(edit)) else {
            screen.say(language.words.identityNumberRefused, tone: .bad, indent: "  ", to: &out)
            dialogue = reasking
            return .shown
        }
        if let blocked = step.blockedEvent {
            presenter.render(blocked, state: state, to: &out)
            dialogue = reasking
            return .shown
        }
        dialogue = nil
        return .record(step.continuing(continuing, gap: reasking?.gap != nil))
    }

    /// A line typed at the closing question: an action, added at once and
    /// recorded as one; or Enter, which first asks what the list lacks,
    /// then keeps the list and ends the interview.
    mutating func closing(_ line: String, into out: inout some TextOutputStream) -> Outcome {
        guard line.trimmingSpaces.isEmpty else {
            switch AnswerParser(language: language, today: state.today).action(line) {
            case .failure(let problem):
                if case .severalDates(let said, let dates) = problem { datePick = DatePick(line: line, said: said, dates: dates) }
                screen.say(problem.message(in: language), tone: .bad, indent: "  ", to: &out)
                return .shown
            case .success(let item):
                typedAtClosing.append(line)
                return stepOrRefuse(.action(.add(item)), into: &out)
            }
        }
        if let gap = nextGap() {
            dialogue = gap
            return .shown
        }
        return stepOrRefuse(.line(line), into: &out)
    }

    /// On to the next gap; with none left, the list is shown again, so
    /// Enter ends on the list as it stands.
    mutating func askNextGap() {
        dialogue = nextGap()
        if dialogue == nil { showListAgain = true }
    }

    /// The closing's next question about what the list lacks, asked once
    /// each: a position or a date for an action without one, then which
    /// action is the first step if none is.
    func nextGap() -> ActionDialogue? {
        let table = actionTable
        let items = Dictionary(interview.actions(state).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for row in table.rows {
            guard let id = row.actionID, let item = items[id] else { continue }
            if item.owner == nil && !declined.contains(.owner(id: id)) {
                return ActionDialogue(purpose: .change(id: id, number: row.number ?? id), draft: item, fields: [.owner], gap: .owner(id: id))
            }
            if item.date == nil && !declined.contains(.date(id: id)) {
                return ActionDialogue(purpose: .change(id: id, number: row.number ?? id), draft: item, fields: [.date], gap: .date(id: id))
            }
        }
        if !table.rows.isEmpty && !table.rows.contains(where: \.first) && table.rows.contains(where: { $0.actionID != nil })
            && !declined.contains(.firstStep) && asksForAFirstStep && !firstStepAskedLater
        {
            return ActionDialogue(purpose: .chooseFirst, draft: ActionItem(what: "", owner: nil, date: nil), fields: [], gap: .firstStep)
        }
        return nil
    }

    /// Rules without a first step (a follow-up's) are not asked for one.
    private var asksForAFirstStep: Bool {
        rules.question(for: .firstStep) != nil || rules.question(for: .firstStepDate) != nil
    }

    /// The rules ask for the first step after the actions: leave it to them.
    private var firstStepAskedLater: Bool {
        let answers = interview.answers(state)
        guard let actions = interview.actionsQuestion.flatMap({ answers.applicable.firstIndex(of: $0.id) }) else { return false }
        return [QuestionRole.firstStep, .firstStepDate].contains { role in
            guard let question = rules.question(for: role), let index = answers.applicable.firstIndex(of: question.id) else { return false }
            return index > actions
        }
    }

    /// The open dialogue's hint and prompt.
    mutating func askDialogue(_ question: Question, into out: inout some TextOutputStream) -> Ask? {
        guard var open = dialogue else { return nil }
        let words = language.words
        if !open.hintShown {
            open.hintShown = true
            if let gap = open.gap, case .change(_, let number) = open.purpose {
                switch gap {
                case .owner: screen.say(words.actionLacksOwner(number, open.draft.what), tone: .warning, indent: "  ", to: &out)
                case .date: screen.say(words.actionLacksDate(number, open.draft.what), tone: .warning, indent: "  ", to: &out)
                case .firstStep: break
                }
            }
            if open.purpose == .chooseFirst {
                presenter.actionList(actionTable, state: state, to: &out)
                screen.say(words.chooseFirst, tone: .warning, indent: "  ", to: &out)
            } else if let field = open.field {
                let (adding, gap) = (open.purpose == .add, open.gap != nil)
                let hint =
                    switch field {
                    case .what: words.actionWhatHint(current: open.draft.what.isEmpty ? nil : open.draft.what, adding: adding)
                    case .owner: words.actionOwnerHint(current: open.draft.owner, adding: adding, gap: gap)
                    case .date: words.actionDateHint(current: open.draft.date?.norwegian, adding: adding, gap: gap)
                    }
                screen.say(hint, tone: .dim, indent: "  ", to: &out)
            }
            dialogue = open
        }
        let prompts = words.actionPrompts
        let prompt =
            switch open.purpose == .chooseFirst ? nil : open.field ?? .what {
            case nil: words.firstStepPrompt
            case .what?: prompts.what
            case .owner?: prompts.owner
            case .date?: prompts.date
            }
        let positions = open.field == .owner ? positionsNamed : []
        let commands = SlashCommand.names(for: language)
        return Ask(question: question, prompt: prompt) { before in
            if before.hasPrefix("/") { return commands.filter { $0.hasPrefix(before.lowercased()) } }
            let lowered = before.lowercased()
            return positions.filter { $0.lowercased().hasPrefix(lowered) }
        }
    }
}
