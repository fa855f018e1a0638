import ArgumentParser
import SamplanCore

/// samplan: a DPS and a NAV office build a concrete plan for working together.
@main
struct Samplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplan",
        abstract: "Build a concrete cooperation plan between a DPS and a NAV office.",
        discussion: "Without a subcommand, starts a new session with the built-in rules.",
        version: SamplanVersion.current,
        subcommands: [NewCommand.self, ResumeCommand.self, ReplayCommand.self, PlanCommand.self,
                      SummaryCommand.self, FollowupCommand.self, CheckCommand.self],
        defaultSubcommand: NewCommand.self
    )

    /// The built-in rules load on the second core while ArgumentParser
    /// reads the command line, when the run will likely need them.
    static func main() {
        if usesBuiltinRules(CommandLine.arguments) { BuiltinRules.prefetch() }
        main(nil)
    }

    /// A guess from the words alone, before parsing: a session (no
    /// subcommand, or `new`) or `check` with neither `--rules` nor a file.
    /// A wrong guess only costs or saves time.
    static func usesBuiltinRules(_ arguments: [String]) -> Bool {
        let words = arguments.dropFirst()
        let stop = ["--rules", "-h", "--help", "--version", "help"]
        if words.contains(where: { word in stop.contains { word == $0 || word.hasPrefix("--rules=") } }) { return false }
        guard let first = words.first else { return true }
        if first == "check" { return words.count == 1 }
        return first == "new" || first.hasPrefix("-")
    }
}

enum SamplanVersion {
    static let current = "0.2.0"
}

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the interface: nb (Norwegian bokmål) or en.")
    var lang: Language?

    func language(_ console: Console) -> Language {
        Language.resolve(explicit: lang, environment: console.environment)
    }
}

extension Language: ExpressibleByArgument {}

/// Exit statuses from sysexits.h, as the design promises.
enum Sysexit: Int32 {
    case ok = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case cannotCreate = 73
    case ioError = 74

    var code: ExitCode { ExitCode(rawValue) }
}
