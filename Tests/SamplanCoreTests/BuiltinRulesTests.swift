import Foundation
import Testing
@testable import SamplanCore

/// The built-in DPS–NAV rules through the engine: three whole sessions,
/// and every feedback rule shown to fire on the answer it is meant for.
struct BuiltinRulesTests {
    let driver: ScriptedInterview

    init() throws {
        driver = ScriptedInterview(interview: Interview(rules: try BuiltinRules.load(), language: .nb), today: AnswerSets.today)
    }

    @Test func strongPlanGetsNoAdviceAndMeetsEverySection() {
        let outcome = driver.run(AnswerSets.strong)
        #expect(outcome.state.isFinished)
        #expect(outcome.advice == [])
        #expect(outcome.blocked == [])
        for section in outcome.rules.sections {
            #expect(outcome.status(section.id) == .met, "\(section.id)")
        }
        #expect(outcome.answers["consent_role"] == nil && !outcome.answers.applies("consent_role"),
                "no consent questions for anonymised case discussion")
    }

    @Test func weakPlanGetsTheAdviceForEachGap() {
        let outcome = driver.run(AnswerSets.weak)
        #expect(outcome.state.isFinished)
        #expect(outcome.advice == [
            "need-one-sided", "review-not-agreed",
            "dps-leader-looks-like-name", "no-nav-leader", "leaders-not-approved", "work-not-on-agenda",
            "dps-contact-looks-like-name", "no-deputy", "no-written-agreement",
            "no-work-support", "ips-unknown",
            "meetings-rare", "no-first-meeting", "slow-response", "contacts-not-exchanged",
            "case-discussion-undecided", "no-confidentiality-contact",
            "no-dps-hours", "hours-not-freed", "production-targets",
            "no-regulation-contact",
            "one-office-of-many",
            "project-funding", "depends-on-enthusiast",
            "action-without-role", "action-without-date", "first-step-role-looks-like-name", "first-step-late",
            "no-review-date",
        ])
        #expect(outcome.statuses == [
            "opening": .met,
            "shared_needs": .partly,
            "leadership": .partly,
            "responsibility": .partly,
            "mental_health": .open,
            "contact": .partly,
            "confidentiality": .partly,
            "capacity": .partly,
            "regulations": .partly,
            "geography": .partly,
            "continuity": .open,
            "closing": .partly,
        ])
    }

    @Test func identifiableCaseDiscussionWithoutConsentRoutine() {
        let outcome = driver.run(AnswerSets.identifiable)
        #expect(outcome.state.isFinished)
        #expect(outcome.advice == ["named-case-discussion", "identifiable-without-consent", "ordinary-email"])
        #expect(outcome.answers.applies("consent_role") && outcome.answers.applies("consent_storage"))
        #expect(outcome.status("confidentiality") == .partly)
        let others = outcome.statuses.filter { $0.key != "confidentiality" }
        #expect(others.values.allSatisfy { $0 == .met }, "\(others)")
    }

    @Test func consentRoutineMeetsConfidentiality() {
        let outcome = driver.run(AnswerSets.strong.merging([
            "case_discussion": .line("2"),
            "consent_role": .line("behandler"),
            "consent_storage": .line("i journalen og i NAVs fagsystem"),
        ]) { $1 })
        #expect(outcome.advice == [])
        #expect(outcome.status("confidentiality") == .met)
    }

    /// Each rule with the smallest change to the strong plan that should
    /// fire it, and nothing else.
    static let firing: [(rule: String, change: [String: Reply])] = [
        ("dps-person-looks-like-name", ["dps_person_role": .line("Kari Nordmann")]),
        ("nav-person-looks-like-name", ["nav_person_role": .line("Ola Dunk")]),
        ("review-not-agreed", ["review_interval": .line("4")]),
        ("need-one-sided", ["nav_need": .skip]),
        ("dps-leader-looks-like-name", ["dps_leader": .line("Anne-Lise Berg")]),
        ("nav-leader-looks-like-name", ["nav_leader": .line("Per Ås")]),
        ("no-dps-leader", ["dps_leader": .skip]),
        ("no-nav-leader", ["nav_leader": .skip]),
        ("leaders-not-approved", ["leaders_approval": .line("bare")]),
        ("work-not-on-agenda", ["work_on_agenda": .line("n")]),
        ("dps-contact-looks-like-name", ["dps_contact_role": .line("Ola Nordmann")]),
        ("nav-contact-looks-like-name", ["nav_contact_role": .line("Åse Øren")]),
        ("no-deputy", ["has_deputies": .line("nei")]),
        ("no-written-agreement", ["written_agreement": .line("vi klarer")]),
        ("no-work-support", ["job_specialist": .line("4"), "ips": .line("nei")]),
        ("ips-unknown", ["ips": .line("vet")]),
        ("meetings-rare", ["meeting_frequency": .line("hvert halvår")]),
        ("no-first-meeting", ["first_meeting": .skip]),
        ("first-meeting-late", ["first_meeting": .line("om 7 uker")]),
        ("first-meeting-day-off", ["first_meeting": .line("19.12.2026")]),
        ("slow-response", ["response_time": .line("innen en uke")]),
        ("contacts-not-exchanged", ["contacts_exchanged": .line("nei")]),
        ("named-case-discussion", ["case_discussion": .line("3"), "consent_role": .line("behandler"),
                                   "consent_storage": .line("i journalen")]),
        ("case-discussion-undecided", ["case_discussion": .line("4")]),
        ("identifiable-without-consent", ["case_discussion": .line("2"), "consent_role": .skip,
                                          "consent_storage": .line("i journalen")]),
        ("consent-not-kept", ["case_discussion": .line("2"), "consent_role": .line("behandler"),
                              "consent_storage": .skip]),
        ("ordinary-email", ["secure_channel": .line("1, 4")]),
        ("no-confidentiality-contact", ["confidentiality_dps": .skip]),
        ("no-dps-hours", ["dps_hours": .line("0")]),
        ("no-nav-hours", ["nav_hours": .line("0 timer")]),
        ("hours-not-freed", ["hours_freed_by": .skip]),
        ("production-targets", ["production_targets": .line("nei")]),
        ("no-regulation-contact", ["regulation_contact": .skip]),
        ("one-office-of-many", ["plan_covers": .line("3"), "other_offices": .line("felles verksted")]),
        ("project-funding", ["funding": .line("dels")]),
        ("funding-unclear", ["funding": .line("ikke")]),
        ("depends-on-enthusiast", ["depends_on_enthusiast": .line("ja")]),
        ("no-actions", ["actions": .skip]),
        ("action-without-role", ["actions": .lines(["Felles kurs ;  ; 01.02.2027"])]),
        ("action-without-date", ["actions": .lines(["Felles kurs ; jobbspesialist"])]),
        ("action-on-day-off", ["actions": .lines(["Felles kurs ; jobbspesialist ; 26.12.2026"])]),
        ("first-step-role-looks-like-name", ["first_step_role": .line("Kari Nordmann")]),
        ("no-first-step", ["first_step_date": .skip]),
        ("first-step-late", ["first_step_date": .line("om 5 uker")]),
        ("first-step-day-off", ["first_step_date": .line("05.12.2026")]),
        ("no-review-date", ["review_date": .skip]),
        ("review-far-off", ["review_date": .line("om 13 måneder")]),
        ("review-day-off", ["review_date": .line("17.05.2027")]),
        ("responsibility-in-one-place", ["dps_contact_role": .skip, "nav_contact_role": .skip]),
    ]

    static let blocking: [(rule: String, change: [String: Reply])] = [
        ("first-meeting-past", ["first_meeting": .line("01.11.2026")]),
        ("first-step-past", ["first_step_date": .line("i går")]),
        ("review-past", ["review_date": .line("i dag")]),
    ]

    @Test(arguments: firing.indices)
    func eachAdviceFiresOnItsOwn(_ index: Int) {
        let (rule, change) = Self.firing[index]
        let outcome = driver.run(AnswerSets.strong.merging(change) { $1 })
        #expect(outcome.state.isFinished, "\(rule)")
        let expected: [String] = switch rule {
        // Skipping a contact role on both sides also leaves each side without one.
        case "responsibility-in-one-place": ["responsibility-in-one-place"]
        // Discussing by name is advised against even with a consent routine.
        case "named-case-discussion": ["named-case-discussion"]
        case "no-work-support": ["no-work-support"]
        default: [rule]
        }
        #expect(outcome.advice == expected, "\(rule)")
    }

    @Test(arguments: blocking.indices)
    func eachBlockingRuleRefusesTheAnswer(_ index: Int) {
        let (rule, change) = Self.blocking[index]
        let outcome = driver.run(AnswerSets.strong.merging(change) { $1 })
        #expect(outcome.blocked == [rule])
        #expect(!outcome.state.isFinished, "the refused question is asked again")
    }

    @Test func everyFeedbackRuleHasAFiringTest() throws {
        let rules = try BuiltinRules.load()
        let tested = Set(Self.firing.map(\.rule) + Self.blocking.map(\.rule))
        #expect(Set(rules.feedback.map(\.id)) == tested)
    }

    @Test func contentCountsAndEverySectionCitesAKnownSource() throws {
        let rules = try BuiltinRules.load()
        #expect(rules.questions.count >= 25)
        #expect(rules.feedback.count >= 20)
        for section in rules.sections where section.kind == .criterion || section.kind == .barrier {
            #expect(section.status != nil, "\(section.id) says how it counts as met")
            #expect(section.basis.citations.allSatisfy { rules.source($0.source) != nil })
        }
        for rule in rules.feedback { #expect(rule.basis.citations.allSatisfy { rules.source($0.source) != nil }, "\(rule.id)") }
    }

    /// The complete example in Rules/README.md is what people copy: it must load.
    @Test func theReadmesExampleLoads() throws {
        let readme = try String(contentsOf: Golden.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/README.md"), encoding: .utf8)
        let example = try #require(readme.firstMatch(of: /```yaml\n([\s\S]*?)```/)?.1)
        let rules = try RulesLoader.load(text: String(example), file: "Rules/README.md")
        #expect(rules.id == "example" && rules.questions.count == 10 && rules.feedback.count == 3)
        #expect(rules.format == 2 && rules.parties.map(\.id) == ["dps", "nav", "kommune"])
    }

    @Test func fiveAdviceAndFourFormsAreOfferedAsOptions() throws {
        let rules = try BuiltinRules.load()
        guard case .choice(let advice, true)? = rules.question("five_advice")?.kind,
              case .choice(let forms, true)? = rules.question("cooperation_forms")?.kind else {
            Issue.record("five_advice and cooperation_forms are multiple choices")
            return
        }
        #expect(advice.map { $0.label[.nb] } == [
            "Plasser ansvaret på ett sted", "Skap konstruktive møteplasser",
            "Fjern barrierer for helhetlige tjenester", "Lær av andre",
            "Ledelsen ved DPS setter arbeid på dagsordenen",
        ])
        #expect(forms.map(\.id) == ["meeting_places", "shared_staff", "joint_measures", "competence_centre"])
    }

    /// Options are typed by name and completed with Tab; several are
    /// separated by commas, so a label must not contain one, and each
    /// must be reachable by a start no other label shares.
    @Test func optionLabelsWorkForTypingAndCompletion() throws {
        let rules = try BuiltinRules.load()
        for question in rules.questions {
            guard case .choice(let options, _) = question.kind else { continue }
            for language in Language.allCases {
                let labels = options.map { $0.label[language].lowercased() }
                for label in labels {
                    #expect(!label.contains(","), "\(question.id): \(label)")
                    #expect(labels.filter { $0 != label && $0.hasPrefix(label) }.isEmpty, "\(question.id): \(label)")
                }
            }
        }
    }
}
