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

    @Option(
        name: .customLong("followup-rules"),
        help: ArgumentHelp("Ask by these follow-up rules instead of the built-in ones (Rules/followup.yaml).", valueName: "FILE"))
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
        try FollowupSession.run(
            file: file, recorded: recorded, rules: book, asking: asking ?? .builtin, language: language,
            console: console)
    }
}

/// A follow-up at the terminal, new or continued: the same driver, shell
/// and recorder as the session, with the follow-up's questions.
enum FollowupSession {
    /// Continues the last follow-up if it was left unfinished; else begins one.
    /// - Parameter asking: the follow-up rules a new follow-up asks by; one
    ///   being continued keeps those it began with.
    static func run(
        file: AppendFile, recorded: Transcript, rules: RuleBook, asking: FollowupRules = .builtin,
        language: Language, console: Console
    ) throws {
        let history = try TranscriptSource.history(recorded, rules: rules, path: file.path, language: language)
        let opening: FollowupOpening
        do {
            opening = try FollowupOpening(
                history: history, sessionDate: recorded.header.today, today: Clock.today(console),
                asking: asking, language: language, transcript: file.path, now: Clock.nowISO())
        } catch {
            Console.error(error.message(transcript: file.path, in: language))
            throw ExitCodeError(.dataError)
        }
        let screen = Screen(console: console, language: language)
        let recorder: SessionRecorder
        do {
            recorder = try SessionRecorder(resuming: file, transcript: recorded)
            if !opening.records.isEmpty { try recorder.record(opening.records) }
        } catch {
            Console.error("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
        recorder.beforeFirstRecord = opening.beforeFirstRecord
        for line in opening.greeting { screen.say(line.text, tone: line.tone) }
        recorder.preferPlan(named: opening.planStem)
        let renderer = try PlanTemplates.renderer(language: language, template: nil, rulesPath: nil, rulesID: rules.id)
        var driver = SessionDriver(
            interview: opening.pass.interview, screen: screen.writer, state: opening.pass.state,
            planRenderer: renderer)
        // A follow-up never rewrites the signed agreement: it writes a note,
        // with an amendment where commitments changed.
        let note = PlanRenderer.followupNote(language)
        driver.planMaker = { state in opening.plan(state, renderer: note) }
        let reader = NewCommand.reader(for: console)
        let runner = SessionRunner(driver: driver, reader: reader, recorder: recorder)
        try NewCommand.finish(runner.run(), runner: runner, reader: reader, language: language)
    }
}
