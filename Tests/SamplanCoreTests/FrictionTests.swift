import Testing

@testable import SamplanCore

/// Less friction at the table (issue 33), through the pure driver: a
/// realistic pair, dates picked by number, `/tiltak` after `/tilbake`,
/// Tab on an owner.
struct FrictionTests {
    typealias Drive = SessionDriverTests

    /// A driver whose today is the day the realistic pair sat down.
    static func driver(today: LocalDate = LocalDate(iso: "2026-12-07")!) throws -> SessionDriver {
        let interview = Interview(rules: try BuiltinRules.load(), language: .nb)
        return SessionDriver(
            interview: interview, screen: ScreenWriter(width: { 80 }, colour: false), state: interview.start(today: today),
            planRenderer: .builtin(.nb))
    }

    /// Types each line; returns the lines refused (a refusal shown, or an
    /// answer the engine found invalid or blocked) and the screen.
    @discardableResult
    static func type(_ lines: [String], into driver: inout SessionDriver) -> (refused: [String], screen: String) {
        var refused: [String] = []
        var screen = ""
        for line in lines {
            guard let ask = driver.ask(into: &screen) else { break }
            screen += ask.prompt + line + "\n"
            switch driver.handle(line, into: &screen) {
            case .shown: if !line.hasPrefix("/") && !driver.isInActionDialogue { refused.append(line) }
            case .record(let step):
                if step.events.contains(where: { if case .invalid = $0 { true } else if case .blocked = $0 { true } else { false } }) {
                    refused.append(line)
                }
                driver.accept(step, into: &screen)
            case .save, .quit: break
            }
        }
        return (refused, screen)
    }

    /// DPS Kongsvinger and NAV Kongsvinger, typing as they would: «månedlig»,
    /// «mandag», «4-6 timer», «ca. 5», «om et halvår», «innen jul», «i vår»
    /// then its number, «i januar». Before issue 33 nine of these lines
    /// were refused; now two are, and the session ends with its plan.
    @Test func aRealisticPairIsRefusedAtMostThreeTimes() throws {
        var driver = try Self.driver()
        let lines = Drive.shared("kongsvinger.nb.txt")
        let (refused, screen) = Self.type(lines, into: &driver)
        #expect(refused == ["innen to dager", "Hospitering for to behandlere på NAV-kontoret ; fagkoordinator ; i vår"], "\(refused)")
        #expect(refused.count <= 3)
        var rest = ""
        #expect(driver.ask(into: &rest) == nil, "finished: \(screen.suffix(600))")
        let actions = driver.interview.actions(driver.state)
        #expect(actions.map(\.date?.description) == ["2026-12-23", "2027-04-30", "2027-01-29"])
        #expect(actions.map(\.id) == [1, 2, 3])
        let answers = driver.interview.answers(driver.state)
        #expect(answers["meeting_frequency"] == .choice(["monthly"]))
        #expect(answers["first_meeting"] == .date(LocalDate(iso: "2026-12-14")!))
        #expect(answers["dps_hours"] == .number(4) && answers["nav_hours"] == .number(5))
        #expect(answers["review_date"] == .date(LocalDate(iso: "2027-06-07")!))
    }

