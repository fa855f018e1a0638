/// What a session looks like on screen: questions, answers, feedback,
/// status. Live sessions, resume and replay all show themselves through it,
/// into whatever stream they give.
public struct SessionPresenter {
    public let interview: Interview
    public var screen: ScreenWriter
    /// Answers from the roster, shown for the pair to confirm.
    var defaults: [String: String] = [:]

    public init(interview: Interview, screen: ScreenWriter) {
        self.interview = interview
        self.screen = screen
    }

    private var language: Language { interview.language }
    private var rules: RuleBook { interview.rules }

    public func welcome(to out: inout some TextOutputStream) {
        screen.say(language.words.welcome(rules.title[language]), tone: .strong, to: &out)
    }

    public func show(_ question: Question, state: SessionState, to out: inout some TextOutputStream) {
        let question = rules.asked(question, answers: interview.answers(state))
        screen.blank(to: &out)
        screen.say(question.text[language], tone: .strong, to: &out)
        if let help = question.help { screen.say(help[language], tone: .dim, to: &out) }
        if case .choice(let options, let multiple) = question.kind {
            for (index, option) in options.enumerated() {
                screen.say("\(index + 1). \(option.label[language])", indent: "  ", to: &out)
            }
            if multiple {
                screen.say(language.words.chooseSeveral, tone: .dim, to: &out)
            }
        }
        if case .yesNo = question.kind { screen.say(language.words.yesOrNo, tone: .dim, to: &out) }
        if question.collectsLines {
            screen.say(question.kind.isActions ? language.words.actionsHint : language.words.linesHint, tone: .dim, to: &out)
        }
        if question.kind.isActions {
            // The list so far, numbered as the plan numbers it.
            let table = ActionTable(rules: rules, answers: interview.answers(state), language: language)
            if !table.rows.isEmpty {
                actionList(table, state: state, to: &out)
                screen.say(language.words.actionsKeepHint, tone: .dim, to: &out)
            }
        } else if state.recorded(question.id) == nil, let given = defaults[question.id] {
            screen.say(language.words.fromRoster(given), tone: .dim, to: &out)
        } else if let value = state.recorded(question.id) {
            let current = value.display(for: question, in: language).replacing("\n", with: "; ")
            screen.say(language.words.keepHint(current), tone: .dim, to: &out)
        }
    }

    public func prompt(for question: Question, state: SessionState) -> String {
        let answers = interview.answers(state)
        let applicable = answers.applicable
        let number = (applicable.firstIndex(of: question.id) ?? 0) + 1
        let who = SessionPrompt.who(question.asked, present: rules.presentParties(answers), language: language)
        return InputCleaner.clean(
            SessionPrompt.text(
                number: number, of: applicable.count, section: rules.section(question.sectionID),
                sectionID: question.sectionID, who: who,
                collecting: !state.collecting.isEmpty, language: language))
    }

    /// - Parameter judging: the action an edit just made or changed: the
    ///   advice that follows was given about it alone.
    public func render(_ event: SessionEvent, state: SessionState, judging: Int? = nil, to out: inout some TextOutputStream) {
        switch event {
        case .answered(let id, let value):
            guard let question = rules.question(id) else { return }
            for line in value.display(for: question, in: language).split(separator: "\n", omittingEmptySubsequences: false) {
                screen.say("✓ " + line, tone: .good, indent: "  ", to: &out)
            }
        case .kept: break
        case .itemAdded(_, let count):
            screen.say(language.words.itemAdded(count), tone: .dim, indent: "  ", to: &out)
        case .invalid(let problem):
            screen.say(problem.message(in: language), tone: .bad, indent: "  ", to: &out)
        case .blocked(let id):
            showFeedback(id, answers: interview.answers(state), tone: .bad, to: &out)
        case .advice(let ids):
            let answers = judging.map { interview.answers(state, judging: $0) } ?? interview.answers(state)
            for id in ids { showFeedback(id, answers: answers, tone: .warning, to: &out) }
            // The step the advice suggests, which /tiltak turns into an action.
            let made = Set(interview.actions(state).compactMap(\.source))
            if let step = ids.lazy.compactMap({ id in self.rules.feedback.first { $0.id == id && !made.contains(.advice(id)) }?.action }).first {
                screen.say(language.words.suggestAction(step.text[language]), tone: .dim, indent: "  ", to: &out)
            }
        case .skipped(let id):
            // Left for an action made at the question: say which (the table
            // is built only then, not at every skip).
            if interview.actions(state).contains(where: { $0.source == .question(id) }),
                let reference = ActionTable(rules: rules, answers: interview.answers(state), language: language).reference(to: .question(id))
            {
                screen.say(language.words.leftForAction(reference), tone: .dim, indent: "  ", to: &out)
            } else {
                screen.say(language.words.skipped, tone: .dim, indent: "  ", to: &out)
            }
        case .movedBack, .jumped, .finished: break
        case .noEarlierQuestion:
            screen.say(language.words.noEarlier, tone: .bad, indent: "  ", to: &out)
        case .actionAdded(let id), .actionChanged(let id):
            if let row = ActionTable.row(id: id, rules: rules, answers: interview.answers(state), language: language) {
                screen.say("✓ " + row.line(language), tone: .good, indent: "  ", to: &out)
            }
        case .actionRemoved(let item):
            screen.say(language.words.actionRemoved(item.what), tone: .good, indent: "  ", to: &out)
        case .firstStepMarked(let id):
            if let row = ActionTable.row(id: id, rules: rules, answers: interview.answers(state), language: language) {
                screen.say(language.words.firstStepMarked(row.number ?? id, row.what), tone: .good, indent: "  ", to: &out)
            }
        case .noSuchAction(let id):
            screen.say(language.words.noSuchAction(id, numbers: interview.actions(state).map(\.id).sorted()), tone: .bad, indent: "  ", to: &out)
        case .noActionList:
            screen.say(language.words.noActionList, tone: .bad, indent: "  ", to: &out)
        case .noSuchQuestion(let n):
            screen.say(language.words.noSuchQuestion(n, of: interview.answers(state).applicable.count), tone: .bad, indent: "  ", to: &out)
        }
    }

