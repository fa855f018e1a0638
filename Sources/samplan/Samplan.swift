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
                      SummaryCommand.self, FollowupCommand.self, ReviewCommand.self, CheckCommand.self],
        defaultSubcommand: NewCommand.self
    )

    /// A plain command line goes straight to its subcommand (`FastLane`);
    /// everything else, and every error, through ArgumentParser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Wherever it stands, as with ArgumentParser's own --version.
        if arguments.contains("--version") {
            print(VersionText.full(), terminator: "")
            return
        }
        do {
            if let route = FastLane.route(arguments) {
                try route.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let error as ExitCodeError {
            // Its message is printed already: only the status is left.
            exit(withError: error.exit.code)
        } catch {
            exit(withError: error)
        }
    }
}

enum SamplanVersion {
    static let current = "0.3.0"
}

/// What `samplan --version` prints: the version, the rules built in, and
/// the formats this samplan reads, so a coordinator can tell whether a
/// laptop's copy reads the event's rules and transcripts. ArgumentParser's
/// own `--version` takes a fixed string; the rules' versions are read from
/// the rules themselves, so they never disagree.
enum VersionText {
    static func full() -> String {
        var text = "samplan \(SamplanVersion.current)\n"
        for (name, book) in BuiltinRules.all() {
            text += "built-in rules: \(name) (\(book.id) \(book.version))\n"
        }
        let formats = RulesLoader.supportedFormats.map(String.init).joined(separator: " and ")
        text += "reads rules formats \(formats) and transcript format \(TranscriptHeader.formatVersion)\n"
        return text
    }
}

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the interface: nb (Norwegian bokmål) or en.")
    var lang: Language?

    /// The same choice as a plain value, for the subcommands' requests.
    var choice: LanguageChoice { LanguageChoice(lang: lang) }
}

/// `--lang` as a plain value, in each subcommand's request.
struct LanguageChoice: Equatable {
    var lang: Language? = nil

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
