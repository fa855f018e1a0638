import Foundation
import Testing

@testable import SamplanCore

/// The follow-up weeks later (issue 21): each action's status, what stood
/// in the way, a new date, the first meeting, the next follow-up and new
/// actions, through the same driver as the session; then a second.
struct FollowupTests {
    typealias Drive = SessionDriverTests

    /// The session that made seven actions (ActionTests), finished.
    static func history() throws -> PlanHistory {
        let (driver, _, _) = try ActionTests.finishedSession()
        return PlanHistory(rules: driver.interview.rules, language: .nb, session: driver.state)
    }

    /// Types `lines` into a follow-up of `history` on `date`; the pass and the screen.
    static func followUp(_ history: PlanHistory, on date: String, language: Language = .nb, _ lines: [String])
        -> (pass: FollowupPass, screen: String, records: [TranscriptRecord.Event])
    {
        let pass = history.start(on: LocalDate(iso: date)!, language: language, asking: .builtin)
        var driver = SessionDriver(
            interview: pass.interview, screen: ScreenWriter(width: { 80 }, colour: false),
            state: pass.state, planRenderer: .builtin(language))
        let (screen, records, _) = Drive.type(lines, into: &driver)
        return (pass.with(state: driver.state), screen, records)
    }

    /// In table order: 1 the first meeting, 2 «Avklare: …» (id 4), 3 IPS
    /// (id 1), 4 the NAV office's presentation (id 5), 5 production
    /// targets (id 3), 6 each other's staff meetings (id 2), 7 shadowing (id 6).
    static let first = [
        "1",  // 2: done; what it settled
        "Avtalen gjelder bare NAV Sagene",
        "2", "2", "om 6 uker",  // 3: started; time and capacity stood in the way; new date
        "1",  // 4: done
        "3", "",  // 5: not started, not yet due: not asked why; Enter keeps the deadline
        "4", "5, 6", "Personalmøtene er fulle ut våren",  // 6: dropped; why: continuity and something else
        "1",  // 7: done
        "ja",  // the first meeting took place
        "om 3 måneder",  // the next follow-up
        "Søke om midler til IPS ; enhetsleder ; 01.04.2027", "",
    ]

    /// The second, in table order: production targets (id 3), IPS (id 1),
    /// the new action (id 7).
    static let second = [
        "3", "2", "om 4 uker",  // production targets: not started, now overdue
        "1",  // IPS: done
        "2", "6", "Søknadsfristen var ute", "om 2 måneder",  // the new action: started; a Sunday
        "18.06.2027",  // after the day-off advice, a Friday
        "om 6 måneder", "",
    ]