    public func adviceKeepHint(to out: inout some TextOutputStream) {
        screen.say(language.words.adviceKeepHint, tone: .dim, indent: "  ", to: &out)
    }

    private func showFeedback(_ id: String, answers: Answers, tone: ScreenWriter.Tone, to out: inout some TextOutputStream) {
        guard let rule = rules.feedback.first(where: { $0.id == id }) else { return }
        let message = rules.message(rule, answers: answers, language: language)
        // A refusal of our own is a rule of the tool, not advice to weigh.
        let shown = rule.severity == .blocking && rule.basis.isPractice ? message : rules.withBasis(message, rule.basis, language: language)
        screen.say(shown, tone: tone, indent: "  ", to: &out)
    }

    public func why(_ question: Question, to out: inout some TextOutputStream) {
        guard let section = rules.section(question.sectionID) else { return }
        screen.say(
            "\(language.words.why): " + rules.withBasis(section.rationale[language], section.basis, language: language),
            indent: "  ", to: &out)
    }

    /// The end of a session or follow-up that went to its last question,
    /// live or replayed: «Ferdig», then the checklist, if the rules have
    /// one (a follow-up's have none: no bare heading).
    public func finished(_ state: SessionState, to out: inout some TextOutputStream) {
        screen.blank(to: &out)
        screen.say(language.words.finished, tone: .good, to: &out)
        if rules.sections.contains(where: { $0.kind == .criterion || $0.kind == .barrier }) { status(state, to: &out) }
    }

    /// Every criterion and barrier as a compact checklist.
    public func status(_ state: SessionState, to out: inout some TextOutputStream) {
        let answers = interview.answers(state)
        screen.say(language.words.statusHeading, tone: .strong, to: &out)
        for section in rules.sections where section.kind == .criterion || section.kind == .barrier {
            let status = rules.status(of: section, answers: answers)
            let mark =
                switch status {
                case .met: "✔";
                case .partly: "◐";
                case .open: "○"
                }
            let tone: ScreenWriter.Tone =
                switch status {
                case .met: .good;
                case .partly: .warning;
                case .open: .plain
                }
            screen.say("\(mark) \(section.title[language]) — \(status.label(for: section.kind, in: language))", tone: tone, indent: "  ", to: &out)
            if status == .partly {
                let missing = rules.unsettledQuestions(of: section, answers: answers).map { $0.clarify?[language] ?? $0.text[language] }
                if !missing.isEmpty { screen.say(language.words.missing(missing), tone: .dim, indent: "      ", to: &out) }
            }
        }
    }

    /// The actions, numbered as the plan numbers them.
    public func actionList(_ table: ActionTable, state: SessionState, to out: inout some TextOutputStream) {
        guard !table.rows.isEmpty else {
            screen.say(language.words.noActionsYet, tone: .dim, indent: "  ", to: &out)
            return
        }
        screen.say(language.words.actionsSoFar, tone: .strong, to: &out)
        for row in table.rows { screen.say(row.line(language), indent: "  ", to: &out) }
        // The first meeting is changed at its question.
        if table.rows.contains(where: { $0.actionID == nil }) {
            let question = rules.question(for: .firstStepDate).flatMap { interview.answers(state).applicable.firstIndex(of: $0.id) }
            screen.say(language.words.meetingFromQuestion(question: question.map { $0 + 1 }), tone: .dim, indent: "  ", to: &out)
        }
    }

    /// The plan so far, as it would be saved: already laid out at 72
    /// columns and cleaned by the renderer, so shown as it is.
    public func planPreview(_ text: String, to out: inout some TextOutputStream) {
        screen.blank(to: &out)
        screen.lines(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), indent: "  ", to: &out)
    }
}

extension ActionTable.Row {
    /// The row as the session lists it (`Words.actionLine`).
    func line(_ language: Language) -> String {
        language.words.actionLine(number: number, what: what, owner: owner, date: date?.norwegian, first: first)
    }
}
