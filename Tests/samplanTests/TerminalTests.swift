import Foundation
import Testing

/// The binary in a real pseudo-terminal, with the locale unset as in
/// containers and CI: the path where libedit used to drop æ, ø and å.
@Suite(.serialized)
struct TerminalTests {
    func start(_ arguments: [String] = []) throws -> PseudoTerminal {
        try PseudoTerminal(arguments: [BuiltBinary.path] + arguments, environment: BuiltBinary.bareEnvironment)
    }

    /// Waits for a prompt (typing earlier would reach a cooked-mode tty),
    /// presses Ctrl-D and expects a clean exit.
    func leave(_ terminal: PseudoTerminal) throws {
        try terminal.expect("› ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func norwegianLettersSurviveWithoutLocale() throws {
        let terminal = try start()
        try terminal.expect("[1/")
        try terminal.expect("› ")
        terminal.send("blåbær – ø\r")
        // The engine's own echo of the parsed answer, not the terminal's.
        try terminal.expect("✓ blåbær – ø")
        try terminal.expect("[2/")
        try leave(terminal)
    }

    @Test func ctrlCClearsTheHalfTypedLine() throws {
        let terminal = try start()
        try terminal.expect("› ")
        terminal.send("halvskrevet")
        try terminal.expect("halvskrevet")
        terminal.send("\u{3}")
        try terminal.expect("^C")
        try terminal.expect("[1/")
        try terminal.expect("› ")
        terminal.send("Ålesund DPS\r")
        try terminal.expect("✓ ")
        let answer = try terminal.expect("\n")
        #expect(answer.contains("Ålesund DPS"))
        #expect(!answer.contains("halvskrevet"))
        // Still usable: the next question comes and takes an answer.
        try terminal.expect("[2/")
        try terminal.expect("› ")
        terminal.send("NAV Molde\r")
        try terminal.expect("✓ NAV Molde")
        try terminal.expect("[3/")
        try leave(terminal)
    }

    @Test func ctrlDExitsCleanlyAndRestoresTheTerminal() throws {
        let terminal = try start()
        try terminal.expect("› ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.terminalRestored)
    }

    @Test func tabCompletesACommand() throws {
        let terminal = try start()
        try terminal.expect("› ")
        // libedit redraws the completed word with cursor moves, so assert
        // the effect: "/hj" alone would be an unknown command.
        terminal.send("/hj\t")
        try terminal.expect("elp")
        terminal.send("\r")
        let shown = try terminal.expect("Kommandoer:")
        #expect(!shown.contains("Ukjent kommando"))
        try leave(terminal)
    }
}

/// The same session without a terminal: scripts, tests and benchmarks.
struct PipeTests {
    @Test func norwegianLettersThroughAPipe() throws {
        let run = try PipeRun.run([], input: "blåbær – ø\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ blåbær – ø"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour codes when not a terminal")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        // "Blåb" with the å's two bytes replaced by one invalid byte.
        let run = try PipeRun.run([], bytes: [0x42, 0x6C, 0xFF, 0x62, 0x0A])
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ Bl\u{FFFD}b"))
    }

    @Test func checkBuiltinRulesFromAnyDirectory() throws {
        let run = try PipeRun.run(["check", "--lang", "en"], input: "", directory: "/")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("dps-nav "))
        #expect(run.stdout.hasSuffix("languages: nb, en\n"))
    }

    @Test func checkReportsBrokenRulesWithExit65() throws {
        let path = "/tmp/samplan-check-\(UInt32.random(in: 0...UInt32.max)).yaml"
        try "format: 1\nid: Bad\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["check", "--lang", "en", path], input: "")
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(path):2:5: invalid id 'Bad'; use lower-case letters, digits, '_' and '-', starting with a letter\nid: Bad\n    ^\n"))
    }

    @Test func checkMissingFileIsExit66() throws {
        let run = try PipeRun.run(["check", "--lang", "en", "/nonexistent/rules.yaml"], input: "")
        #expect(run.status == 66)
        #expect(run.stderr == "samplan: cannot find the file “/nonexistent/rules.yaml”.\n")
    }

    @Test func unknownOptionIsUsageError() throws {
        let run = try PipeRun.run(["check", "--bogus"], input: "")
        #expect(run.status == 64)
    }
}
