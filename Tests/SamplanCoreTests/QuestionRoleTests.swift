import Foundation
import TestSupport
import Testing

@testable import SamplanCore

/// Questions say what they mean to samplan (`role:`), so other rules files
/// can name their own questions, and no Swift code knows the built-in ids.
struct QuestionRoleTests {
    /// Rules with ids of their own: the parties, the actions, the first
    /// step and the review are found by role alone.
    static let otherRules = RulesText.formatOne(
        id: "other", title: ("Annen plan", "Another plan"),
        sections: [
            RulesText.Section(
                "who", kind: "opening", title: ("Hvem", "Who"),
                questions: [
                    "{id: enhet, ask: dps, type: text, role: names.dps, text: {nb: Enhet?, en: Unit?}}",
                    "{id: kontor, ask: nav, type: text, role: names.nav, text: {nb: Kontor?, en: Office?}}",
                    "{id: sjef, ask: dps, type: role, role: leader.dps, text: {nb: Leder?, en: Leader?}}",
                ]),
            RulesText.Section(
                "what", kind: "closing", title: ("Hva", "What"),
                questions: [
                    "{id: liste, ask: both, type: actions, role: actions, text: {nb: Tiltak?, en: Actions?}}",
                    "{id: start, ask: both, type: text, role: first-step, text: {nb: Første steg?, en: First step?}}",
                    "{id: start_hvem, ask: both, type: role, role: first-step.role, text: {nb: Hvem?, en: Who?}}",
                    "{id: start_dato, ask: both, type: date, role: first-step.date, text: {nb: Når?, en: When?}}",
                    "{id: neste_gang, ask: both, type: date, role: review-date, text: {nb: Evaluering?, en: Review?}}",
                ]),
        ])

    @Test func aRulesFileWithItsOwnIdsFeedsThePlanAndTheSummary() throws {
        let rules = try RulesLoader.load(text: Self.otherRules, file: "other.yaml")
        let interview = Interview(rules: rules, language: .nb)
        let today = LocalDate(iso: "2026-11-23")!
        var driver = SessionDriver(
            interview: interview, screen: ScreenWriter(), state: interview.start(today: today),
            planRenderer: .builtin(.nb))
        let (_, records, _) = SessionDriverTests.type(
            [
                "DPS Fjellet", "NAV Dalen", "avdelingsleder",
                "Utveksle kontaktlister ; fagkoordinator ; 30.11.2026", "Hospitering ; NAV-veileder ; 14.12.2026", "",
                "Utveksle kontaktlister", "fagkoordinator", "30.11.2026", "01.06.2027",
            ], into: &driver)
        #expect(driver.state.isFinished)
        #expect(driver.parties == ["DPS Fjellet", "NAV Dalen"])
        let plan = driver.plan()
        #expect(plan.contains("DPS Fjellet"), "\(plan)")
        #expect(plan.contains("30.11.2026  fagkoordinator"), "\(plan)")
        #expect(plan.contains("► første steg"), "\(plan)")

        let transcript = Transcript(
            header: TranscriptHeader(
                samplanVersion: "test", rulesID: rules.id, rulesVersion: rules.version, rulesText: Self.otherRules,
                language: .nb, today: today, started: "2026-11-23T10:00:00+01:00"),
            records: records.map { TranscriptRecord(time: 0, $0) })
        let summary = try SessionSummary(file: "other.transcript", transcript: transcript, rules: rules)
        #expect(summary.parties.map(\.unit) == ["DPS Fjellet", "NAV Dalen"])
        #expect(summary.firstStep == SessionSummary.FirstStepRow(what: "Utveksle kontaktlister", owner: "fagkoordinator", date: "2026-11-30"))
        #expect(summary.reviewDate == "2027-06-01")
        #expect(summary.firstStepWithinFourWeeks)
    }

