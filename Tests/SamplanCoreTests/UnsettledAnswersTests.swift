import Testing

@testable import SamplanCore

/// The agreement's body says only what the pair settled (issue 30): an
/// answer that settles nothing becomes an open point with «Avklare: …»,
/// and stays in the appendix in the pair's own words.
struct UnsettledAnswersTests {
    static func settles(_ answer: String, question id: String) throws -> Bool {
        let rules = try BuiltinRules.load()
        let question = try #require(rules.question(id))
        return rules.unsettled.settling(for: question).settles(.text(answer))
    }

    /// A purpose that is only «bedre samarbeid» names no goal and no target
    /// group (the question's own `unsettled:` pattern); one that goes on to
    /// say for whom and what settles.
    @Test(arguments: [
        "Bedre samarbeid rundt felles brukere", "Bedre samarbeid", "Et tettere samarbeid mellom oss.", "Styrke samarbeidet",
        "Better cooperation around shared patients", "Closer cooperation",
    ])
    func aPlatitudeIsNoPurpose(_ answer: String) throws {
        #expect(try !Self.settles(answer, question: "purpose"))
        #expect(try Self.settles(answer, question: "needs"), "only the purpose has the pattern")
    }

    @Test(arguments: [
        "Bedre samarbeid slik at pasienter ved poliklinikken som står utenfor arbeid, får behandling og arbeidsrettet oppfølging samtidig.",
        "Pasienter ved poliklinikken som står utenfor arbeid, får behandling og arbeidsrettet oppfølging samtidig.",
        "Samarbeid om felles pasienter som vil i arbeid",
    ])
    func aPurposeWithAGoalSettles(_ answer: String) throws {
        #expect(try Self.settles(answer, question: "purpose"))
    }

    @Test(arguments: [
        "vet ikke, må sjekke med juristen", "Vet ikke", "usikker", "en av behandlerne", "må avklare med lederen", "don't know",
        "not sure yet", "TBD", "one of the clinicians",
    ])
    func vagueAnswersSettleNothing(_ answer: String) throws {
        #expect(try !Self.settles(answer, question: "confidentiality_contacts"))
        #expect(try !Self.settles(answer, question: "dps_contact_role"))
    }

    @Test(arguments: ["Kari Nordmann", "Ole Hansen (veileder)", "Anne-Lise Berg", "Per Ås", "Kari Nordmann, enhetsleder"])
    func aPersonSNameIsNoPosition(_ answer: String) throws {
        #expect(try !Self.settles(answer, question: "dps_contact_role"))
        // Where a name may stand (a unit's name), it settles.
        #expect(try Self.settles(answer, question: "dps_unit"))
    }

    @Test(arguments: [
        "enhetsleder", "NAV-leder", "Office Manager", "Unit Leader", "NAV office manager", "fagkoordinator for arbeid og psykisk helse",
        "fagansvarlig overlege / NAVs jurist", "Seksjonsleder",
    ])
    func positionsSettle(_ answer: String) throws {
        #expect(try Self.settles(answer, question: "dps_contact_role"))
        #expect(try Self.settles(answer, question: "nav_leader"))
    }

    /// The plan up to its appendix: what the leaders sign.
    static func body(_ script: [String: Reply], language: Language) throws -> String {
        let plan = try PlanTests.plan(script, language: language)
        let appendix = try #require(plan.range(of: language == .nb ? "VEDLEGG" : "APPENDIX"))
        return String(plan[..<appendix.lowerBound])
    }

    @Test func theBodyHoldsNoUnsettledAnswerInBokmal() throws {
        let body = try Self.body(AnswerSets.vague, language: .nb)
        for raw in [
            "Kari Nordmann", "Ole Hansen", "en av behandlerne", "vet ikke", "juristen", "Vanlig e-post", "ildsjel", "0 timer", "Ikke bestemt",
            "fylket", "Bedre samarbeid",
        ] {
            #expect(!body.contains(raw), "«\(raw)» in the body")
        }
        #expect(body.contains("- Avklare: formålet med samarbeidet og hvem det gjelder."))
        #expect(body.contains("Åpne punkter"))
        #expect(body.contains("- Avklare: hvem som kan spørres ved tvil om taushetsplikten."))
        #expect(body.contains("- Avklare: en sikker kanal") == false, "a meeting is a settled channel beside e-mail")
        #expect(body.contains("- Kanal for opplysninger om en pasient: Muntlig i møte\n"))
        #expect(body.contains("Stilling:      __________"), "a name is no position to sign under")
    }

