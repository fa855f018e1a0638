import ArgumentParser
import Glibc
import SamplanCore

/// `samplan new`: a new session, with the built-in rules unless told.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new session (the default when no subcommand is given)."
    )

    @Option(name: .long, help: "Rules file to use instead of the built-in rules.")
    var rules: String?

    @Option(name: .long, help: "Folder for the transcript and the plan (default: $SAMPLAN_DIR, else Transcripts).")
    var dir: String?

    @Option(name: .long, help: "Plan template (mustache) to use instead of the built-in one.")
    var template: String?

    @Option(name: .long, help: "The event's roster (CSV: table,dps,nav,municipality); with --table, the parties come from it.")
    var event: String?

    @Option(name: .long, help: "The pair's table number in the roster.")
    var table: Int?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if (event == nil) != (table == nil) { throw ValidationError("--event and --table go together.") }
    }
}

extension NewCommand {
    func run() throws {
        try session()
    }

    private func session() throws {
        let console = Console.current()
        let language = common.language(console)
        let dir = SessionFolder.resolve(self.dir, console)
        try ArgumentGuard.check(dir, option: "--dir", language: language)
        // The rules, then the roster their parties name: a fault in either starts nothing.
        let (book, text) = try RulesSource.loadWithText(rules, language: language)
        var seat: Roster.Table?
        if let event, let table {
            try ArgumentGuard.check(event, option: "--event", language: language)
            let roster = try RosterSource.load(event, parties: book.parties, language: language)
            seat = try RosterSource.table(table, in: roster, path: event, language: language)
        }
        let renderer = try PlanTemplates.renderer(language: language, template: template, rulesPath: rules, rulesID: book.id)
        let reader = NewCommand.reader(for: console)
        let (driver, recorder) = SessionOpening.new(
            book: book, rulesText: text, seat: seat, renderer: renderer, language: language,
            today: Clock.today(console), screen: Screen(console: console, language: language).writer, folder: dir)
        var out = StandardOutput()
        driver.presenter.welcome(to: &out)
        let runner = SessionRunner(driver: driver, reader: reader, recorder: recorder)
        let status = runner.run()
        try NewCommand.finish(status, runner: runner, reader: reader, language: language)
    }
}

extension NewCommand {
    /// The end of a live session (new or resumed): the terminal restored,
    /// then, after SIGTERM or SIGHUP, death by the signal; else the status.
    static func finish(
        _ status: Sysexit, runner: SessionRunner, reader: any LineReader,
        language: Language
    ) throws(ExitCodeError) {
        reader.close()
        if let signal = StopSignals.received {
            StopSignals.leave(signal, transcript: runner.transcriptPath, language: language)
        }
        if status != .ok { throw ExitCodeError(status) }
    }

    /// libedit only when both ends are a terminal; plain reading otherwise.
    static func reader(for console: Console) -> any LineReader {
        if console.interactive, let editor = EditLineReader(program: "samplan") { return editor }
        return PlainLineReader(echoPrompt: true)
    }
}
