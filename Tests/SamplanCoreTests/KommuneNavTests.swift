import Foundation
import Testing

@testable import SamplanCore

/// The second built-in rules, for a municipality's mental health service
/// and NAV (seeds 003 and 004): a whole session in process, its plan as a
/// golden, its prompt count, and the advice it gives.
struct KommuneNavTests {
    static func rules() throws -> RuleBook { try #require(BuiltinRules.named("kommune-nav")).load() }

    /// What the pair types (Tests/Shared/kommune-nav/typed.nb.txt).
    static let typed = SessionDriverTests.shared("kommune-nav/typed.nb.txt")

    @Test func aWholeSessionMakesItsOwnAgreement() throws {
        let rules = try Self.rules()
        let interview = Interview(rules: rules, language: .nb)
        var driver = SessionDriver(
            interview: interview, screen: ScreenWriter(width: { 80 }, colour: false),
            state: interview.start(today: SessionDriverTests.today),
            planRenderer: .builtin(.nb, rulesID: rules.id))
        let (screen, records, outcomes) = SessionDriverTests.type(Self.typed, into: &driver)
        #expect(driver.state.isFinished && !outcomes.contains("shown"))
        let prompts = Set(screen.split(separator: "\n").compactMap { $0.firstMatch(of: /^\[(\d+)\/20\]/)?.1 })
        #expect(prompts.count == 20, "every question once, no more")
        #expect(records.contains { if case .answered(question: "ips", _, _) = $0 { true } else { false } })
        #expect(driver.parties == ["Rask psykisk helsehjelp, Nordre Aasen kommune", "NAV Nordre Aasen"])
        let plan = driver.plan()
        #expect(plan.contains("SAMARBEIDSAVTALE\nRask psykisk helsehjelp, Nordre Aasen kommune\nNAV Nordre Aasen\n"))
        // One convener owns the first meeting (råd 1's «på ett sted», here our advice).
        #expect(plan.contains("- Kaller inn og skriver referat: teamleder i Rask psykisk helsehjelp\n"))
        #expect(plan.contains("For Rask psykisk helsehjelp, Nordre Aasen kommune:\n"))
        #expect(!plan.contains("ikke hos enkeltpersoner"))
        #expect(!plan.contains("DPS-et"), "the DPS template is not used")
        try Golden.check(plan, against: "kommune-nav.nb.plan.txt")
    }

    @Test func aWeakSessionGetsTheSourcesAdvice() throws {
        let driver = ScriptedInterview(interview: Interview(rules: try Self.rules(), language: .nb), today: AnswerSets.today)
        let outcome = driver.run([
            "kommune_unit": .line("Rask psykisk helsehjelp, Nordre Aasen kommune"), "nav_office": .line("NAV Nordre Aasen"),
            "purpose": .skip, "kommune_leader": .line("kommunalsjef"), "nav_leader": .skip,
            "kommune_contact_role": .line("teamleder"), "nav_contact_role": .line("NAV-veileder"),
            "who_may_call": .line("3"), "getting_to_know": .line("4"), "meeting_frequency": .line("hver uke"), "convener": .line("1"),
            "first_meeting": .line("om 6 uker"), "user_routine": .line("3"), "confidentiality_contacts": .skip,
            "kommune_hours": .line("0"), "nav_hours": .line("0"), "service_future": .line("3"), "ips": .line("vet ikke"),
            "review_date": .line("24.05.2027"), "actions": .lines(["Ringe hverandre"]),
        ])
        #expect(outcome.state.isFinished && outcome.prompts == 20)
        #expect(
            outcome.advice == [
                "no-purpose", "no-nav-leader",
                "contact-limited", "not-knowing-each-other", "roles-little-known", "weekly-meetings", "first-meeting-late", "few-coordinated",
                "no-confidentiality-contact", "no-kommune-hours", "no-nav-hours", "future-uncertain", "no-ips", "action-without-role",
                "action-without-date",
            ])
        #expect(outcome.status("leadership") == .partly && outcome.status("work") == .open)
    }

    /// The rules on the actions judge each action as it is added, at any
    /// question: a name for a position is advised on, a past deadline refused.
    @Test func theActionRulesJudgeEachActionAsItIsAdded() throws {
        let interview = Interview(rules: try Self.rules(), language: .nb)
        let today = SessionDriverTests.today
        let state = interview.start(today: today)
        let (named, advised) = interview.step(state, .action(.add(ActionItem(what: "Ringe", owner: "Kari Nordmann", date: today.adding(days: 14)))))
        #expect(advised == [.actionAdded(id: 1), .advice(feedback: ["action-owner-looks-like-name"])])
        #expect(interview.actions(named).count == 1 && named.current == state.current, "kept, and the question stays")
        let (past, refused) = interview.step(state, .action(.add(ActionItem(what: "Ringe", owner: "teamleder", date: today.adding(days: -1)))))
        #expect(refused == [.blocked(feedback: "action-overdue")])
        #expect(interview.actions(past).isEmpty)
    }
}