    @Test func theBodyHoldsNoUnsettledAnswerInEnglish() throws {
        let body = try Self.body(AnswerSets.vagueEnglish, language: .en)
        for raw in [
            "Kari Nordmann", "Ole Hansen", "one of the clinicians", "don't know", "lawyer", "Ordinary email", "enthusiast", "0 hours", "Not decided",
            "county", "Better cooperation",
        ] {
            #expect(!body.contains(raw), "“\(raw)” in the body")
        }
        #expect(body.contains("Clarify: whom to ask when in doubt about confidentiality."))
    }

    @Test func theAppendixKeepsThePairSOwnWords() throws {
        let plan = try PlanTests.plan(AnswerSets.vague, language: .nb)
        #expect(plan.contains("(svart: «vet ikke, må sjekke med juristen»)"))
    }

    @Test func aCountyAgreementIsStatedOnlyWhenChosen() throws {
        #expect(
            try Self.body(AnswerSets.strong, language: .nb).replacing("\n", with: " ").contains(
                "samarbeidsavtalen mellom NAV og helseforetaket i fylket"))
        #expect(try !Self.body(AnswerSets.strong.merging(["carried_by": .line("1")]) { $1 }, language: .nb).contains("fylket"))
    }

    @Test func onlyEMailLeavesTheChannelOpen() throws {
        let body = try Self.body(AnswerSets.strong.merging(["secure_channel": .line("4")]) { $1 }, language: .nb)
        #expect(!body.contains("e-post"))
        #expect(body.contains("- Avklare: en sikker kanal for opplysninger om en pasient."))
    }

    @Test func aPartlyMetSectionSaysWhatIsMissing() throws {
        let rules = try BuiltinRules.load()
        let driver = ScriptedInterview(interview: Interview(rules: rules, language: .nb), today: AnswerSets.today)
        let state = driver.run(AnswerSets.vague).state
        let answers = Answers(rules: rules, recorded: state.recorded, skipped: state.skipped, today: state.today)
        let confidentiality = try #require(rules.section("confidentiality"))
        #expect(rules.status(of: confidentiality, answers: answers) == .partly)
        #expect(rules.unsettledQuestions(of: confidentiality, answers: answers).map(\.id) == ["confidentiality_contacts"])
    }
}

/// At the table: «vet ikke» for a position gets its advice, and `/tiltak`
/// there proposes what is left to settle.
struct UnsettledAtTheTableTests {
    typealias Drive = SessionDriverTests

    @Test func actionAfterAVagueAnswerProposesWhatIsLeftToSettle() throws {
        var driver = try Drive.driver(.nb)
        // The proposal kept with Enter, the owner proposed kept, a deadline.
        let lines = Array(Drive.shared("typed.nb.txt").prefix(10)) + ["vet ikke", "/tiltak", "", "", "om 2 uker"]
        let (wrapped, _, _) = Drive.type(lines, into: &driver)
        // Lines the screen wrapped at 80 columns, joined again.
        let screen = wrapped.replacing("\n  ", with: " ")
        #expect(screen.contains("✓ vet ikke"))
        #expect(screen.contains("Proba skriver at ansvaret for samarbeidsaktivitetene bør legges til en bestemt stilling"))
        let action = try #require(driver.interview.actions(driver.state).first, "\(screen.suffix(400))")
        #expect(action.what == "Avklare: hvilken stilling ved DPS-et som har ansvaret for samarbeidet")
        #expect(action.source == .question("dps_contact_role"))
        #expect(action.owner == "enhetsleder", "a name or «vet ikke» is no owner: the DPS leader's position")
    }
}
