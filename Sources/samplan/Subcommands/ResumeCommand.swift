import ArgumentParser
import SamplanCore

/// `samplan resume FILE`: go on with an interrupted session, at the first
/// question without an answer, appending to the same transcript.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an interrupted session from its transcript."
    )

    @Argument(help: "The session's transcript.")
    var transcript: String

    @Option(name: .long, help: "Plan template (mustache) to use instead of the built-in one.")
    var template: String?

    @OptionGroup var common: CommonOptions
}

extension ResumeCommand {
    func run() throws {
        try resume()
    }

    private func resume() throws {
        let console = Console.current()
        // The path goes into the transcript (the plan is named after it).
        try ArgumentGuard.check(transcript, option: "FILE", language: common.language(console))
        let (file, recorded) = try TranscriptSource.openForWriting(transcript, language: common.language(console))
        // A session keeps its language: what was typed is parsed as typed.
        let language = recorded.header.language
        // Always the rules the session began with: answers mean what they meant.
        let book = try TranscriptSource.rules(for: recorded, path: transcript, override: nil, language: language)
        // A plan that has been followed up: resume goes on with a follow-up
        // left unfinished; there is nothing else to resume.
        let state: SessionState
        do {
            switch try Resumption(transcript: recorded, rules: book) {
            case .session(let point): state = point
            case .followup(let followupLanguage):
                try FollowupSession.run(file: file, recorded: recorded, rules: book, language: followupLanguage, console: console)
                return
            case .nothingLeft:
                Screen(console: console, language: language).say(language.words.followedUpAlready(transcript), tone: .strong)
                return
            }
        } catch let problem as TranscriptProblem {
            Console.error("samplan: " + problem.message(file: transcript, in: language))
            throw ExitCodeError(.dataError)
        }
        // The reader first: a piped session's stdout is set up before
        // anything is printed (PlainLineReader).
        let reader = NewCommand.reader(for: console)
        let renderer = try PlanTemplates.renderer(language: language, template: template, rulesPath: nil, rulesID: book.id)
        let (driver, recorder) = try SessionOpening.resumed(
            file: file, recorded: recorded, book: book, state: state, renderer: renderer,
            screen: Screen(console: console, language: language).writer, output: TerminalOutput())
        let runner = SessionRunner(driver: driver, reader: reader, recorder: recorder)
        try NewCommand.finish(runner.run(), runner: runner, reader: reader, language: language)
    }
}