    @Test func aFollowUpAsksAboutEachActionAndRecordsWhatHappened() throws {
        var history = try Self.history()
        let (pass, screen, _) = Self.followUp(history, on: "2027-01-20", Self.first)
        #expect(pass.isFinished, "\(screen.suffix(600))")
        #expect(pass.asked == [4, 1, 5, 3, 2, 6])
        #expect([4, 1, 5, 3, 2, 6].map { pass.status(of: $0)?.id } == ["done", "started", "done", "not_started", "dropped", "done"])
        #expect(pass.barriers(of: 1) == ["capacity"] && pass.barriers(of: 3) == [] && pass.barriers(of: 2) == ["continuity", "other"])
        #expect(pass.otherHindrance(of: 2) == "Personalmøtene er fulle ut våren")
        #expect(pass.result(of: 4) == "Avtalen gjelder bare NAV Sagene" && pass.result(of: 5) == nil)
        #expect(pass.newDate(of: 1) == LocalDate(iso: "2027-03-03") && pass.newDate(of: 3) == LocalDate(iso: "2027-02-01"))
        // Not yet due: not asked what stood in the way; Enter kept the deadline.
        #expect(!screen.contains("Hva sto i veien for «Ta opp produksjonskravene i ledermøtet»?"))
        #expect(screen.contains("Nå: mandag 01.02.2027 — Enter beholder svaret"))
        #expect(screen.contains("Hvorfor ble «Presentere tjenestene på hverandres personalmøter» droppet?"))
        #expect(screen.contains("Ble «Første faste møte» (07.12.2026) holdt?\nSvar ja eller nei."))
        #expect(pass.firstMeetingHeld == true && pass.nextReview == LocalDate(iso: "2027-04-20"))
        #expect(pass.actions.map(\.id) == [1, 2, 3, 4, 5, 6, 7], "the new action gets the next id")
        #expect(
            screen.replacing("\n", with: " ").contains(
                "Tiltak 1: «Finne ut om det finnes IPS i området» (NAV-veileder for helse og arbeid, frist 21.12.2026). Hvor langt har dere kommet?"))
        history.append(pass)
        #expect(history.statuses[0]?.id == "done", "the first meeting")
        try Golden.check(screen, against: "followup.session.nb.txt")
        let note = PlanRenderer.followupNote(.nb).render(PlanContext(history: history, language: .nb))
        let amendment = try #require(note.split(separator: "\n3. Endring av avtalen\n").last).replacing("\n  ", with: " ")
        #expect(
            amendment.contains(
                "- «Avklare: hvilke NAV-kontorer i opptaksområdet avtalen gjelder» er gjennomført. Partene er enige om: Avtalen gjelder bare NAV Sagene."
            ))
        #expect(amendment.contains("- «Finne ut om det finnes IPS i området» får ny frist 03.03.2027 (i stedet for 21.12.2026)."))
        #expect(amendment.contains("- «Presentere tjenestene på hverandres personalmøter» utgår."))
        #expect(!amendment.contains("produksjonskravene"), "a deadline kept with Enter is no change")
        #expect(
            note.replacing("\n  ", with: " ").contains(
                "- Droppet: «Presentere tjenestene på hverandres personalmøter» (videreføring og annet: Personalmøtene er fulle ut våren)"))
        try Golden.check(note, against: "followup-1.nb.plan.txt")
    }

    @Test func aSecondFollowUpAsksOnlyAboutWhatIsNotDoneAndKeepsTheFirst() throws {
        var history = try Self.history()
        history.append(Self.followUp(history, on: "2027-01-20", Self.first).pass)
        let (second, screen, _) = Self.followUp(history, on: "2027-04-20", Self.second)
        #expect(second.isFinished, "\(screen.suffix(600))")
        #expect(Set(second.asked) == [1, 3, 7], "done and dropped actions and the held meeting are not asked again")
        #expect(!screen.contains("Ble «Første faste møte»"))
        history.append(second)
        #expect(history.statuses[1]?.id == "done" && history.statuses[3]?.id == "not_started" && history.statuses[7]?.id == "started")
        #expect(history.statuses[2]?.id == "dropped", "the first follow-up's word stands for what was not asked again")
        let plan = PlanRenderer.followupNote(.nb).render(PlanContext(history: history, language: .nb))
        #expect(plan.contains("Fulgt opp: 20.01.2027 og 20.04.2027"))
        // The signed agreement is not rewritten: a note, and an amendment
        // for what changed, signed in its turn.
        #expect(plan.hasPrefix("OPPFØLGINGSNOTAT\ntil samarbeidsavtalen av 23.11.2026\n"))
        // The second's changes only, each saying what it replaces: the
        // first's were signed with its own note.
        let amendment = try #require(plan.split(separator: "\n3. Endring av avtalen\n").last).replacing("\n  ", with: " ")
            .replacing("\n", with: " ")
        #expect(amendment.contains("avtalen av 23.11.2026, slik den ble endret 20.01.2027."))
        #expect(amendment.contains("- «Ta opp produksjonskravene i ledermøtet» får ny frist 18.05.2027 (i stedet for 01.02.2027)."))
        #expect(amendment.contains("- «Søke om midler til IPS» får ny frist 18.06.2027 (i stedet for 01.04.2027)."))
        #expect(!amendment.contains("utgår") && !amendment.contains("Nytt tiltak"), "the first follow-up's changes are not amended again")
        #expect(plan.replacing("\n  ", with: " ").contains("- Annet som sto i veien for «Søke om midler til IPS»: Søknadsfristen var ute"))
        #expect(!plan.contains("SAMARBEIDSAVTALE\n") && !plan.contains("VEDLEGG: VURDERING"))
        #expect(plan.contains("Oppfølging 20.01.2027\n") && plan.contains("Oppfølging 20.04.2027\n"), "the history keeps both")
        try Golden.check(plan, against: "followup-2.nb.plan.txt")
    }

    @Test func aFollowUpInEnglish() throws {
        var driver = try Drive.driver(.en)
        Drive.type(Drive.english, into: &driver)
        var history = PlanHistory(rules: driver.interview.rules, language: .en, session: driver.state)
        let (pass, screen, _) = Self.followUp(
            history, on: "2027-01-20", language: .en,
            [
                "done", "dropped", "2", "no", "in 3 months", "",
            ])
        #expect(pass.isFinished, "\(screen.suffix(600))")
        #expect(screen.contains("How far have you got?") && screen.contains("Why was “Job shadowing for two clinicians at the NAV office” dropped?"))
        #expect(screen.contains("Answer yes or no."))
        #expect(screen.contains("Did “First regular meeting” (07.12.2026) take place?"), "\(screen)")
        history.append(pass)
        let plan = PlanRenderer.followupNote(.en).render(PlanContext(history: history, language: .en))
        #expect(plan.contains("Followed up: 20.01.2027") && plan.contains("The first meeting has not taken place yet."))
        try Golden.check(plan, against: "followup-1.en.plan.txt")
    }

    /// Written as records, read back as a transcript: the same history.
    @Test func aTranscriptWithTwoFollowUpsReplaysToTheSameHistory() throws {
        let (session, _, records) = try ActionTests.finishedSession()
        var live = PlanHistory(rules: session.interview.rules, language: .nb, session: session.state)
        let first = Self.followUp(live, on: "2027-01-20", Self.first)
        live.append(first.pass)
        let second = Self.followUp(live, on: "2027-04-20", Self.second)
        live.append(second.pass)
        let header = TranscriptHeader(
            samplanVersion: "test", rulesID: session.interview.rules.id, rulesVersion: session.interview.rules.version,
            rulesText: BuiltinRules.text, language: .nb, today: Drive.today, started: "2026-11-23T10:00:00+01:00")
        var text = header.text
        for event in records + [.followup(date: LocalDate(iso: "2027-01-20")!, language: .nb, rules: FollowupRules.builtin.pin)] + first.records
            + [.followup(date: LocalDate(iso: "2027-04-20")!, language: .nb, rules: FollowupRules.builtin.pin)] + second.records
        {
            text += TranscriptRecord(time: 0, event).line + "\n"
        }
        let transcript = try Transcript.parse(text)
        #expect(transcript.followups.map(\.date.description) == ["2027-01-20", "2027-04-20"])
        let replayed = try PlanHistory(transcript: transcript, rules: session.interview.rules)
        #expect(replayed.statuses == live.statuses)
        #expect(replayed.actions == live.actions)
        #expect(PlanContext(history: replayed, language: .nb).values()["followedUpDates"] as? String == "20.01.2027 og 20.04.2027")
    }
}

