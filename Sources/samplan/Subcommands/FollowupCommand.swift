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

/// A follow-up at the terminal, new or continued (`SessionOpening.followup`).
enum FollowupSession {
    /// Continues the last follow-up if it was left unfinished; else begins one.
    /// - Parameter asking: the follow-up rules a new follow-up asks by; one
    ///   being continued keeps those it began with.
    static func run(
        file: AppendFile, recorded: Transcript, rules: RuleBook, asking: FollowupRules = .builtin,
        language: Language, console: Console
    ) throws {
        let (driver, recorder) = try SessionOpening.followup(
            file: file, recorded: recorded, rules: rules, asking: asking, language: language,
            today: Clock.today(console), screen: Screen(console: console, language: language).writer,
            output: TerminalOutput())
        let reader = NewCommand.reader(for: console)
        let runner = SessionRunner(driver: driver, reader: reader, recorder: recorder)
        try NewCommand.finish(runner.run(), runner: runner, reader: reader, language: language)
    }
}
