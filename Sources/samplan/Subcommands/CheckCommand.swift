import ArgumentParser
import SamplanCore

/// `samplan check [RULES]`: validate a rules file.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a rules file or follow-up rules file (the built-in rules when none is given).",
        discussion: "Prints one summary line and exits 0, or prints every problem as FILE:LINE:COL: message with the line and a caret, and exits 65."
    )

    @Argument(
        help:
            "The rules file (YAML), follow-up rules (format: followup-1), or the name of built-in rules (followup: the built-in follow-up rules). Default: the built-in dps-nav."
    )
    var rules: String?

    @Flag(name: .long, help: "List the built-in rules, which --rules NAME chooses.")
    var list = false

    @OptionGroup var common: CommonOptions
}

extension CheckCommand {
    func run() throws {
        let console = Console.current()
        let language = common.language(console)
        if list {
            // One line each: the name --rules takes, the version, the title.
            let width = BuiltinRules.entries.map(\.name.count).max() ?? 0
            for (name, book) in BuiltinRules.all() {
                print(name + String(repeating: " ", count: width - name.count) + "  " + book.version + "  " + book.title[language])
            }
            return
        }
        if let rules, let followup = try RulesSource.followupToCheck(rules, language: language) {
            print(followup.summaryLine(in: language))
            return
        }
        do {
            let book = try RulesSource.load(rules, language: language)
            print(book.summaryLine(in: language))
            if book.format == 1 { print(TextWrapper.wrap(language.words.formatOneUpgrade, width: 80).joined(separator: "\n")) }
        } catch {
            throw error.exit.code
        }
    }
}
