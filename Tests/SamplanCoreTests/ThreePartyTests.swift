import Foundation
import Testing

@testable import SamplanCore

/// A rules file of format 2 with three parties and ids of its own
/// (Tests/Shared/three-parties): the third party is asked about first, its
/// questions come only when it sits at the table, and the prompt, the
/// records, the file name, the plan, the summary and followup all use the
/// parties (issue 18).
struct ThreePartyTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Shared/three-parties")
    static let today = LocalDate(iso: "2026-11-23")!

    static func rules() throws -> RuleBook {
        let text = try String(contentsOf: folder.appendingPathComponent("rules.yaml"), encoding: .utf8)
        return try RulesLoader.load(text: text, file: "rules.yaml")
    }

    static func driver(_ language: Language) throws -> SessionDriver {
        let interview = Interview(rules: try rules(), language: language)
        let template = try String(contentsOf: folder.appendingPathComponent("plan.nb.mustache"), encoding: .utf8)
        return SessionDriver(
            interview: interview, screen: ScreenWriter(width: { 80 }, colour: false),
            state: interview.start(today: today), planRenderer: try PlanRenderer(template: template))
    }

    /// A whole session with the district at the table (the end-to-end
    /// test types the same).
    static let withTheDistrict: [String] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("typed.nb.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }()

    @Test func aWholeSessionWithTheThirdPartyAtTheTable() throws {
        var driver = try Self.driver(.nb)
        let (screen, records, outcomes) = SessionDriverTests.type(Self.withTheDistrict, into: &driver)
        #expect(driver.state.isFinished && !outcomes.contains("shown"), "\(outcomes)")
        #expect(driver.parties == ["Klinikk Vest", "Kontor Sentrum", "Bydel Nord"])
        #expect(records.contains(.answered(question: "kontaktliste", by: "klinikk+kontor", text: "nei")))
        #expect(records.contains(.answered(question: "anonymt", by: "all", text: "ja")))
        #expect(
            FileStem.make(date: Self.today, names: driver.parties ?? [])
                == "2026-11-23-klinikk-vest-kontor-sentrum-bydel-nord")
        try Golden.check(screen, against: "three-parties.session.nb.txt")
        try Golden.check(driver.plan(), against: "three-parties.plan.nb.txt")

        let transcript = Transcript(
            header: TranscriptHeader(
                samplanVersion: "test", rulesID: "three-parties", rulesVersion: "1.0.0",
                rulesText: "", language: .nb, today: Self.today, started: "2026-11-23T10:00:00+01:00"),
            records: records.map { TranscriptRecord(time: 0, $0) })
        let summary = try SessionSummary(file: "t.transcript", transcript: transcript, rules: try Self.rules())
        #expect(summary.parties.map(\.id) == ["klinikk", "kontor", "bydel"])
        #expect(summary.partyNames == "Klinikk Vest / Kontor Sentrum / Bydel Nord")
        #expect(summary.parties.map(\.contact) == [nil, nil, "bydelskoordinator"])
        #expect(summary.firstStep == SessionSummary.FirstStepRow(what: "Møte med alle tre", owner: "koordinator", date: "2026-12-07"))
        var followup = DueList(before: LocalDate(iso: "2027-07-01")!)
        followup.add(summary)
        #expect(
            followup.lines(in: .nb) == [
                "Oppfølging: frister før 01.07.2027", "",
                "mandag 07.12.2026", "  Første steg — Klinikk Vest / Kontor Sentrum / Bydel Nord",
                "    Møte med alle tre — koordinator", "    Kontakt: bydelskoordinator (Bydel)", "    t.transcript", "",
                "tirsdag 01.06.2027", "  Evaluering — Klinikk Vest / Kontor Sentrum / Bydel Nord",
                "    Kontakt: bydelskoordinator (Bydel)", "    t.transcript",
                "", "Tiltak med frist før 01.07.2027, etter ansvarlig stilling:",
                "", "bydelskoordinator", "  14.12.2026  Trepartsmøte — Klinikk Vest / Kontor Sentrum / Bydel Nord",
                "", "koordinator", "  30.11.2026  Ringe rundt — Klinikk Vest / Kontor Sentrum / Bydel Nord",
                "", "Ikke fulgt opp ennå (1):", "  23.11.2026  Klinikk Vest / Kontor Sentrum / Bydel Nord", "    t.transcript",
            ], "\(followup.lines(in: .nb))")
    }

    /// Without the district its questions are not asked, the count says
    /// so, and «alle» becomes «begge».
    @Test func withoutTheThirdPartyItsQuestionsAreNotAsked() throws {
        var driver = try Self.driver(.nb)
        let (screen, records, _) = SessionDriverTests.type(
            [
                "nei", "Klinikk Vest", "Kontor Sentrum", "klinikksjef", "kontorleder", "ja", "/hopp", "ja",
                "Ringe rundt ; koordinator ; 30.11.2026", "", "Møte", "koordinator", "07.12.2026", "01.06.2027",
            ], into: &driver)
        #expect(driver.state.isFinished)
        // The district's own two questions are gone; the one it shares
        // with the office is asked of the office alone.
        #expect(driver.interview.answers(driver.state).applicable.count == 13)
        #expect(driver.parties == ["Klinikk Vest", "Kontor Sentrum"])
        #expect(!records.contains { if case .asked(let id) = $0 { ["bydelsnavn", "bydelsleder"].contains(id) } else { false } })
        #expect(screen.contains("[7/13] Møte · Kontor › /hopp"), "\(screen)")
        #expect(screen.contains("[8/13] Møte · begge › ja"), "\(screen)")
        #expect(!screen.contains("Bydel ›") && !screen.contains("alle ›"))
        #expect(driver.plan().contains("- Kontoret: Kontor Sentrum\n\nKontakt i bydelen: (ikke avklart)"))
    }

    /// Changing the answer about the third party later takes its
    /// questions out (or in), and the parties follow.
    @Test func editingPresenceChangesTheTable() throws {
        var driver = try Self.driver(.nb)
        SessionDriverTests.type(["ja", "Klinikk Vest", "Kontor Sentrum", "Bydel Nord"], into: &driver)
        #expect(driver.parties == ["Klinikk Vest", "Kontor Sentrum", "Bydel Nord"])
        SessionDriverTests.type(["/endre 1", "nei"], into: &driver)
        #expect(driver.parties == ["Klinikk Vest", "Kontor Sentrum"])
        #expect(!driver.interview.answers(driver.state).applicable.contains("bydelsnavn"))
    }

    @Test(arguments: Language.allCases)
    func thePromptNamesWhoAnswers(_ language: Language) throws {
        let rules = try Self.rules()
        let all = rules.parties
        let two = Array(all.prefix(2))
        let everyone = try #require(rules.question("anonymt")).asked
        let pair = try #require(rules.question("bydelskontakt")).asked
        #expect(SessionPrompt.who(everyone, present: all, language: language) == (language == .nb ? "alle" : "all"))
        #expect(SessionPrompt.who(everyone, present: two, language: language) == (language == .nb ? "begge" : "both"))
        #expect(SessionPrompt.who(pair, present: all, language: language) == (language == .nb ? "Kontor+Bydel" : "Office+Borough"))
        #expect(SessionPrompt.who(pair, present: two, language: language) == (language == .nb ? "Kontor" : "Office"))
        #expect(SessionPrompt.possibleTables(all).map { $0.map(\.id) } == [["klinikk", "kontor"], ["klinikk", "kontor", "bydel"]])
    }

    /// Research shows its citation after the message, law its paragraph,
    /// and our own practice says so before it.
    @Test func eachKindOfBasisIsShownAsWhatItIs() throws {
        let rules = try Self.rules()
        func shown(_ id: String, _ language: Language) throws -> String {
            let rule = try #require(rules.feedback.first { $0.id == id })
            return rules.withBasis(rule.message[language], rule.basis, language: language)
        }
        #expect(try shown("no-contact-list", .nb) == "Å utveksle kontaktinformasjon er et svært enkelt tiltak. — Rådet for psykisk helse 2017")
        #expect(try shown("named-cases", .en) == "Information about a named patient is shared with consent. — Helsepersonelloven § 22")
        #expect(try shown("no-district-contact", .nb) == "Vårt råd: Avtal hvem i bydelen de andre kan ringe.")
        #expect(try shown("no-district-contact", .en) == "Our suggestion: Agree whom in the district the others can call.")
    }
}