    /// Where no first step is named, the earliest dated action stands in
    /// for the summary, and the plan marks nothing: it does not choose.
    @Test func theFirstStepIsWorkedOutInOnePlace() throws {
        let rules = try RulesLoader.load(text: Self.otherRules, file: "other.yaml")
        let interview = Interview(rules: rules, language: .nb)
        var state = interview.start(today: LocalDate(iso: "2026-11-23")!)
        for input in ["DPS Fjellet", "NAV Dalen", "avdelingsleder", "B ; NAV-veileder ; 14.12.2026", "A ; fagkoordinator ; 30.11.2026", ""] {
            _ = interview.step(&state, .line(input))
        }
        _ = interview.step(&state, .skip)
        let step = try #require(FirstStep.of(interview.answers(state), rules: rules, language: .nb))
        #expect(step == FirstStep(what: "A", owner: "fagkoordinator", date: LocalDate(iso: "2026-11-30"), named: false))
        #expect(!PlanRenderer.builtin(.nb).render(PlanContext(rules: rules, state: state, language: .nb)).contains("► første steg"))
    }

    @Test func rolesAreCheckedWhereTheyStand() {
        func errors(_ yaml: String) -> String {
            do {
                _ = try RulesLoader.load(text: yaml, file: "r.yaml")
                return ""
            } catch {
                return error.render(in: .en)
            }
        }
        let unknown = errors(Self.otherRules.replacing("role: review-date", with: "role: evaluation"))
        #expect(unknown.hasPrefix("r.yaml:26:55: unknown role 'evaluation'; expected one of: names.dps, leader.dps,"), "\(unknown)")
        let wrongType = errors(Self.otherRules.replacing("type: date, role: review-date", with: "type: text, role: review-date"))
        #expect(wrongType.contains("'role: review-date' does not apply to a text question"), "\(wrongType)")
        let twice = errors(Self.otherRules.replacing("role: leader.dps", with: "role: names.dps"))
        #expect(twice.hasPrefix("r.yaml:15:48: another question already has the role 'names.dps' (line 13)"), "\(twice)")
        let party = errors(Self.otherRules.replacing("role: names.nav", with: "role: names.kommune"))
        #expect(party.hasPrefix("r.yaml:14:50: unknown role 'names.kommune'"), "\(party)")
    }

    /// Rules recorded before roles (dps-nav up to 1.2.0) read theirs from
    /// Rules/legacy-roles.yaml; the built-in rules now give their own.
    @Test func oldBuiltInRulesGetTheirRolesFromData() throws {
        // The rules a transcript from before roles recorded: dps-nav 1.0, format 1.
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Shared/format-1")
        let file = "2026-11-23-dps-kongsberg-nav-kongsberg.transcript"
        let transcript = try Transcript.parse(String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        let old = try transcript.rules(file: file)
        #expect(old.format == 1 && old.id == "dps-nav")
        #expect(!old.questions.contains { $0.role != nil })
        let expected: [QuestionRole: String] = [
            .names(party: "dps"): "dps_unit", .names(party: "nav"): "nav_office", .actions: "actions",
            .firstStep: "first_step", .firstStepRole: "first_step_role", .firstStepDate: "first_step_date",
            .reviewDate: "review_date", .leader(party: "dps"): "dps_leader", .contact(party: "nav"): "nav_contact_role",
            .responseTime: "response_time",
        ]
        for (role, id) in expected {
            #expect(old.question(for: role)?.id == id, "\(role)")
        }
    }

    /// No Swift source names a question id of the built-in rules: they say
    /// what they mean with `role:` instead.
    @Test func noSwiftSourceNamesABuiltInQuestionID() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        // "actions" is also a question type and a role, and the CSV columns
        // of `summary` (a documented format) are named after what they hold.
        let types = Set(Question.Kind.names + QuestionRole.spellings())
        let ids = try BuiltinRules.load().questions.map(\.id).filter { !types.contains($0) }
        var offenders: [String] = []
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            var text = try String(contentsOf: url, encoding: .utf8)
            if let header = text.range(of: "static let csvHeader"), let end = text[header.upperBound...].range(of: "]") {
                text.removeSubrange(header.lowerBound..<end.upperBound)
            }
            for id in ids where text.contains("\"\(id)\"") { offenders.append("\(url.lastPathComponent): \(id)") }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
