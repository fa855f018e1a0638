import ArgumentParser
import SamplanCore

/// `samplan replay FILE`: a saved session as it happened, or, with
/// `--rules`, what would change under other rules.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Show a saved session as it happened.",
        discussion:
            "Paced by the recorded times (--speed scales them, --max-idle caps each pause), or one exchange per Enter with --step (q quits). With --rules, lists what changes under another rules file: new or vanished feedback, questions now unanswered, sections whose status moved."
    )

    @Argument(help: "The session's transcript.")
    var transcript: String

    @Flag(name: .long, help: "One exchange per Enter; q quits.")
    var step = false

    @Option(name: .long, help: "How many times faster than recorded.")
    var speed: Double = 1

    @Option(name: .long, help: "The longest pause, in seconds.")
    var maxIdle: Double = 3

    @Option(name: .long, help: "Re-evaluate the answers under this rules file and list what changes.")
    var rules: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard speed > 0 else { throw ValidationError("--speed must be more than 0.") }
        guard maxIdle >= 0 else { throw ValidationError("--max-idle cannot be negative.") }
    }
}

extension ReplayCommand {
    func run() throws {
        try replay()
    }

    private func replay() throws {
        let console = Console.current()
        let recorded = try TranscriptSource.load(transcript, language: common.language(console))
        // The session is shown in the language it was held in: its answers
        // were typed, and are parsed, in that language. --lang applies to
        // the difference report and to messages.
        let language = recorded.header.language
        let book = try TranscriptSource.rules(for: recorded, path: transcript, override: nil, language: language)
        let screen = Screen(console: console, language: language)
        if let rules {
            let other = try RulesSource.load(rules, language: language)
            let state = try TranscriptSource.history(recorded, rules: book, path: transcript, language: language).session
            let reportLanguage = common.lang ?? language
            ComparisonReport(
                old: book, new: other, newPath: rules, language: reportLanguage,
                screen: Screen(console: console, language: reportLanguage)
            )
            .show(RulesComparison(old: book, new: other, state: state))
            return
        }
        let pacing: PlaybackReader.Pacing =
            step
            ? .step(keys: PlainLineReader(echoPrompt: false))
            : .timed(speed: speed, maxIdle: maxIdle)
        // The session, then each follow-up, each from its own records
        // (`PlanHistory.walk`), shown by a driver as they were at the table.
        let renderer = PlanRenderer.builtin(language, rulesID: book.id)
        var out = StandardOutput()
        if step { screen.say(language.words.replayStepHint, tone: .dim) }
        do {
            _ = try PlanHistory.walk(
                recorded, rules: book,
                session: { interview, start, part in
                    var driver = SessionDriver(interview: interview, screen: screen.writer, state: start, planRenderer: renderer)
                    driver.presenter.welcome(to: &out)
                    let reader = PlaybackReader(records: Array(part.records), language: language, pacing: pacing)
                    return Self.play(&driver, reader, out: &out) ? driver.state : nil
                },
                followup: { pass, part in
                    var followup = SessionDriver(
                        interview: pass.interview, screen: Screen(console: console, language: pass.language).writer,
                        state: pass.state, planRenderer: renderer)
                    followup.presenter.screen.blank(to: &out)
                    followup.presenter.screen.say(pass.rules.title[pass.language] + " · " + pass.date.norwegian, tone: .strong, to: &out)
                    let reader = PlaybackReader(records: Array(part.records), language: pass.language, pacing: pacing)
                    return Self.play(&followup, reader, out: &out) ? pass.with(state: followup.state) : nil
                })
        } catch {
            Console.error("samplan: " + error.message(file: transcript, in: language))
            throw ExitCodeError(.dataError)
        }
    }

    /// Feeds recorded inputs straight to the driver: nothing is typed
    /// again, parsed again or written. False when the inputs ran out (or q
    /// was pressed) before the end.
    static func play(_ driver: inout SessionDriver, _ reader: PlaybackReader, out: inout StandardOutput) -> Bool {
        while let ask = driver.ask(into: &out) {
            if let date = reader.continuedBeforeNext { driver.continue(on: date) }
            let (interview, state) = (driver.interview, driver.state)
            let seen = PlaybackReader.Seen(
                number: { id in
                    ActionTable.row(id: id, rules: interview.rules, answers: interview.answers(state), language: interview.language)?.number
                },
                atClosing: state.current == interview.actionsQuestion?.id && !driver.isInActionDialogue)
            guard let input = reader.next(prompt: InputCleaner.clean(ask.prompt), seen: seen) else {
                // Stopped with q: no status, which would read as the session's end.
                if reader.quit {
                    driver.presenter.screen.say(driver.interview.language.words.replayStopped, tone: .dim, to: &out)
                } else {
                    driver.presenter.status(driver.state, to: &out)
                }
                return false
            }
            driver.replay(input, into: &out)
        }
        driver.presenter.finished(driver.state, to: &out)
        return true
    }
}

/// The difference `replay --rules` prints.
struct ComparisonReport {
    let old: RuleBook
    let new: RuleBook
    let newPath: String
    let language: Language
    let screen: Screen

    func show(_ comparison: RulesComparison) {
        let words = language.words
        screen.say(words.judgedBy(new: "\(new.id) \(new.version)", path: newPath, old: "\(old.id) \(old.version)"), tone: .strong)
        if comparison.isEmpty {
            screen.say(words.noChanges, indent: "  ")
            return
        }
        list(words.newFeedback, comparison.newFeedback.map { "+ \($0): \(message($0, in: new))" })
        list(words.vanishedFeedback, comparison.vanishedFeedback.map { "- \($0): \(message($0, in: old))" })
        list(words.nowUnanswered, comparison.nowUnanswered.map { "? \($0): \(new.question($0)?.text[language] ?? "")" })
        list(
            words.statusChanges,
            comparison.statusChanges.map { change in
                let section = new.section(change.section) ?? old.section(change.section)
                let title = section?.title[language] ?? change.section
                let kind = section?.kind ?? .criterion
                let was = change.before?.label(for: kind, in: language) ?? words.absent
                let now = change.after?.label(for: kind, in: language) ?? words.absent
                return "\(title): \(was) → \(now)"
            })
    }

    private func list(_ heading: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        screen.say(heading)
        for line in lines { screen.say(line, indent: "  ") }
    }

    private func message(_ id: String, in rules: RuleBook) -> String {
        rules.feedback.first { $0.id == id }?.message[language] ?? ""
    }
}
