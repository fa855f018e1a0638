import Foundation
import Glibc
import Testing

/// The binary in a real pseudo-terminal, with the locale unset as in
/// containers and CI: the path where libedit used to drop æ, ø and å.
/// Each test runs in its own folder, where the session writes Transcripts/.
@Suite(.serialized)
struct TerminalTests {
    func start(_ arguments: [String] = [], in folder: String = TempFolder.make()) throws -> PseudoTerminal {
        try .samplan(arguments, in: folder)
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
        terminal.send("2\r")
        try terminal.expect("[2/")
        try terminal.expect("› ")
        terminal.send("blåbær – ø\r")
        // The engine's own echo of the parsed answer, not the terminal's.
        try terminal.expect("✓ blåbær – ø")
        try terminal.expect("[3/")
        try leave(terminal)
    }

    @Test func completeSessionInNorwegian() throws {
        let folder = TempFolder.make()
        let terminal = try start(in: folder)
        try terminal.type(Typed.norwegian)
        try terminal.expect("Alle spørsmålene er besvart. Takk!")
        try terminal.expect("✔ Ledelsesforankring — oppfylt")
        try terminal.expect("Avtalen: Transcripts/2026-11-23-dps-nordre-aasen-nav-sagene.plan.txt")
        try terminal.expect("Øktloggen: Transcripts/2026-11-23-dps-nordre-aasen-nav-sagene.transcript")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.terminalRestored)
        let files = SessionFiles(folder: folder + "/Transcripts")
        #expect(
            files.names() == [
                "2026-11-23-dps-nordre-aasen-nav-sagene.plan.txt",
                "2026-11-23-dps-nordre-aasen-nav-sagene.transcript",
            ])
        let plan = try files.text(ending: ".plan.txt")
        #expect(plan.contains("\n- DPS Nordre Aasen\n"))
        #expect(plan.contains("► 07.12.2026  fagkoordinator for"))
        #expect(plan.contains("- Avklare: hvem som inviterer kommunen inn i samarbeidet, og når."), "an intention is an open point")
        #expect(files.mode(try files.one(ending: ".plan.txt")) == 0o600)
        #expect(files.mode(try files.one(ending: ".transcript")) == 0o600)
        #expect(files.mode(folder + "/Transcripts") == 0o700)
        #expect(try files.text(ending: ".transcript").hasSuffix("\tend\tfinished\n"))
    }

    @Test func completeSessionInEnglish() throws {
        let folder = TempFolder.make()
        let terminal = try start(["--lang", "en"], in: folder)
        try terminal.expect("Is anyone from the municipality at the table")
        try terminal.type(Typed.english)
        try terminal.expect("All questions are answered. Thank you!")
        try terminal.expect("✔ Leadership anchoring — met")
        try terminal.expect("The agreement: Transcripts/2026-11-23-nordre-aasen-dps-nav-sagene.plan.txt")
        #expect(try terminal.waitForExit() == 0)
        let plan = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".plan.txt")
        #expect(plan.hasPrefix("COOPERATION AGREEMENT\n"))
        #expect(plan.contains("- Clarify: who invites the municipality into the cooperation, and when."))
    }

    @Test func backAndEditKeepLaterAnswers() throws {
        let terminal = try start()
        try terminal.type(["2", "DPS Øst", "NAV Grünerløkka", "felles mål", "", "behov", "", "enhetsleder"])
        try terminal.expect("[7/")
        try terminal.type(["/tilbake"])
        try terminal.expect("Hvilken leder ved DPS-et står bak avtalen")
        try terminal.expect("Nå: enhetsleder — Enter beholder svaret")
        try terminal.type([""])
        try terminal.expect("[7/")
        // Edit question 2 and come back to question 7 with nothing lost.
        try terminal.type(["/endre 2"])
        try terminal.expect("Nå: DPS Øst")
        try terminal.type(["DPS Vest"])
        try terminal.expect("✓ DPS Vest")
        try terminal.expect("Hvilken leder ved NAV-kontoret står bak avtalen")
        try terminal.expect("[7/")
        try terminal.type(["/endre 3"])
        try terminal.expect("Nå: NAV Grünerløkka")
        try leave(terminal)
    }

    @Test func tabCompletesAChoice() throws {
        let terminal = try start()
        try terminal.type([
            "2", "DPS Øst", "NAV Sagene", "mål", "", "behov", "", "enhetsleder", "NAV-leder",
            "fagkoordinator", "NAV-veileder", "1, 3, 4",
        ])
        try terminal.expect("Hvor ofte skal dere ha faste møter")
        try terminal.expect("› ")
        terminal.send("annenh\t")
        try terminal.expect("ver uke")
        terminal.send("\r")
        try terminal.expect("✓ Annenhver uke")
        try terminal.expect("[12/")
        try leave(terminal)
    }

    @Test func invalidDateIsAskedAgainAndRelativeDatesShowAsDates() throws {
        let terminal = try start()
        try terminal.type(["2", "DPS Øst", "NAV Sagene", "/endre 13"])
        try terminal.expect("Når er det første møtet?")
        try terminal.type(["32.13.2026"])
        try terminal.expect("«32.13.2026» er ikke en dato")
        try terminal.expect("[13/")
        try terminal.type(["om 2 uker"])
        try terminal.expect("✓ mandag 07.12.2026")
        // Back where the edit began.
        try terminal.expect("[4/")
        try leave(terminal)
    }

    /// A refused line is under ↑ to mend, not typed again (issue 33).
    @Test func aRefusedLineComesBackWithTheUpArrow() throws {
        let terminal = try start()
        try terminal.type(["2", "DPS Øst", "NAV Sagene", "/endre 13"])
        try terminal.expect("Når er det første møtet?")
        try terminal.type(["om 2 ukr"])
        try terminal.expect("«om 2 ukr» er ikke en dato")
        try terminal.expect("› ")
        // ↑, then the last letter rubbed out and the word mended.
        terminal.send("\u{1B}[A")
        try terminal.expect("om 2 ukr")
        terminal.send("\u{7F}er\r")
        try terminal.expect("✓ mandag 07.12.2026")
        try terminal.expect("[4/")
        try leave(terminal)
    }

    @Test func adviceIsShownWithItsSourceAndCanBeKept() throws {
        let terminal = try start()
        try terminal.type(["2", "DPS Øst", "NAV Sagene", "/endre 6", "Kari Nordmann"])
        try terminal.expect("Vårt råd: Skriv lederstillingen, ikke et navn")
        try terminal.expect("Enter beholder svaret")
        try terminal.type([""])
        try terminal.expect("[4/")
        try terminal.type(["/status"])
        try terminal.expect("○ Ledelsesforankring — åpent")
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
        terminal.send("2\r")
        try terminal.expect("✓ Ikke i dag")
        try terminal.expect("[2/")
        try terminal.expect("› ")
        terminal.send("Ålesund DPS\r")
        try terminal.expect("✓ ")
        let answer = try terminal.expect("\n")
        #expect(answer.contains("Ålesund DPS"))
        #expect(!answer.contains("halvskrevet"))
        // Still usable: the next question comes and takes an answer.
        try terminal.expect("[3/")
        try terminal.expect("› ")
        terminal.send("NAV Molde\r")
        try terminal.expect("✓ NAV Molde")
        try terminal.expect("[4/")
        try leave(terminal)
    }

    @Test func ctrlDSavesAndLeaves() throws {
        let folder = TempFolder.make()
        let terminal = try start(in: folder)
        try terminal.type(["2", "DPS Øst", "NAV Sagene", "felles mål", "", "behov", "", "enhetsleder"])
        try terminal.expect("[7/")
        try leave(terminal)
        #expect(terminal.terminalRestored)
        let files = SessionFiles(folder: folder + "/Transcripts")
        #expect(files.names() == ["2026-11-23-dps-ost-nav-sagene.plan.txt", "2026-11-23-dps-ost-nav-sagene.transcript"])
        let transcript = try files.text(ending: ".transcript")
        #expect(transcript.contains("\tanswer\tdps_leader\tdps\tenhetsleder\n"))
        #expect(transcript.hasSuffix("\tend\teof\n"))
        let plan = try files.text(ending: ".plan.txt")
        #expect(plan.hasPrefix("UTKAST:") && plan.contains("Stilling:      enhetsleder"))
    }

    @Test func ctrlDBeforeAnyAnswerLeavesNoFiles() throws {
        let folder = TempFolder.make()
        let terminal = try start(in: folder)
        try terminal.expect("› ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.terminalRestored)
        #expect(SessionFiles(folder: folder).names() == [])
    }

    @Test func closedTerminalLosesNothingAnswered() throws {
        let folder = TempFolder.make()
        let terminal = try start(in: folder)
        try terminal.type(["2", "DPS Øst", "NAV Sagene", "felles mål", "", "behov", "", "enhetsleder"])
        try terminal.expect("[7/")
        kill(terminal.pid, SIGHUP)
        _ = try terminal.waitForExit()
        let transcript = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".transcript")
        #expect(transcript.contains("\tanswer\tdps_leader\tdps\tenhetsleder\n"))
    }

    /// The same typing through a pipe gives the same plan, byte for byte,
    /// and the same transcript but for the clock.
    @Test func pipeAndTerminalGiveTheSameResult() throws {
        let viaTerminal = TempFolder.make()
        let terminal = try start(in: viaTerminal)
        try terminal.type(Typed.norwegian)
        #expect(try terminal.waitForExit() == 0)
        let viaPipe = TempFolder.make()
        let run = try PipeRun.run([], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: viaPipe)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Alle spørsmålene er besvart. Takk!"))
        let a = SessionFiles(folder: viaTerminal + "/Transcripts"), b = SessionFiles(folder: viaPipe + "/Transcripts")
        #expect(a.names() == b.names())
        #expect(try a.text(ending: ".plan.txt") == b.text(ending: ".plan.txt"))
        func timeless(_ text: String) -> [String] {
            text.split(separator: "\n").filter { !$0.hasPrefix("started\t") }.map { line in
                line.first?.isNumber == true ? String(line.drop { $0 != "\t" }) : String(line)
            }
        }
        #expect(timeless(try a.text(ending: ".transcript")) == timeless(try b.text(ending: ".transcript")))
    }

    @Test func colourOnATerminalButNeverWithNoColor() throws {
        let coloured = try start()
        try coloured.expect("\u{1B}[1m")
        try leave(coloured)
        let plain = try PseudoTerminal.samplan(environment: ["NO_COLOR=1"])
        try plain.expect("› ")
        plain.send("2\r")
        try plain.expect("[2/")
        try plain.expect("› ")
        plain.send("DPS Øst\r")
        try plain.expect("[3/")
        try leave(plain)
        // libedit may move the cursor, but no colour (SGR) sequence appears.
        #expect(plain.screen.firstMatch(of: /\u{1B}\[[0-9;]*m/) == nil)
    }

    /// A valid fødselsnummer typed in several forms is refused each time,
    /// and its digits are in no file samplan wrote.
    @Test func identityNumberNeverReachesAFile() throws {
        let folder = TempFolder.make()
        let terminal = try start(in: folder)
        for attempt in ["DPS Øst 31129956715", "DPS Øst, 311299 56715", "/endre 31129956715"] {
            try terminal.expect("› ")
            terminal.send(attempt + "\r")
            try terminal.expect("fødselsnummer eller D-nummer")
        }
        try terminal.type(["2", "DPS Øst", "NAV Sagene", "pasient 301082-99939 ønsker jobb", "felles mål", ""])
        try terminal.expect("[5/")
        try leave(terminal)
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder)
        #expect(written.filter { $0.hasSuffix(".transcript") || $0.hasSuffix(".plan.txt") }.count == 2)
        for path in written {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))) ?? Data()
            let text = String(decoding: bytes, as: UTF8.self)
            for needle in ["31129956715", "311299", "56715", "301082", "99939"] {
                #expect(!text.contains(needle), "\(path) contains \(needle)")
            }
        }
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
        let run = try PipeRun.run([], input: "2\nblåbær – ø\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ blåbær – ø"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour codes when not a terminal")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        // "Blåb" with the å's two bytes replaced by one invalid byte.
        let run = try PipeRun.run([], bytes: Array("2\n".utf8) + [0x42, 0x6C, 0xFF, 0x62, 0x0A])
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ Bl\u{FFFD}b"))
    }

    @Test func checkBuiltinRulesFromAnyDirectory() throws {
        let run = try PipeRun.run(["check", "--lang", "en"], input: "", directory: "/")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("dps-nav "))
        #expect(run.stdout.hasSuffix("languages: nb, en\n"))
    }

    /// The built-in rules, listed and chosen by name; a session with the
    /// municipality rules saves their own agreement.
    @Test func builtInRulesAreListedAndChosenByName() throws {
        let list = try PipeRun.run(["check", "--list", "--lang", "en"], input: "", directory: "/")
        #expect(list.status == 0)
        #expect(
            list.stdout == """
                dps-nav      3.3.1  Cooperation agreement between a DPS and NAV
                kommune-nav  1.3.1  Cooperation agreement between the municipal mental health service and NAV

                """)
        let check = try PipeRun.run(["check", "kommune-nav", "--lang", "en"], input: "", directory: "/")
        #expect(check.status == 0 && check.stdout.hasPrefix("kommune-nav 1.3.1: 12 sections, 20 questions"))
        let folder = TempFolder.make()
        let typed = try String(contentsOf: Golden.repository.appendingPathComponent("Tests/Shared/kommune-nav/typed.nb.txt"), encoding: .utf8)
        let run = try PipeRun.run(["new", "--rules", "kommune-nav"], input: typed, directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("[20/20] Tiltak"))
        let files = SessionFiles(folder: folder + "/Transcripts")
        let plan = try files.text(ending: ".plan.txt")
        #expect(plan.hasPrefix("SAMARBEIDSAVTALE\nRask psykisk helsehjelp, Nordre Aasen kommune\nNAV Nordre Aasen\n"))
        #expect(plan.hasSuffix("Laget med samplan (kommune-nav 1.3.1).\n"))
        // Rebuilt from the transcript, with the rules and templates it names.
        let again = try PipeRun.run(["plan", try files.one(ending: ".transcript")], input: "")
        #expect(again.stdout == plan)
        let unknown = try PipeRun.run(["check", "kommune-dps", "--lang", "en"], input: "", directory: "/")
        #expect(unknown.status == 66, "not a built-in name, not a file")
    }

    @Test func checkReportsBrokenRulesWithExit65() throws {
        let path = "/tmp/samplan-check-\(UInt32.random(in: 0...UInt32.max)).yaml"
        try "format: 1\nid: Bad\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["check", "--lang", "en", path], input: "")
        #expect(run.status == 65)
        #expect(
            run.stderr.contains(
                "\(path):2:5: invalid id 'Bad'; use lower-case letters, digits, '_' and '-', starting with a letter\nid: Bad\n    ^\n"))
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
