import Foundation
import Testing

@testable import SamplanCore

/// Whole sessions and each slash command through the pure driver, in
/// process: lines in, the exact screen text out (issue 18).
struct SessionDriverTests {
    static let today = LocalDate(iso: "2026-11-23")!

    /// A driver over the built-in rules at 80 columns, without colour.
    static func driver(_ language: Language) throws -> SessionDriver {
        let interview = Interview(rules: try BuiltinRules.load(), language: language)
        return SessionDriver(
            interview: interview, screen: ScreenWriter(width: { 80 }, colour: false),
            state: interview.start(today: today), planRenderer: .builtin(language))
    }

    /// Types each line at its prompt as a piped session shows it (prompt,
    /// then the line), taking every step as if its records were durable.
    /// Returns the screen and what the steps would have recorded.
    @discardableResult
    static func type(_ lines: [String], into driver: inout SessionDriver) -> (screen: String, records: [TranscriptRecord.Event], outcomes: [String]) {
        var screen = ""
        var records: [TranscriptRecord.Event] = []
        var outcomes: [String] = []
        for line in lines {
            guard let ask = driver.ask(into: &screen) else { break }
            screen += ask.prompt + line + "\n"
            switch driver.handle(line, into: &screen) {
            case .shown: outcomes.append("shown")
            case .record(let step):
                records += step.records
                driver.accept(step, into: &screen)
                outcomes.append("record")
            case .save: outcomes.append("save")
            case .quit: outcomes.append("quit")
            }
        }
        return (screen, records, outcomes)
    }

    /// The lines the end-to-end tests type too (Tests/Shared).
    static let norwegian = typed("nb")
    static let english = typed("en")

    static func typed(_ language: String) -> [String] { shared("typed.\(language).txt") }

    /// The lines of a file under Tests/Shared, one typed line each.
    static func shared(_ path: String) -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Shared/" + path)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// A whole session in each language: every question asked, the exact
    /// screen as a golden, and the session finished.
    @Test(arguments: [Language.nb, .en])
    func aWholeSession(_ language: Language) throws {
        var driver = try Self.driver(language)
        let (screen, records, outcomes) = Self.type(language == .nb ? Self.norwegian : Self.english, into: &driver)
        var rest = ""
        #expect(driver.ask(into: &rest) == nil, "finished")
        #expect(driver.state.isFinished)
        #expect(!outcomes.contains("shown"), "every line was taken")
        let answered = records.filter { if case .answered = $0 { true } else { false } }.count
        // The actions are recorded one by one as they are typed, not as an answer.
        #expect(driver.interview.answers(driver.state).answeredCount == 26 && answered == 25)
        #expect(driver.parties?.first == (language == .nb ? "DPS Nordre Aasen" : "Nordre Aasen DPS"))
        try Golden.check(screen, against: "session.\(language.rawValue).txt")
    }

