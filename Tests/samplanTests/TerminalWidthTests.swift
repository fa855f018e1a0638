import Foundation
import SamplanCore
import Testing

/// At a real terminal the prompt leaves room for the answer, and narrow
/// terminals wrap text between words (issue 22).
struct TerminalWidthTests {
    /// Escape sequences libedit and colour add, so only text is measured.
    static func visible(_ text: String) -> String {
        text.replacing(/\u{1B}\[[0-9;?]*[A-Za-z]/, with: "").replacing(/\u{1B}[()][A-Za-z0-9]/, with: "")
            .replacing("\r", with: "")
    }

    /// A whole session at 80 columns: every prompt shown is at most 32
    /// columns, and every section's short title is among them.
    @Test(arguments: [Language.nb, .en])
    func everyPromptFitsAt80Columns(_ language: Language) throws {
        let lines = language == .nb ? Typed.norwegian : Typed.english
        let terminal = try PseudoTerminal(
            arguments: [BuiltBinary.path, "--lang", language.rawValue],
            environment: BuiltBinary.bareEnvironment, directory: TempFolder.make(), columns: 80)
        var prompts: Set<String> = []
        for line in lines {
            let before = Self.visible(try terminal.expect("› "))
            if let open = before.range(of: "[", options: .backwards) {
                prompts.insert(String(before[open.lowerBound...]) + "› ")
            }
            terminal.send(line + "\r")
        }
        #expect(try terminal.waitForExit() == 0)
        #expect(prompts.count > 20)
        for prompt in prompts { #expect(prompt.count <= 32, "\(prompt.debugDescription): \(prompt.count)") }
        let rules = try BuiltinRules.load()
        // The municipality's own section is asked only when it is at the table.
        let optional = Set(rules.parties.filter(\.optional).map(\.id))
        for section in rules.sections where !section.questions.allSatisfy({ Set($0.asked.parties).isSubset(of: optional) }) {
            let short = try #require(section.short)[language]
            #expect(prompts.contains { $0.contains("] \(short) · ") }, "\(short)")
        }
    }

    /// At 40 columns (below 60), no line samplan writes is wider than the
    /// terminal, and every question and help text can be read back whole:
    /// a word cut in two would not be found.
    @Test func textWrapsBetweenWordsAt40Columns() throws {
        let terminal = try PseudoTerminal(
            arguments: [BuiltBinary.path], environment: BuiltBinary.bareEnvironment,
            directory: TempFolder.make(), columns: 40)
        let typed = Array(Typed.norwegian.prefix(13))
        try terminal.type(typed + ["/hjelp", "/hvorfor"])
        try terminal.expect("› ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let screen = Self.visible(terminal.screen)
        for line in screen.split(separator: "\n") where !line.contains("› ") && !line.contains("^D") {
            #expect(line.count <= 40, "\(line.debugDescription): \(line.count)")
        }
        let joined = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let rules = try BuiltinRules.load()
        var found = 0
        let optional = Set(rules.parties.filter(\.optional).map(\.id))
        for question in rules.questions.filter({ !Set($0.asked.parties).isSubset(of: optional) }).prefix(11) {
            let words = question.text[.nb].split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if joined.contains(words) { found += 1 }
        }
        #expect(found >= 10, "most of the first questions are asked and read back whole")
        for row in ["forrige spørsmål (svarene deres beholdes)", "hvor dere står på hvert kriterium og hver barriere"] {
            #expect(joined.contains(row), "\(row)")
        }
    }
}
