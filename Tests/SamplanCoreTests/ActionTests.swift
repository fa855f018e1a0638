import Foundation
import Testing

@testable import SamplanCore

/// Advice becomes an action, and actions can be changed (issue 20): whole
/// sessions through the driver, lines in and the exact screen and plan out.
struct ActionTests {
    typealias Drive = SessionDriverTests

    /// Three pieces of advice and one open question become actions at the
    /// table; the closing asks only the deadline one of them lacks.
    static let script = Drive.shared("actions/typed.nb.txt")

    static func finishedSession() throws -> (driver: SessionDriver, screen: String, records: [TranscriptRecord.Event]) {
        var driver = try Drive.driver(.nb)
        let (screen, records, outcomes) = Drive.type(script, into: &driver)
        #expect(!outcomes.contains("quit"))
        return (driver, screen, records)
    }

    @Test func adviceAndAnOpenQuestionBecomeActionsAndThePlanLinksThem() throws {
        var (driver, screen, records) = try Self.finishedSession()
        var rest = ""
        #expect(driver.ask(into: &rest) == nil, "finished: \(rest)")
        let actions = driver.interview.actions(driver.state)
        #expect(
            actions.map(\.source) == [
                .advice("no-ips"), .advice("not-knowing-each-other"), .advice("production-targets"),
                .question("offices_covered"), nil, nil,
            ])
        // The closing asked only the deadline that was missing.
        #expect(screen.contains("Tiltak 3, «Ta opp produksjonskravene i ledermøtet», mangler en frist."), "\(screen.suffix(2000))")
        // The proposed text and the NAV contact kept with Enter.
        #expect(actions[0].what == "Finne ut om det finnes IPS i området")
        #expect(actions[0].owner == "NAV-veileder for helse og arbeid")
        #expect(actions[0].date == Drive.today.adding(days: 28))
        // A new text replaces the proposal; the closing filled the deadline.
        #expect(actions[2].what == "Ta opp produksjonskravene i ledermøtet")
        #expect(actions[2].date == LocalDate(iso: "2027-02-01"))
        #expect(actions.map(\.id) == [1, 2, 3, 4, 5, 6])
        // The open question was left for later, with an action to settle it.
        #expect(driver.state.isSkipped("offices_covered"))
        #expect(actions[3].what.hasPrefix("Avklare: "))
        // One record per change, each an input the engine replays.
        let edits = records.compactMap { if case .input(.action(let edit)) = $0 { edit } else { nil } }
        #expect(edits.count == 7, "four at the questions, two typed at the closing, one deadline it asked for")
        let plan = driver.plan()
        #expect(plan.contains("→ tiltak"))
        try Golden.check(screen, against: "actions.session.nb.txt")
        try Golden.check(plan, against: "actions.nb.plan.txt")
    }

    @Test func replayAndResumeRebuildTheSameList() throws {
        let (driver, _, records) = try Self.finishedSession()
        // Through the transcript's line form and back, as resume reads it.
        let inputs = records.compactMap { event -> SessionInput? in
            let line = TranscriptRecord(time: 0, event).line
            guard case .input(let input)? = TranscriptRecord(line: line)?.event else { return nil }
            return input
        }
        let interview = driver.interview
        let replayed = interview.replay(inputs, today: Drive.today)
        #expect(interview.actions(replayed) == interview.actions(driver.state))
        #expect(replayed == driver.state)
    }

    /// Left at the closing with actions made (so its question has an
    /// answer): resume goes on there, not to the end.
    @Test func resumeGoesOnAtTheClosing() throws {
        var driver = try Drive.driver(.nb)
        // The script up to the closing, and one action typed there.
        let lines = Array(Self.script.dropLast(5)) + ["Hospitering på NAV-kontoret ; avdelingsleder ; 01.03.2027"]
        let (_, records, _) = Drive.type(lines, into: &driver)
        #expect(driver.state.current == "actions")
        let inputs = records.compactMap { if case .input(let input) = $0 { input } else { nil } }
        let resumed = driver.interview.resumePoint(driver.interview.replay(inputs, today: Drive.today))
        #expect(resumed.current == "actions")
        #expect(driver.interview.actions(resumed) == driver.interview.actions(driver.state))
    }

    /// A driver at the closing question with the scripted actions.
    static func atTheClosing() throws -> SessionDriver {
        var driver = try Drive.driver(.nb)
        // Before the two actions typed there, the Enter and the deadline it asks for.
        Drive.type(Array(script.dropLast(5)), into: &driver)
        #expect(driver.state.current == "actions")
        return driver
    }

    static func run(_ line: String, _ driver: inout SessionDriver) -> (String, String) {
        var out = ""
        _ = driver.ask(into: &out)
        out = ""
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
        // Lines the screen wrapped at 80 columns, joined again.
        return (outcome, out.replacing("\n  ", with: " "))
    }

    /// An action keeps the number it was given through every edit: on
    /// screen, in the commands, in the records and in the plan, however
    /// its deadline moves it down the list (issue 33).
    @Test func anActionEditedThreeTimesKeepsItsNumber() throws {
        var driver = try Self.atTheClosing()
        let before = driver.interview.actions(driver.state)
        // Listed by deadline, each with its own number: the first meeting
        // (no number: it is changed at its question), 4 the open question
        // (14.12), 1 IPS (21.12), 2 (15.02), 3 without a date.
        let (_, list) = Self.run("/liste", &driver)
        #expect(
            list == "Tiltakene så langt, sortert etter frist: – Første faste møte — fagkoordinator for arbeid og psykisk helse — 07.12.2026 ► "
                + "4. Avklare: hvilke NAV-kontorer i opptaksområdet avtalen gjelder — fagkoordinator for arbeid og psykisk helse — 14.12.2026 "
                + "1. Finne ut om det finnes IPS i området — NAV-veileder for helse og arbeid — 21.12.2026 "
                + "2. Presentere tjenestene på hverandres personalmøter — fagkoordinator for arbeid og psykisk helse — 15.02.2027 "
                + "3. Ta opp produksjonskravene i ledermøtet — enhetsleder — ikke satt "
                + "Det første møtet har ikke et tiltaksnummer; det endrer dere med /endre 13.\n", "\(list)")
        var records: [TranscriptRecord.Event] = []
        func run(_ line: String) -> (String, String) {
            var out = ""
            _ = driver.ask(into: &out)
            out = ""
            switch driver.handle(line, into: &out) {
            case .record(let step):
                records += step.records
                driver.accept(step, into: &out)
                return ("record", out.replacing("\n  ", with: " "))
            default: return ("shown", out.replacing("\n  ", with: " "))
            }
        }
        // 1: a deadline after action 2's; it moves down the list, keeps its number.
        #expect(
            run("/tiltak 1 frist 01.03.2027") == (
                "record", "  ✓ 1. Finne ut om det finnes IPS i området — NAV-veileder for helse og arbeid — 01.03.2027\n"
            ))
        // 2: field by field, the number the same in the dialogue.
        #expect(run("/tiltak 1") == ("shown", "  Endre tiltak 1. Enter beholder det som står; en kommando avbryter.\n"))
        #expect(
            run("Søke om IPS sammen med kommunen") == (
                "record", "  ✓ 1. Søke om IPS sammen med kommunen — NAV-veileder for helse og arbeid — 01.03.2027\n"
            ))
        #expect(run("NAV-leder") == ("record", "  ✓ 1. Søke om IPS sammen med kommunen — NAV-leder — 01.03.2027\n"))
        #expect(run("").0 == "shown", "date kept, the dialogue ends")
        // 3: the English field name works in Norwegian too, and still names action 1.
        #expect(run("/tiltak 1 due 15.03.2027") == ("record", "  ✓ 1. Søke om IPS sammen med kommunen — NAV-leder — 15.03.2027\n"))
        let after = driver.interview.actions(driver.state)
        #expect(after[0].id == before[0].id && after[0].what == "Søke om IPS sammen med kommunen" && after[0].owner == "NAV-leder")
        #expect(after.dropFirst() == before.dropFirst(), "the others unchanged")
        // Every record names the action by that number.
        let edited = records.compactMap { if case .input(.action(.change(let id, _))) = $0 { id } else { nil } }
        #expect(edited == [1, 1, 1, 1])
        // The list, last by deadline now, still says 1; so does the plan.
        #expect(Self.run("/liste", &driver).1.contains("3. Ta opp produksjonskravene i ledermøtet — enhetsleder — ikke satt"))
        #expect(Self.run("/liste", &driver).1.contains(" 1. Søke om IPS sammen med kommunen — NAV-leder — 15.03.2027 3. "))
        #expect(driver.plan().contains(" 1   15.03.2027  NAV-leder"), "\(driver.plan())")
        // /fjern and /først name the same actions after the edits.
        #expect(Self.run("/først 1", &driver) == ("record", "  ► Tiltak 1, «Søke om IPS sammen med kommunen», er første steg.\n"))
    }

    @Test func anActionIsRemovedAndAnotherMarkedAsTheFirstStep() throws {
        var driver = try Self.atTheClosing()
        let before = driver.interview.actions(driver.state)
        #expect(Self.run("/fjern 2", &driver) == ("record", "  ✓ Fjernet: «\(before[1].what)»\n"))
        #expect(driver.interview.actions(driver.state).map(\.id) == [1, 3, 4])
        // The numbers left are the same actions as before; 2 is not reused.
        #expect(Self.run("/først 2", &driver).1 == "  Det finnes ikke noe tiltak 2; tiltakene har numrene 1, 3 og 4. /liste viser dem.\n")
        #expect(Self.run("/først 1", &driver) == ("record", "  ► Tiltak 1, «Finne ut om det finnes IPS i området», er første steg.\n"))
        let first = FirstStep.of(driver.interview.answers(driver.state), rules: driver.interview.rules, language: .nb)
        #expect(first?.what == "Finne ut om det finnes IPS i området")
        #expect(driver.plan().contains(" 1 ► 21.12.2026  NAV-veileder for"), "the plan marks it")
        #expect(!driver.plan().contains(" ► 07.12.2026"), "the first meeting is no longer marked")
    }

    @Test func backAndEditNeverLoseAnAction() throws {
        var driver = try Self.atTheClosing()
        let before = driver.interview.actions(driver.state)
        #expect(Self.run("/tilbake", &driver).0 == "record")
        #expect(Self.run("/endre 12", &driver).0 == "record")
        #expect(Self.run("1, 2, 3, 4", &driver).0 == "record", "the IPS answer changed: the advice no longer holds")
        #expect(driver.interview.actions(driver.state) == before, "the action made from it stays")
        // An edit to the list while away from the closing is kept too.
        #expect(Self.run("/fjern 9", &driver).1.hasPrefix("  Det finnes ikke noe tiltak 9; tiltakene har numrene 1, 2, 3 og 4."))
        #expect(driver.interview.actions(driver.state) == before)
    }

    /// Bad input gets a clear message and the list stays as it was.
    @Test func badInputLeavesTheListUnchanged() throws {
        var driver = try Self.atTheClosing()
        let before = driver.interview.actions(driver.state)
        #expect(
            Self.run("/tiltak 9", &driver) == ("shown", "  Det finnes ikke noe tiltak 9; tiltakene har numrene 1, 2, 3 og 4. /liste viser dem.\n"))
        #expect(Self.run("/fjern 0", &driver) == ("shown", "  Det finnes ikke noe tiltak 0; tiltakene har numrene 1, 2, 3 og 4. /liste viser dem.\n"))
        #expect(Self.run("/først", &driver) == ("shown", "  Skriv /først og nummeret på tiltaket, for eksempel /først 1. /liste viser tiltakene.\n"))
        #expect(Self.run("/tiltak 3 farge", &driver) == ("shown", "  Et tiltak har ikke noe felt «farge». Velg hva, ansvarlig eller frist.\n"))
        #expect(Self.run("/tiltak 3 frist 01.11.2026", &driver) == ("shown", "  Fristen for et tiltak må være i dag eller senere.\n"))
        #expect(Self.run("/tiltak 3 frist snart", &driver).1.hasPrefix("  Fristen «snart» er ikke en dato."))
        // A new action: a 2,000-character text and an identity number are refused at the prompt.
        #expect(Self.run("/tiltak", &driver).0 == "shown")
        #expect(Self.run(String(repeating: "x", count: 2_001), &driver).1.hasPrefix("  Svaret er for langt (mer enn 2000 tegn)."))
        #expect(Self.run("Ringe om 01019012480", &driver).1.hasPrefix("  Svaret ser ut til å inneholde et fødselsnummer"))
        #expect(Self.run("/avbryt", &driver) == ("shown", "  Avbrutt. Tiltakene er uendret.\n"))
        #expect(driver.interview.actions(driver.state) == before)
        // The engine refuses an edit of an action that does not exist (an edited transcript).
        let (_, events) = driver.interview.step(driver.state, .action(.remove(id: 42)))
        #expect(events == [.noSuchAction(id: 42)])
    }

    @Test func theClosingAsksOnlyWhatIsMissing() throws {
        var driver = try Drive.driver(.nb)
        // The weak pair's two actions lack deadlines and one a position.
        let weak = Array(Drive.norwegian.prefix(28)) + ["Snakke med lederne", "Lage kontaktliste ; NAV-veileder", ""]
        let (screen, _, _) = Drive.type(weak, into: &driver)
        #expect(screen.hasSuffix("[26/26] Tiltak · begge › \n"), "Enter asks what is missing: \(screen.suffix(400))")
        var out = ""
        let ask = driver.ask(into: &out)
        #expect(out.contains("Tiltak 1, «Snakke med lederne», mangler en ansvarlig stilling."), "\(out)")
        #expect(ask?.prompt == "Tiltak · ansvarlig › ")
        // Tab offers the positions named so far, æøå and all.
        #expect(ask?.completer("fagk") == ["fagkoordinator for arbeid og psykisk helse"])
        _ = driver.handle("", into: &out)  // left open
        out = ""
        #expect(driver.ask(into: &out)?.prompt == "Tiltak · frist › ", "then its deadline: \(out)")
    }
}