extension FollowupTests {
    /// Rules that ask for no list of actions (issue 28, finding 15): an
    /// action added at a follow-up still reaches the plan's table, and so
    /// `summary` and `due`, not only the appendix.
    @Test func anActionAddedInAFollowUpUnderRulesWithoutAListIsInTheTable() throws {
        let all = Asked(parties: ["a"], spelling: "all")
        let title = Localized(nb: "S", en: "S")
        let rules = RuleBook(
            format: 2, id: "no-list", version: "1", title: title, languages: [.nb, .en],
            parties: [Party(id: "a", name: title, short: title, optional: false)], sources: [],
            sections: [
                Section(
                    id: "s", kind: .opening, title: title, short: title, rationale: title, basis: .practice,
                    questions: [
                        Question(
                            id: "purpose", sectionID: "s", asked: all, kind: .text,
                            text: title, help: nil, condition: nil)
                    ],
                    status: nil)
            ],
            feedback: [])
        #expect(rules.question(for: .actions) == nil)
        let interview = Interview(rules: rules, language: .nb)
        let session = interview.replay([.line("Samarbeid")], today: Drive.today)
        var history = PlanHistory(rules: rules, language: .nb, session: session)
        let (pass, screen, _) = Self.followUp(history, on: "2027-01-20", ["om 3 måneder", "Ringe NAV-kontoret ; enhetsleder ; 15.02.2027", ""])
        #expect(pass.isFinished, "\(screen.suffix(400))")
        history.append(pass)
        #expect(history.table.rows.map(\.what) == ["Ringe NAV-kontoret"])
        #expect(history.table.rows.first?.owner == "enhetsleder" && history.table.rows.first?.date == LocalDate(iso: "2027-02-15"))
    }
}
