import ArgumentParser
import SamplanCore

/// `samplan due PATH...` (also spelt `followup`, its earlier name): whose
/// first step, review or action is due, by date.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Plans whose first step or review is due before a date, with who is responsible.",
        discussion: "Folders are read recursively; unreadable files are skipped with a warning (exit 65)."
    )

    @OptionGroup var options: DueOptions

    func run() throws { try options.run() }
}

/// `samplan followup`, the command's earlier name: the same options and
/// the same run, left out of the help so there is one name to learn.
struct DueUnderItsEarlierName: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: DueCommand.configuration.abstract,
        shouldDisplay: false)

    @OptionGroup var options: DueOptions

    func run() throws { try options.run() }
}

/// `due`'s options, defined once for both its names.
struct DueOptions: ParsableArguments {
    @Argument(help: "Transcript files or folders.")
    var paths: [String]

    @Option(name: .long, help: "Due before this date (dd.mm.yyyy, yyyy-mm-dd or «om 2 uker»). Default: two weeks from today.")
    var before: String?

    @Option(name: .long, help: "Write one short letter per pair with something due or no follow-up yet into this folder.")
    var letters: String?

    @Option(name: .long, help: "Weeks after its session before a plan gets a letter or is listed as not followed up.")
    var askAfter: Int = FollowupLetter.defaultWait / 7

    @Option(name: .long, help: "The address of `samplan serve` (its --url): letters give it and the table's code.")
    var url: String?

    @Option(name: .long, help: "The letters' sender: your name.")
    var sender: String?

    @Option(name: .long, help: "The sender's role, such as «koordinator for samlingen».")
    var senderRole: String?

    @Option(name: .long, help: "How to reach the sender: e-mail or telephone.")
    var senderContact: String?

    @OptionGroup var common: CommonOptions
}

extension DueOptions {
    func run() throws {
        let console = Console.current()
        let language = common.language(console)
        let today = Clock.today(console)
        var limit = today.addingBounded(days: 14)
        if let before {
            guard let date = DateParser.parse(before, today: today) else {
                Console.error(language.words.notADate(before))
                throw Sysexit.usage.code
            }
            limit = date
        }
        if let letters { try ArgumentGuard.check(letters, option: "--letters", language: language) }
        guard (0...520).contains(askAfter) else {
            Console.error(language.words.askAfterRange)
            throw Sysexit.usage.code
        }
        let letter = FollowupLetter(
            before: limit, today: today, sender: .init(name: sender, role: senderRole, contact: senderContact), wait: askAfter * 7)
        var followup = DueList(before: limit, lastSessionToAsk: today.adding(days: -letter.wait))
        var codes = ServedCodes()
        var walk = TranscriptWalk(paths: paths, language: language)
        var written = 0
        var withoutLink = 0
        var failure: FileError?
        // Two transcripts of the same name in two folders get two letters.
        var taken: Set<String> = []
        walk.forEach({ file, transcript, rules throws(TranscriptProblem) in try SessionSummary(file: file, transcript: transcript, rules: rules) }) {
            _, summary in
            followup.add(summary)
            guard let letters, failure == nil else { return }
            let link = url.flatMap { url in codes.code(for: summary).map { FollowupLetter.Link(address: url, code: $0) } }
            guard let text = letter.text(for: summary, link: link) else { return }
            if url != nil && link == nil { withoutLink += 1 }
            let stem = FileStem.ofTranscript(summary.file)
            let fileWord = FollowupLetter.language(of: summary).words.letterFileWord
            var name = stem + "." + fileWord + ".txt"
            var number = 2
            while taken.contains(name) {
                name = "\(stem)-\(number)." + fileWord + ".txt"
                number += 1
            }
            taken.insert(name)
            do throws(FileError) {
                try SafeWrite.makeFolder(letters)
                // Letters are made again at each run: a newer one replaces
                // the older of an earlier run, never one of this run.
                _ = try SafeWrite.write(text, to: letters + "/" + name, replace: true)
                written += 1
            } catch {
                failure = error
            }
        }
        if let failure {
            Console.error("samplan: " + failure.message(in: language))
            throw failure.exit.code
        }
        let screen = Screen(console: console, language: language)
        for line in followup.lines(in: language) {
            let indent = String(line.prefix { $0 == " " })
            let body = String(line.dropFirst(indent.count))
            // File paths are printed whole: people copy them.
            if body.hasSuffix(".transcript") { print(line) } else { screen.say(body, indent: indent) }
        }
        if let letters { Console.error(language.words.lettersWritten(written, letters)) }
        if withoutLink > 0 { Console.error(language.words.lettersWithoutLink(withoutLink)) }
        if walk.exit != .ok { throw walk.exit.code }
    }
}
