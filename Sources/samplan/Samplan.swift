import ArgumentParser
import SamplanCore

/// samplan: a DPS and a NAV office build a concrete plan for working together.
@main
struct Samplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplan",
        abstract: "Build a concrete cooperation plan between a DPS and a NAV office.",
        discussion: "Without a subcommand, starts a new session with the built-in rules.",
        // The rules' versions are read from the rules' own text
        // (`VersionText`), so the two never disagree.
        version: VersionText.full(),
        subcommands: [
            NewCommand.self, ResumeCommand.self, ReplayCommand.self, PlanCommand.self,
            SummaryCommand.self, DueCommand.self, FollowupCommand.self, CheckCommand.self,
            ServeCommand.self, DueUnderItsEarlierName.self,
        ],
        defaultSubcommand: NewCommand.self
    )

    /// ArgumentParser reads every command line; a command that has printed
    /// its own message leaves with `ExitCodeError`'s status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitCodeError {
            // Its message is printed already: only the status is left.
            exit(withError: error.exit.code)
        } catch {
            exit(withError: error)
        }
    }
}

enum SamplanVersion {
    static let current = "0.4.0"
}

/// What `samplan --version` prints: the version, the rules built in, and
/// the formats this samplan reads, so a coordinator can tell whether a
/// laptop's copy reads the event's rules and transcripts. Every start
/// builds it (ArgumentParser takes the text in the configuration), so the
/// rules' id and version are read from their first lines, not loaded.
enum VersionText {
    static func full() -> String {
        var text = "samplan \(SamplanVersion.current)\n"
        for entry in BuiltinRules.entries {
            text += "built-in rules: \(entry.name) (\(entry.declared.id) \(entry.declared.version))\n"
        }
        let followup = FollowupRules.builtinDeclared
        text += "built-in follow-up rules: \(followup.id) \(followup.version)\n"
        let formats = RulesLoader.supportedFormats.map(String.init).joined(separator: " and ")
        text +=
            "reads rules formats \(formats), follow-up rules format \(FollowupRulesLoader.formats.joined(separator: ", ")) and transcript format \(TranscriptHeader.formatVersion)"
        return text
    }
}

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the interface: nb (Norwegian bokmål) or en.")
    var lang: Language?

    /// --lang, or else the environment's language (LANG and the like).
    func language(_ console: Console) -> Language {
        Language.resolve(explicit: lang, environment: console.environment)
    }
}

// Spelled out rather than left to ArgumentParser's generic defaults, which
// describe each case through String(describing:) and runtime conformance
// look-ups: about 1.9 M instructions at every start, 4 % of `samplan check`
// (Benchmarks/README.md). Help and completions read the same values.
extension Language: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    public var defaultValueDescription: String { rawValue }
}

/// Exit statuses from sysexits.h, as the design promises.
enum Sysexit: Int32 {
    case ok = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case cannotCreate = 73
    case ioError = 74
    /// Another session is writing the transcript: try again when it ends.
    case temporaryFailure = 75

    var code: ExitCode { ExitCode(rawValue) }
}