    /// A date that may mean several is offered as dates; the next line may
    /// be just the number of one, at a question and at the closing.
    @Test func aVagueDateIsPickedByNumber() throws {
        var driver = try Self.driver()
        let lines = Drive.shared("kongsvinger.nb.txt")
        // Up to the review date, then «i vår» and 2.
        let review = try #require(lines.firstIndex(of: "om et halvår"))
        Self.type(Array(lines.prefix(review)), into: &driver)
        #expect(driver.state.current == "review_date")
        var out = ""
        _ = driver.ask(into: &out)
        out = ""
        guard case .record(let refused) = driver.handle("i vår", into: &out) else {
            Issue.record("«i vår» went nowhere")
            return
        }
        driver.accept(refused, into: &out)
        #expect(
            out.replacing("\n  ", with: " ").contains("1) onsdag 31.03.2027, 2) fredag 30.04.2027, 3) mandag 31.05.2027. Skriv nummeret"), "\(out)")
        out = ""
        guard case .record(let picked) = driver.handle("2", into: &out) else {
            Issue.record("«2» went nowhere")
            return
        }
        #expect(picked.records.contains(.input(.line("30.04.2027"))), "the record holds the date, not the number")
        driver.accept(picked, into: &out)
        #expect(out.hasPrefix("  ✓ fredag 30.04.2027"), "\(out)")
        // At the closing: the line is not typed again.
        out = ""
        _ = driver.ask(into: &out)
        _ = driver.handle("Hospitering ; fagkoordinator ; før sommeren", into: &out)
        _ = driver.handle("Hospitering ; fagkoordinator ; i vår", into: &out)
        guard case .record(let added) = driver.handle("3", into: &out) else {
            Issue.record("«3» went nowhere: \(out)")
            return
        }
        driver.accept(added, into: &out)
        #expect(driver.interview.actions(driver.state).last?.date == LocalDate(iso: "2027-05-31"))
        // A number is a pick only right after the dates were offered.
        out = ""
        _ = driver.handle("3", into: &out)
        #expect(driver.interview.actions(driver.state).count == 1, "«3» alone is no action: \(out)")
    }

    /// After dates are offered at the closing: a number out of range or
    /// «2.» or another date or a command between — never a stray action;
    /// and a pick for `/tiltak N frist i vår` changes that action.
    @Test func whatIsTypedAfterAnOfferIsNeverAStrayAction() throws {
        var driver = try Self.driver()
        let lines = Drive.shared("kongsvinger.nb.txt")
        let closing = try #require(lines.firstIndex { $0.hasPrefix("Presentere") })
        Self.type(Array(lines.prefix(closing + 1)), into: &driver)
        func run(_ line: String) -> String {
            var out = ""
            _ = driver.ask(into: &out)
            out = ""
            if case .record(let step) = driver.handle(line, into: &out) { driver.accept(step, into: &out) }
            return out.replacing("\n  ", with: " ")
        }
        _ = run("Hospitering ; fagkoordinator ; om 2-3 uker")
        #expect(run("3").contains("kan bety flere datoer"), "3 of 2 dates: offered again")
        #expect(run("/liste").contains("Tiltakene så langt"))
        #expect(run("2.").contains("✓ 2. Hospitering — fagkoordinator — 28.12.2026"))
        _ = run("Kurs ; NAV-leder ; i vår")
        #expect(run("15.04.2027").contains("✓ 3. Kurs — NAV-leder — 15.04.2027"), "another date, into the line")
        _ = run("/tiltak 1 frist i vår")
        #expect(run("2").contains("✓ 1. Presentere NAV-kontoret på personalmøtet på DPS-et — NAV-veileder — 30.04.2027"))
        #expect(driver.interview.actions(driver.state).map(\.what) == ["Presentere NAV-kontoret på personalmøtet på DPS-et", "Hospitering", "Kurs"])
    }

    /// A session recorded before 0.4 numbers by deadline, the first meeting
    /// too: its number gets a message, not silence, and its follow-up
    /// numbers the actions as the plan did.
    @Test func aPlanFromBefore04KeepsItsNumbersInSessionAndFollowUp() throws {
        var driver = try Self.driver()
        let lines = Drive.shared("kongsvinger.nb.txt")
        let closing = try #require(lines.firstIndex { $0.hasPrefix("Presentere") })
        Self.type(Array(lines.prefix(closing + 1)), into: &driver)
        var state = driver.state
        state.actionNumbering = .byDeadline
        var old = SessionDriver(
            interview: driver.interview, screen: ScreenWriter(width: { 200 }, colour: false), state: state, planRenderer: .builtin(.nb))
        var out = ""
        _ = old.ask(into: &out)
        out = ""
        // The first meeting (14.12) is 1 by deadline, the action (23.12) 2.
        _ = old.handle("/fjern 1", into: &out)
        #expect(out == "  Det første møtet har ikke et tiltaksnummer; det endrer dere med /endre 13.\n", "\(out)")
        let history = try FollowupTests.history()
        var session = history.session
        session.actionNumbering = .byDeadline
        let legacy = PlanHistory(rules: history.rules, language: .nb, session: session)
        let pass = legacy.start(on: LocalDate(iso: "2027-01-20")!, language: .nb, asking: .builtin)
        #expect(pass.state.actionNumbering == .byDeadline)
    }

    /// `/tiltak` right after advice offers its step, also after going back
    /// to it with `/tilbake`.
    @Test func theAdvicesStepIsOfferedAfterGoingBack() throws {
        var driver = try Self.driver()
        let (_, first) = Self.type(["nei"], into: &driver)
        #expect(first.contains("Skriv /tiltak for å gjøre dette til et tiltak: «Invitere kommunens psykisk"), "\(first)")
        Self.type(["", "DPS Kongsvinger", "/tilbake", "/tilbake"], into: &driver)
        #expect(driver.state.current == "municipality_at_table" || driver.interview.answers(driver.state).applicable.first == driver.state.current)
        var out = ""
        _ = driver.ask(into: &out)
        out = ""
        _ = driver.handle("/tiltak", into: &out)
        #expect(out.contains("Nytt tiltak"))
        out = ""
        _ = driver.ask(into: &out)
        #expect(out.replacing("\n  ", with: " ").contains("Forslag: «Invitere kommunens psykisk helse- og rustjeneste til et av møtene»"), "\(out)")
    }

    /// Tab at an owner offers the positions given as positions: not «vet
    /// ikke, må sjekke med juristen», not a person's name.
    @Test func tabOnAnOwnerOffersOnlyPositions() throws {
        var driver = try Self.driver()
        let lines = Drive.shared("kongsvinger.nb.txt")
        let closing = try #require(lines.firstIndex { $0.hasPrefix("Presentere") })
        Self.type(Array(lines.prefix(closing)), into: &driver)
        Self.type(["Avklare taushetsplikten ; vet ikke, må sjekke med juristen ; innen jul", "Ringe NAV ; Kari Nordmann ; innen jul"], into: &driver)
        var out = ""
        _ = driver.ask(into: &out)
        _ = driver.handle("/tiltak", into: &out)
        _ = driver.handle("Lage kontaktliste", into: &out)
        let asked = driver.ask(into: &out)
        let ask = try #require(asked)
        #expect(ask.prompt == "Tiltak · ansvarlig › ")
        #expect(
            ask.completer("") == [
                "avdelingssjef", "NAV-leder", "fagkoordinator for arbeid og helse", "veileder med ansvar for helse og arbeid",
                "overlegen / NAVs jurist",
            ])
        #expect(ask.completer("v") == ["veileder med ansvar for helse og arbeid"])
    }
}
