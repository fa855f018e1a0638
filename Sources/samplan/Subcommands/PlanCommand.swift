import ArgumentParser
import SamplanCore

/// `samplan plan TRANSCRIPT`: the action plan, rendered from a transcript.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Render the action plan from a transcript.",
        discussion:
            "Prints the plan, or writes it to OUT. An existing OUT is never overwritten silently: a free numbered name is used instead, unless --force."
    )

    @Argument(help: "The session's transcript.")
    var transcript: String

    @Option(name: .shortAndLong, help: "Write the plan to this file instead of printing it.")
    var output: String?

    @Option(name: .long, help: "Re-evaluate the answers under this rules file instead of the transcript's own.")
    var rules: String?

    @Option(name: .long, help: "Plan template (mustache) to use instead of the built-in one.")
    var template: String?

    @Flag(name: .long, help: "After a follow-up: the agreement as signed, not the latest follow-up note.")
    var agreement = false

    @Flag(name: .long, help: "Replace OUT if it exists.")
    var force = false

    @OptionGroup var common: CommonOptions
}

extension PlanCommand {
    func run() throws {
        try render()
    }

    private func render() throws {
        let console = Console.current()
        let messages = common.language(console)
        try ArgumentGuard.check(output, option: "-o", language: messages)
        let recorded = try TranscriptSource.load(transcript, language: messages)
        let language = common.lang ?? recorded.header.language
        let book = try TranscriptSource.rules(for: recorded, path: transcript, override: rules, language: language)
        let renderer = try PlanTemplates.renderer(language: language, template: template, rulesPath: rules, rulesID: book.id)
        // Answers are parsed in the language they were typed in; --lang only
        // chooses the plan's language. The follow-ups come with it.
        // A last look: a transcript edited by hand, or written before the
        // guard, may hold a number that the plan must not.
        let history = try TranscriptSource.history(recorded, rules: book, path: transcript, language: messages)
        // A followed-up plan prints as its latest follow-up note; the signed
        // agreement is never rewritten (--agreement prints it as signed).
        let context =
            agreement || history.followups.isEmpty
            ? PlanContext(rules: book, state: history.session, language: language) : PlanContext(history: history, language: language)
        let chosen = history.followups.isEmpty || agreement ? renderer : PlanRenderer.followupNote(language)
        let text = IdentityNumber.masked(chosen.render(context))
        guard let output else {
            print(text, terminator: "")
            return
        }
        if let kind = SafeWrite.notRegular(output) {
            Console.error("samplan: " + PlanText.notRegular(output, kind, language))
            throw ExitCodeError(.cannotCreate)
        }
        do {
            let written = try SafeWrite.write(text, to: output, replace: force)
            Console.error(language.words.saved(written))
        } catch {
            Console.error("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
    }
}

enum PlanText {
    /// `-o` names something that is not a regular file: it is never
    /// replaced, and a numbered sibling of a folder or a device is no plan
    /// anyone would look for.
    static func notRegular(_ path: String, _ kind: SafeWrite.FileKind, _ language: Language) -> String {
        let words = language.words
        return switch kind {
        case .folder: words.planPathIsFolder(path)
        case .symbolicLink: words.planPathIsLink(path)
        case .special: words.planPathIsSpecial(path)
        }
    }
}
