import SamplanCore

/// Drives the interview engine with lines from a reader and shows what
/// happens. The same loop serves the terminal and piped input.
final class SessionRunner {
    private let interview: Interview
    private let reader: LineReader
    private let screen: Screen
    private var state: SessionState
    /// The question whose text is on screen, to show it again only on change.
    private var shown: String?

    private var language: Language { interview.language }
    private var rules: RuleBook { interview.rules }

    init(interview: Interview, reader: LineReader, screen: Screen, state: SessionState) {
        self.interview = interview
        self.reader = reader
        self.screen = screen
        self.state = state
    }

    func run() -> Sysexit {
        screen.say(SessionText.welcome(rules.title[language], language), tone: .strong)
        while let current = state.current, let question = rules.question(current) {
            if shown != current { show(question) }
            switch reader.read(prompt: prompt(for: question)) {
            case .end:
                screen.say(SessionText.goodbye(language))
                return .ok
            case .interrupted:
                continue
            case .line(let line):
                handle(line, question: question)
            }
        }
        screen.blank()
        screen.say(SessionText.finished(language), tone: .good)
        showStatus()
        return .ok
    }

    private func handle(_ line: String, question: Question) {
        switch SlashCommand.parse(line) {
        case .answer:
            apply(.line(line))
            if !line.isEmpty { reader.remember(line) }
        case .unknown(let name):
            screen.say(SessionText.unknownCommand(name, language), tone: .bad, indent: "  ")
        case .command(let command):
            run(command, question: question)
        }
    }

    private func run(_ command: SlashCommand, question: Question) {
        switch command {
        case .help: screen.say(SessionText.help(language), indent: "  ")
        case .back: apply(.back)
        case .skip: apply(.skip)
        case .why: showWhy(question)
        case .status: showStatus()
        case .edit(let number?): apply(.edit(number))
        case .edit(nil): screen.say(SessionText.editUsage(language), tone: .bad, indent: "  ")
        case .quit:
            screen.say(SessionText.goodbye(language))
            state.current = nil
            shown = nil
        }
    }

    private func apply(_ input: SessionInput) {
        let before = state.current
        let (next, events) = interview.step(state, input)
        state = next
        for event in events { render(event) }
        if state.current == before, case .advice? = events.last {
            screen.say(SessionText.adviceKeepHint(language), tone: .dim, indent: "  ")
        }
        if state.current != before { shown = nil }
    }

    private func render(_ event: SessionEvent) {
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

    private func showFeedback(_ id: String, tone: Screen.Tone) {
        guard let rule = rules.feedback.first(where: { $0.id == id }) else { return }
        let cite = rules.source(rule.source)?.cite ?? rule.source
        screen.say("\(rule.message[language]) — \(cite)", tone: tone, indent: "  ")
    }

    private func show(_ question: Question) {
        shown = question.id
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
        reader.completer = Completion.completer(for: question, language: language)
    }

    private func prompt(for question: Question) -> String {
        let applicable = interview.answers(state).applicable
        let number = (applicable.firstIndex(of: question.id) ?? 0) + 1
        let section = rules.section(question.sectionID)?.title[language] ?? question.sectionID
        let who = SessionText.audience(question.audience, language)
        let more = state.collecting.isEmpty ? "" : "+"
        return "[\(number)/\(applicable.count)] \(section) · \(who) \(more)› ".replacing("  ›", with: " ›")
    }

    private func showWhy(_ question: Question) {
        guard let section = rules.section(question.sectionID) else { return }
        let cite = rules.source(section.source)?.cite ?? section.source
        screen.say("\(SessionText.why(language)): \(section.rationale[language]) — \(cite)", indent: "  ")
    }

    private func showStatus() {
        let answers = interview.answers(state)
        screen.say(SessionText.statusHeading(language), tone: .strong)
        for section in rules.sections where section.kind == .criterion || section.kind == .barrier {
            let status = rules.status(of: section, answers: answers)
            let mark = switch status { case .met: "✔"; case .partly: "◐"; case .open: "○" }
            let tone: Screen.Tone = switch status { case .met: .good; case .partly: .warning; case .open: .plain }
            screen.say("\(mark) \(section.title[language]) — \(status.label(in: language))", tone: tone, indent: "  ")
        }
    }
}

/// What Tab offers: commands after a slash, otherwise a choice's options.
enum Completion {
    static func completer(for question: Question, language: Language) -> @Sendable (String) -> [String] {
        let commands = SlashCommand.names(for: language)
        var labels: [String] = []
        var multiple = false
        if case .choice(let options, let many) = question.kind {
            labels = options.map { $0.label[language] }
            multiple = many
        }
        return { [labels, multiple] before in
            if before.hasPrefix("/") {
                return commands.filter { $0.hasPrefix(before.lowercased()) }
            }
            // With several choices, complete the part after the last comma.
            var head = ""
            var word = before
            if multiple, let comma = before.lastIndex(of: ",") {
                head = String(before[...comma]) + " "
                word = before[before.index(after: comma)...].trimmingPrefixSpaces
            }
            let lowered = word.lowercased()
            return labels.filter { $0.lowercased().hasPrefix(lowered) }.map { head + $0 }
        }
    }
}

extension StringProtocol {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
