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
            // Inviting the municipality is an intention, not its part.
            #expect(outcome.status(section.id) == (section.id == "municipality" ? .partly : .met), "\(section.id)")
        }
        #expect(!outcome.answers.applies("kommune_unit") && !outcome.answers.applies("other_offices"))
    }

    @Test func weakPlanGetsTheAdviceForEachGap() {
        let outcome = driver.run(AnswerSets.weak)
        #expect(outcome.state.isFinished)
        #expect(
            outcome.advice == [
                "municipality-not-at-table",
                "need-one-sided",
                "dps-leader-unsettled", "no-nav-leader",
                "dps-contact-unsettled",
                "no-need-to-wait", "no-work-support", "no-ips", "work-not-on-agenda",
                "meetings-rare", "no-first-meeting", "slow-response",
                "not-knowing-each-other", "local-employers", "roles-little-known",
                "routine-undecided",
                "ordinary-email", "no-confidentiality-contact",
                "no-dps-hours", "no-nav-hours", "production-targets",
                "one-office-of-many",
                "project-funding", "depends-on-enthusiast", "competence-centre", "no-county-agreement",
                "no-evaluation-focus", "no-review-date",
                "action-without-role", "action-without-date",
            ])
        #expect(
            outcome.statuses == [
                "opening": .met,
                "shared_needs": .partly,
                // A name is no position: the DPS leader is not settled.
                "leadership": .open,
                "responsibility": .partly,
                "municipality": .open,
                "mental_health": .open,
                "contact": .partly,
                "knowledge": .open,
                "patient": .open,
                "confidentiality": .partly,
                "capacity": .open,
                // Settled by NAV's responsible position.
                "regulations": .met,
                // Only this office, of several: settled, with advice.
                "geography": .met,
                "continuity": .open,
                "closing": .partly,
            ])
    }

    @Test func anonymousOnlyByEmailLeavesThePatientRoutineAndConfidentialityPartly() {
        let outcome = driver.run(AnswerSets.anonymousByEmail)
        #expect(outcome.state.isFinished)
        #expect(outcome.advice == ["anonymous-only", "ordinary-email"])
        #expect(outcome.status("patient") == .partly && outcome.status("confidentiality") == .partly)
        let others = outcome.statuses.filter { !["patient", "confidentiality", "municipality"].contains($0.key) }
        #expect(others.values.allSatisfy { $0 == .met }, "\(others)")
    }

    @Test func theMunicipalityAtTheTableAnswersItsOwnQuestions() {
        let outcome = driver.run(AnswerSets.withMunicipality)
        #expect(outcome.state.isFinished)
        #expect(outcome.advice == [])
        #expect(outcome.statuses.values.allSatisfy { $0 == .met }, "\(outcome.statuses)")
        for id in ["kommune_unit", "kommune_leader", "kommune_contact_role", "kommune_part"] {
            #expect(outcome.answers[id] != nil, "\(id)")
        }
    }

    /// The limits of issue 19: a whole session fits 30 minutes of typing.
    @Test func promptCountsStayWithinTheTableSLimits() throws {
        let strong = driver.run(AnswerSets.strong)
        let weak = driver.run(AnswerSets.weak)
        let three = driver.run(AnswerSets.withMunicipality)
        let english = ScriptedInterview(
            interview: Interview(rules: try BuiltinRules.load(), language: .en),
            today: AnswerSets.today
        ).run(AnswerSets.strongEnglish)
        #expect(strong.prompts == 26 && english.prompts == 26, "at most 26 when every criterion is met")
        #expect(weak.prompts == 26 && three.prompts == 30)
        // Every path: the conditional questions and the municipality's own.
        let widest = driver.run(
            AnswerSets.withMunicipality.merging([
                "offices_covered": .line("3"),
                "other_offices": .line("felles verksted"),
            ]) { $1 })
        #expect(widest.prompts == 31)
        let rules = try BuiltinRules.load()
        #expect(rules.questions.count == 31, "no question can be asked that these paths leave out")
        for outcome in [strong, weak, three, english, widest] { #expect(outcome.prompts <= 32) }
    }

    static let municipality: [String: Reply] = [
        "kommune_present": .line("ja"),
        "kommune_unit": .line("Psykisk helse og rus, Nordre Aasen kommune"),
        "kommune_leader": .line("leder for psykisk helse og rus"),
        "kommune_contact_role": .line("koordinator i psykisk helse- og rustjenesten"),
        "kommune_part": .line("1, 2"),
    ]

    /// Each rule with the smallest change to the strong plan that should
    /// fire it, and nothing else.
    static let firing: [(rule: String, change: [String: Reply])] = [
        ("municipality-not-at-table", ["kommune_present": .line("nei")]),
        ("no-purpose", ["purpose": .skip]),
        ("no-purpose", ["purpose": .lines(["Bedre samarbeid rundt felles brukere"])]),
        ("need-one-sided", ["needs": .skip]),
        ("dps-leader-unsettled", ["dps_leader": .line("Anne-Lise Berg")]),
        ("nav-leader-unsettled", ["nav_leader": .line("Per Ås")]),
        ("kommune-leader-unsettled", municipality.merging(["kommune_leader": .line("Liv Ørn")]) { $1 }),
        ("no-dps-leader", ["dps_leader": .skip]),
        ("no-nav-leader", ["nav_leader": .skip]),
        ("dps-contact-unsettled", ["dps_contact_role": .line("Ola Nordmann")]),
        ("dps-contact-unsettled", ["dps_contact_role": .line("en av behandlerne")]),
        ("nav-contact-unsettled", ["nav_contact_role": .line("Åse Øren")]),
        ("kommune-contact-unsettled", municipality.merging(["kommune_contact_role": .line("Jens Li")]) { $1 }),
        ("responsibility-in-one-place", ["dps_contact_role": .skip, "nav_contact_role": .skip]),
        ("no-need-to-wait", ["work_in_treatment": .line("5")]),
        ("no-work-support", ["work_in_treatment": .line("3, 4")]),
        ("no-ips", ["work_in_treatment": .line("1, 4")]),
        ("work-not-on-agenda", ["work_in_treatment": .line("1, 3")]),
        ("nav-in-team-meetings", ["work_in_treatment": .line("2, 3, 4")]),
        ("meetings-rare", ["meeting_frequency": .line("hvert halvår")]),
        ("weekly-flexible", ["meeting_frequency": .line("hver uke")]),
        ("no-first-meeting", ["first_meeting": .skip]),
        ("first-meeting-late", ["first_meeting": .line("om 5 uker")]),
        ("first-meeting-day-off", ["first_meeting": .line("05.12.2026")]),
        ("slow-response", ["response_time": .line("innen en uke")]),
        ("not-knowing-each-other", ["getting_to_know": .line("1, 5")]),
        ("local-employers", ["getting_to_know": .line("1, 2")]),
        ("roles-little-known", ["getting_to_know": .line("6")]),
        ("anonymous-only", ["patient_routine": .line("3")]),
        ("routine-undecided", ["patient_routine": .line("4")]),
        ("whole-services", ["patient_routine": .line("2")]),
        ("ordinary-email", ["secure_channel": .line("1, 4")]),
        ("no-confidentiality-contact", ["confidentiality_contacts": .skip]),
        ("no-confidentiality-contact", ["confidentiality_contacts": .line("vet ikke, må sjekke med juristen")]),
        ("no-dps-hours", ["dps_hours": .line("0")]),
        ("no-nav-hours", ["nav_hours": .line("0 timer")]),
        ("production-targets", ["production_targets": .line("nei")]),
        ("no-regulation-contact", ["nav_contact_role": .skip]),
        ("one-office-of-many", ["offices_covered": .line("4"), "other_offices": .line("felles verksted")]),
        ("project-funding", ["carried_by": .line("1, 2, 3")]),
        ("carried-by-unclear", ["carried_by": .line("2, 6")]),
        ("competence-centre", ["carried_by": .line("2")]),
        ("depends-on-enthusiast", ["carried_by": .line("1, 2, 4")]),
        ("no-county-agreement", ["carried_by": .line("1")]),
        ("no-evaluation-focus", ["evaluation_focus": .skip]),
        ("no-review-date", ["review_date": .skip]),
        ("review-far-off", ["review_date": .line("om 13 måneder")]),
        ("review-day-off", ["review_date": .line("17.05.2027")]),
        ("no-actions", ["actions": .skip]),
        ("action-without-role", ["actions": .lines(["Felles kurs ;  ; 01.02.2027"])]),
        ("action-without-date", ["actions": .lines(["Felles kurs ; jobbspesialist"])]),
        ("action-on-day-off", ["actions": .lines(["Felles kurs ; jobbspesialist ; 26.12.2026"])]),
        ("action-owner-looks-like-name", ["actions": .lines(["Felles kurs ; Kari Nordmann ; 01.02.2027"])]),
    ]

    /// Where the smallest change rightly fires other rules too: with no
    /// responsible position on either side, NAV's is also missing for
    /// questions about measures and benefits; a DPS with nothing for work
    /// in treatment lacks each thing; a pair with no plan to get to know
    /// each other lacks each way; an unsettled foundation also has no
    /// competence centre.
    static let firesAlongside: [String: [String]] = [
        "responsibility-in-one-place": ["no-regulation-contact"],
        "no-need-to-wait": ["no-work-support", "no-ips", "work-not-on-agenda"],
        "roles-little-known": ["not-knowing-each-other", "local-employers"],
        "carried-by-unclear": ["competence-centre"],
    ]

    static let blocking: [(rule: String, change: [String: Reply])] = [
        ("first-meeting-past", ["first_meeting": .line("01.11.2026")]),
        ("review-past", ["review_date": .line("i dag")]),
        ("action-overdue", ["actions": .lines(["Felles kurs ; jobbspesialist ; 01.11.2026"])]),
    ]

    @Test(arguments: firing.indices)
    func eachAdviceFiresOnItsOwn(_ index: Int) {
        let (rule, change) = Self.firing[index]
        let outcome = driver.run(AnswerSets.strong.merging(change) { $1 })
        #expect(outcome.state.isFinished, "\(rule)")
        // In the order the rules file gives them, whichever is tested.
        let expected = [rule] + (Self.firesAlongside[rule] ?? [])
        #expect(outcome.advice.sorted() == expected.sorted() && outcome.advice.count == expected.count, "\(rule): \(outcome.advice)")
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
        let readme = try String(
            contentsOf: Golden.folder.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules/README.md"), encoding: .utf8)
        let example = try #require(readme.firstMatch(of: /```yaml\n([\s\S]*?)```/)?.1)
        let rules = try RulesLoader.load(text: String(example), file: "Rules/README.md")
        #expect(rules.id == "example" && rules.questions.count == 10 && rules.feedback.count == 3)
        #expect(rules.format == 2 && rules.parties.map(\.id) == ["dps", "nav", "kommune"])
    }

    @Test func theFourFormsOfCooperationAndTheWaysToKnowEachOtherAreOffered() throws {
        let rules = try BuiltinRules.load()
        guard case .choice(let work, true)? = rules.question("work_in_treatment")?.kind,
            case .choice(let knowing, true)? = rules.question("getting_to_know")?.kind
        else {
            Issue.record("work_in_treatment and getting_to_know are multiple choices")
            return
        }
        #expect(work.map(\.id) == ["job_specialist", "nav_at_dps", "ips", "on_agenda", "nothing"])
        #expect(knowing.map(\.id) == ["workshops", "shadowing", "staff_meetings", "courses", "employers", "nothing"])
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
