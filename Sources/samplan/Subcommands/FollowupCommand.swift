import ArgumentParser
import SamplanCore

/// `samplan oppfølging FILE` (`review`): weeks after the gathering, the
/// pair (or one of them, at their own desk) says how each action went, what
/// stood in the way, and when to follow up next. The follow-up is appended
/// to the session's transcript (Transcripts/README.md).
struct FollowupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oppfølging",
        abstract: "Follow up a plan weeks later: each action's status, what stood in the way, new dates, the next follow-up.",
        discussion: "The follow-up is appended to the transcript; resume, replay and plan cover it. An unfinished follow-up is continued.",
        aliases: ["oppfolging", "review"]
    )

    @Argument(help: "The session's transcript.")
    var transcript: String

    @Option(name: .customLong("followup-rules"), help: ArgumentHelp("Ask by these follow-up rules instead of the built-in ones (Rules/followup.yaml).", valueName: "FILE"))
    var followupRules: String?

    @OptionGroup var common: CommonOptions
}

extension FollowupCommand {
    func run() throws {
        try review()
    }

    private func review() throws {
        let console = Console.current()
        let fallback = common.language(console)
        try ArgumentGuard.check(transcript, option: "FILE", language: fallback)
        let (file, recorded) = try TranscriptSource.openForWriting(transcript, language: fallback)
        // The session's language unless --lang says otherwise.
        let language = common.lang ?? recorded.header.language
        let book = try TranscriptSource.rules(for: recorded, path: transcript, override: nil, language: language)
        let asking = try followupRules.map { path throws(ExitCodeError) in try RulesSource.loadFollowup(path, language: language) }
        try FollowupSession.run(file: file, recorded: recorded, rules: book, asking: asking ?? .builtin, language: language,
                                console: console)
    }
}

/// A follow-up at the terminal, new or continued: the same driver, shell
/// and recorder as the session, with the follow-up's questions.
enum FollowupSession {
    /// Continues the last follow-up if it was left unfinished; else begins one.
    /// - Parameter asking: the follow-up rules a new follow-up asks by; one
    ///   being continued keeps those it began with.
    static func run(file: AppendFile, recorded: Transcript, rules: RuleBook, asking: FollowupRules = .builtin,
                    language: Language, console: Console) throws {
        var history = try TranscriptSource.history(recorded, rules: rules, path: file.path, language: language)
        let transcript = file.path
        let today = Clock.today(console)
        let recorder: SessionRecorder
        var pass: FollowupPass
        let screen = Screen(console: console, language: language)
        if history.unfinished == nil {
            // A follow-up is of an agreement made: a session left part-way
            // is resumed, never followed up (its questions would be lost).
            guard history.session.isFinished else {
                let answers = history.sessionInterview.answers(history.session)
                Console.error(language.words.sessionNotFinished(transcript, answered: answers.answeredCount, of: answers.applicable.count))
                throw ExitCodeError(.dataError)
            }
            guard today >= recorded.header.today else {
                Console.error(language.words.followupBeforeSession(today.norwegian, session: recorded.header.today.norwegian))
                throw ExitCodeError(.dataError)
            }
        }
        do {
            recorder = try SessionRecorder(resuming: file, transcript: recorded)
            if var open = history.unfinished {
                if today > open.state.today {
                    open.continue(on: today)
                    history.replaceLast(open)
                    try recorder.record([.resumed(at: Clock.nowISO()), .continued(on: today)])
                    screen.say(language.words.followupContinuesToday(open.date.norwegian, today: today.norwegian), tone: .strong)
                } else {
                    try recorder.record([.resumed(at: Clock.nowISO())])
                    screen.say(language.words.followupContinues(open.date.norwegian), tone: .strong)
                }
                pass = open
            } else {
                pass = history.start(on: today, language: language, asking: asking)
                history.append(pass)
                // Written with the first answer: a follow-up left at once
                // leaves nothing and counts as none.
                recorder.beforeFirstRecord = [.followup(date: pass.date, language: language, rules: asking.pin)]
                screen.say(pass.rules.title[language], tone: .strong)
                screen.say(language.words.followupWelcome(recorded.header.today.norwegian, actions: pass.asked.count), tone: .plain)
            }
        } catch {
            Console.error("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
        let stem = FileStem.ofTranscript(transcript)
        recorder.preferPlan(named: stem + "-" + language.words.followupFileWord + "-" + pass.date.description)
        let renderer = try PlanTemplates.renderer(language: language, template: nil, rulesPath: nil, rulesID: rules.id)
        var driver = SessionDriver(interview: pass.interview, screen: screen.writer, state: pass.state, planRenderer: renderer)
        let base = history
        let started = pass
        driver.planMaker = { state in
            var now = base
            now.replaceLast(started.with(state: state))
            return renderer.render(PlanContext(history: now, language: language))
        }
        let reader = NewCommand.reader(for: console)
        let runner = SessionRunner(driver: driver, reader: reader, recorder: recorder)
        try NewCommand.finish(runner.run(), runner: runner, reader: reader, language: language)
    }
}