    /// What each slash command shows, exactly, at the first questions.
    @Test func eachSlashCommandInBokmal() throws {
        var driver = try Self.driver(.nb)
        var screen = ""
        _ = driver.ask(into: &screen)
        func run(_ line: String) -> (String, String) {
            var out = ""
            let outcome =
                switch driver.handle(line, into: &out) {
                case .shown: "shown"
                case .record(let step):
                    {
                        driver.accept(step, into: &out); return "record"
                    }()
                case .save: "save"
                case .quit: "quit"
                }
            return (outcome, out)
        }
        #expect(run("/tilbake") == ("record", "  Dette er det første spørsmålet.\n"))
        #expect(
            run("/hvorfor") == (
                "shown",
                """
                  Hvorfor vi spør: På samlingene til Rådet for psykisk helse satt ansatte fra
                  et DPS og et tilgrensende NAV-kontor ved samme bord og ble oppfordret til å
                  lage en handlingsplan for samarbeidet. Denne avtalen lages på samme måte. —
                  Rådet for psykisk helse 2017

                """
            ))
        #expect(run("/hjelp").1 == SessionHelp.lines(.nb, width: 77).map { "  " + $0 }.joined(separator: "\n") + "\n")
        #expect(run("/endre") == ("shown", "  Skriv /endre og nummeret på spørsmålet, for eksempel /endre 3.\n"))
        #expect(run("/endre 99") == ("record", "  Det finnes ikke noe spørsmål 99; velg 1–26.\n"))
        #expect(run("/finnesikke") == ("shown", "  Ukjent kommando «/finnesikke». Skriv /hjelp for å se kommandoene.\n"))
        #expect(run("/lagre").0 == "save")
        #expect(run("/avslutt").0 == "quit")
        #expect(run("/hopp") == ("record", "  (hoppet over)\n"))
        var next = ""
        _ = driver.ask(into: &next)
        #expect(next.hasPrefix("\nHvilket DPS og hvilken enhet"), "\(next)")
        let (status, shown) = run("/status")
        #expect(status == "shown")
        #expect(shown.hasPrefix("Status:\n  ○ Felles behov og gjensidig innsats — åpent\n"), "\(shown)")
        let (_, plan) = run("/plan")
        #expect(plan.hasPrefix("\n  UTKAST: Økten ble avsluttet før alle spørsmålene var stilt."), "\(plan.prefix(80))")
        #expect(
            run("01.01.90 12480") == (
                "shown",
                """
                  Svaret ser ut til å inneholde et fødselsnummer eller D-nummer. Avtalen
                  handler om samarbeidet mellom tjenestene, ikke om enkeltpersoner, så samplan
                  tar ikke vare på slike nummer. Skriv svaret uten nummeret.

                """
            ))
        #expect(run(String(repeating: "x", count: 2_001)).1.hasPrefix("  Svaret er for langt (mer enn 2000 tegn)."))
        #expect(run("/tilbake") == ("record", ""), "back to the first question")
        var first = ""
        _ = driver.ask(into: &first)
        #expect(first.contains("Sitter noen fra kommunen"), "\(first)")
    }

    @Test func eachSlashCommandInEnglish() throws {
        var driver = try Self.driver(.en)
        var screen = ""
        _ = driver.ask(into: &screen)
        var out = ""
        guard case .shown = driver.handle("/why", into: &out) else { Issue.record("why"); return }
        #expect(out.hasPrefix("  Why we ask: "))
        out = ""
        guard case .shown = driver.handle("/edit", into: &out) else { Issue.record("edit"); return }
        #expect(out == "  Type /edit and the question's number, for example /edit 3.\n")
        out = ""
        guard case .shown = driver.handle("/nope", into: &out) else { Issue.record("unknown"); return }
        #expect(out == "  Unknown command “/nope”. Type /help to see the commands.\n")
        out = ""
        guard case .shown = driver.handle("/help", into: &out) else { Issue.record("help"); return }
        #expect(out.hasPrefix("  Commands:\n    /help, ?     this help\n"))
        guard case .quit = driver.handle("/quit", into: &out), case .save = driver.handle("/save", into: &out) else {
            Issue.record("quit, save")
            return
        }
    }

    /// Replay feeds recorded inputs straight in and ends where the
    /// session did, with the same screen as the live steps.
    @Test func replayingTheRecordedInputsShowsTheSameSession() throws {
        var live = try Self.driver(.nb)
        let (screen, records, _) = Self.type(Self.norwegian, into: &live)
        let inputs = records.compactMap { if case .input(let input) = $0 { input } else { nil } }
        var replayed = try Self.driver(.nb)
        var shown = ""
        for input in inputs {
            guard let ask = replayed.ask(into: &shown) else { break }
            // The actions were typed as «what ; position ; dd.mm.yyyy».
            let typed: String =
                switch input {
                case .line(let text): text
                case .action(.add(let item)): [item.what, item.owner ?? "", item.date?.norwegian ?? ""].joined(separator: " ; ")
                default: ""
                }
            shown += ask.prompt + typed + "\n"
            replayed.replay(input, into: &shown)
        }
        #expect(replayed.state.isFinished)
        #expect(replayed.plan() == live.plan())
        #expect(shown == screen)
    }

    /// A step is not taken until accepted: a refused write leaves the
    /// question where it was.
    @Test func aStepNotAcceptedChangesNothing() throws {
        var driver = try Self.driver(.nb)
        Self.type(["2"], into: &driver)
        var out = ""
        _ = driver.ask(into: &out)
        guard case .record(let step) = driver.handle("DPS Øst", into: &out) else { Issue.record("no step"); return }
        #expect(step.records.contains { if case .answered(question: "dps_unit", _, "DPS Øst") = $0 { true } else { false } })
        #expect(driver.state.current == "dps_unit")
        driver.accept(step, into: &out)
        #expect(driver.state.current == "nav_office")
    }
}
