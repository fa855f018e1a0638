import SamplanCore

/// What a session looks like on screen: questions, answers, feedback,
/// status. Live sessions, resume and replay all show themselves through it.
struct SessionPresenter {
    let interview: Interview
    let screen: Screen

    private var language: Language { interview.language }
    private var rules: RuleBook { interview.rules }

    func welcome() {
        screen.say(SessionText.welcome(rules.title[language], language), tone: .strong)
    }

    func show(_ question: Question, state: SessionState) {
        screen.blank()
        screen.say(question.text[language], tone: .strong)
        if let help = question.help { screen.say(help[language], tone: .dim) }
        if case .choice(let options, let multiple) = question.kind {
            for (index, option) in options.enumerated() {
                screen.say("\(index + 1). \(option.label[language])", indent: "  ")
            }
            if multiple {
                screen.say(language == .nb ? "Velg ett eller flere, skilt med komma." : "Choose one or more, separated by commas.", tone: .dim)
            }
        }
        if question.collectsLines { screen.say(SessionText.collectHint(question.kind, language), tone: .dim) }
        if let value = state.recorded[question.id] {
            let current = value.display(for: question, in: language).replacing("\n", with: "; ")
            screen.say(SessionText.keepHint(current, language), tone: .dim)
        }
    }

    func prompt(for question: Question, state: SessionState) -> String {
        let applicable = interview.answers(state).applicable
        let number = (applicable.firstIndex(of: question.id) ?? 0) + 1
        return InputCleaner.clean(SessionPrompt.text(number: number, of: applicable.count, section: rules.section(question.sectionID),
                                                     sectionID: question.sectionID, audience: question.audience,
                                                     collecting: !state.collecting.isEmpty, language: language))
    }

    func render(_ event: SessionEvent, state: SessionState) {
        switch event {
        case .answered(let id, let value):
            guard let question = rules.question(id) else { return }
            for line in value.display(for: question, in: language).split(separator: "\n", omittingEmptySubsequences: false) {
                screen.say("✓ " + line, tone: .good, indent: "  ")
            }
        case .kept: break
        case .itemAdded(_, let count):
            screen.say(language == .nb ? "+ \(count) lagt til" : "+ \(count) added", tone: .dim, indent: "  ")
        case .invalid(let problem):
            screen.say(problem.message(in: language), tone: .bad, indent: "  ")
        case .blocked(let id):
            showFeedback(id, tone: .bad)
        case .advice(let ids):
            for id in ids { showFeedback(id, tone: .warning) }
        case .skipped:
            screen.say(language == .nb ? "(hoppet over)" : "(skipped)", tone: .dim, indent: "  ")
        case .movedBack, .jumped, .finished: break
        case .noEarlierQuestion:
            screen.say(SessionText.noEarlier(language), tone: .bad, indent: "  ")
        case .noSuchQuestion(let n):
            screen.say(SessionText.noSuchQuestion(n, interview.answers(state).applicable.count, language), tone: .bad, indent: "  ")
        }
    }

    func adviceKeepHint() {
        screen.say(SessionText.adviceKeepHint(language), tone: .dim, indent: "  ")
    }

    private func showFeedback(_ id: String, tone: Screen.Tone) {
        guard let rule = rules.feedback.first(where: { $0.id == id }) else { return }
        let cite = rules.source(rule.source)?.cite ?? rule.source
        screen.say("\(rule.message[language]) — \(cite)", tone: tone, indent: "  ")
    }

    func why(_ question: Question) {
        guard let section = rules.section(question.sectionID) else { return }
        let cite = rules.source(section.source)?.cite ?? section.source
        screen.say("\(SessionText.why(language)): \(section.rationale[language]) — \(cite)", indent: "  ")
    }

    /// Every criterion and barrier as a compact checklist.
    func status(_ state: SessionState) {
        let answers = interview.answers(state)
        screen.say(SessionText.statusHeading(language), tone: .strong)
        for section in rules.sections where section.kind == .criterion || section.kind == .barrier {
            let status = rules.status(of: section, answers: answers)
            let mark = switch status { case .met: "✔"; case .partly: "◐"; case .open: "○" }
            let tone: Screen.Tone = switch status { case .met: .good; case .partly: .warning; case .open: .plain }
            screen.say("\(mark) \(section.title[language]) — \(status.label(in: language))", tone: tone, indent: "  ")
        }
    }

    /// The plan so far, as it would be saved.
    func planPreview(_ text: String) {
        screen.blank()
        // Already laid out at 72 columns: printed as is, not re-wrapped.
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { print(line.isEmpty ? "" : "  " + line) }
        // (The renderer has already removed control characters.)
    }
}
