import ArgumentParser
import SamplanCore

/// `samplan oppfølging FILE` (`review`): weeks after the gathering, the
/// pair (or one of them, at their own desk) says how each action went, what
/// stood in the way, and when to follow up next. The follow-up is appended
/// to the session's transcript (Transcripts/README.md).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oppfølging",
        abstract: "Follow up a plan weeks later: each action's status, what stood in the way, new dates, the next follow-up.",
        discussion: "The follow-up is appended to the transcript; resume, replay and plan cover it. An unfinished follow-up is continued.",
        aliases: ["oppfolging", "review"]
    )

    @Argument(help: "The session's transcript.")
    var transcript: String

    @OptionGroup var common: CommonOptions

    var request: ReviewRequest { ReviewRequest(transcript: transcript, common: common.choice) }

    func run() throws { try request.run() }
}

/// What `samplan oppfølging` was asked, as plain values.
struct ReviewRequest: Equatable {
    var transcript: String
    var common = LanguageChoice()

    func run() throws {
        try exitingWithStatus(review)
    }

    private func review() throws {
        let console = Console.current()
        let fallback = common.language(console)
        try ArgumentGuard.check(transcript, option: "FILE", language: fallback)
        let recorded = try TranscriptSource.load(transcript, language: fallback)
        // The session's language unless --lang says otherwise.
        let language = common.lang ?? recorded.header.language
        let book = try TranscriptSource.rules(for: recorded, path: transcript, override: nil, language: language)
        try FollowupSession.run(transcript: transcript, recorded: recorded, rules: book, language: language, console: console)
    }
}

/// A follow-up at the terminal, new or continued: the same driver, shell
/// and recorder as the session, with the follow-up's questions.
enum FollowupSession {
    /// Continues the last follow-up if it was left unfinished; else begins one.
    static func run(transcript: String, recorded: Transcript, rules: RuleBook, language: Language, console: Console) throws {
        var history = PlanHistory(transcript: recorded, rules: rules)
        let recorder: SessionRecorder
        var pass: FollowupPass
        let screen = Screen(console: console, language: language)
        do {
            recorder = try SessionRecorder(resuming: transcript, transcript: recorded)
            if let open = history.unfinished {
                pass = open
                try recorder.record([.resumed(at: Clock.nowISO())])
                screen.say(language.words.followupContinues(pass.date.norwegian), tone: .strong)
            } else {
                pass = history.start(on: Clock.today(console), language: language)
                history.append(pass)
                try recorder.record([.followup(date: pass.date, language: language)])
                screen.say(pass.rules.title[language], tone: .strong)
                screen.say(language.words.followupWelcome(recorded.header.today.norwegian, actions: pass.asked.count), tone: .plain)
            }
        } catch {
            Console.error("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
        let stem = transcript.split(separator: "/").last.map { String($0.dropLast(".transcript".count)) } ?? "plan"
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
