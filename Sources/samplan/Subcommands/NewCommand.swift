import Glibc
import ArgumentParser
import SamplanCore

/// `samplan new`: a new session, with the built-in rules unless told.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new session (the default when no subcommand is given)."
    )

    @Option(name: .long, help: "Rules file to use instead of the built-in rules.")
    var rules: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let console = Console.current()
        let language = common.language(console)
        let book: RuleBook
        do {
            book = try RulesSource.load(rules, language: language)
        } catch {
            throw error.exit.code
        }
        let interview = Interview(rules: book, language: language)
        let reader = Self.reader(for: console)
        defer { reader.close() }
        let runner = SessionRunner(interview: interview, reader: reader,
                                   screen: Screen(console: console, language: language),
                                   state: interview.start(today: Clock.today(console)))
        let status = runner.run()
        if status != .ok { throw status.code }
    }
}

extension NewCommand {
    /// libedit only when both ends are a terminal; plain reading otherwise.
    static func reader(for console: Console) -> any LineReader {
        if console.interactive, let editor = EditLineReader(program: "samplan") { return editor }
        return PlainLineReader(echoPrompt: true)
    }
}

/// Today's date, or SAMPLAN_TODAY (YYYY-MM-DD) so tests get fixed dates.
enum Clock {
    static func today(_ console: Console) -> LocalDate {
        if let fixed = console.environment["SAMPLAN_TODAY"].flatMap({ LocalDate(iso: $0) }) { return fixed }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? LocalDate(dayNumber: 0)
    }
}
