import Testing

@testable import SamplanCore

/// With many questions, the engine works out which questions apply from the
/// last step's result and the answers changed since (`Applicability`); the
/// tests make it do so for small rules too. At every step of
/// whole sessions — going back, editing, skipping, turning advice into
/// actions, and a follow-up of a long plan — that must equal a walk from
/// the first question.
struct ApplicabilityTests {
    typealias Drive = SessionDriverTests

    static func check(_ interview: Interview, _ state: SessionState, _ label: String) {
        let incremental = interview.answers(state)
        let walked = Answers(rules: interview.rules, recorded: state.recorded, skipped: state.skipped, today: state.today)
        #expect(incremental.applicablePositions == walked.applicablePositions, "\(label)")
        #expect(incremental.values == walked.values, "\(label)")
    }

    static func walk(_ lines: [String], rules: RuleBook, language: Language) {
        let rules = rules.trackingApplicability()
        let interview = Interview(rules: rules, language: language)
        var driver = SessionDriver(
            interview: interview, screen: ScreenWriter(width: { 80 }, colour: false),
            state: interview.start(today: Drive.today), planRenderer: .builtin(language))
        var screen = ""
        for (index, line) in lines.enumerated() {
            guard driver.ask(into: &screen) != nil else { break }
            if case .record(let step) = driver.handle(line, into: &screen) { driver.accept(step, into: &screen) }
            #expect(driver.state.applicability != nil || !driver.state.positional.follows(rules), "line \(index)")
            check(interview, driver.state, "line \(index): \(line)")
        }
    }

    @Test func everyStepOfWholeSessionsAgreesWithAWalk() throws {
        let rules = try BuiltinRules.load()
        Self.walk(Drive.norwegian, rules: rules, language: .nb)
        Self.walk(Drive.english, rules: rules, language: .en)
        Self.walk(ActionTests.script, rules: rules, language: .nb)
        // Back, edit, skip and a changed answer that makes later questions
        // stop applying and apply again.
        var lines = Drive.norwegian
        lines.insert(contentsOf: ["/tilbake", "/tilbake", "/hopp", "/endre 1", "1", "/endre 1", "3", "/endre 1", "2"], at: 6)
        Self.walk(lines, rules: rules, language: .nb)
        Self.walk(Drive.shared("kommune-nav/typed.nb.txt"), rules: try BuiltinRules.named("kommune-nav")!.load(), language: .nb)
    }

    @Test func aFollowUpOfALongPlanAgreesWithAWalk() throws {
        var history = try FollowupTests.history()
        var pass = history.start(on: LocalDate(iso: "2027-01-20")!, language: .nb, asking: .builtin)
        let interview = Interview(rules: pass.rules.trackingApplicability(), language: .nb)
        for line in ["2", "1, 6", "om 4 uker", "/tilbake", "1", "3", "2", "om 2 uker", "4", "3"] {
            _ = interview.step(&pass.state, .line(line))
            Self.check(interview, pass.state, line)
        }
        history.append(pass)
    }
}

extension ApplicabilityTests {
    /// A chain: the second question is asked after «ja» to the first, the
    /// third when the second is answered, the fourth when the third is. A
    /// changed first answer must reach the last one through the others.
    @Test func aChangeReachesTheEndOfAChain() throws {
        let all = Asked(parties: ["a"], spelling: "all")
        func question(_ id: String, _ kind: Question.Kind, when condition: Condition?) -> Question {
            Question(id: id, sectionID: "s", asked: all, kind: kind, text: Localized(nb: id, en: id), help: nil, condition: condition)
        }
        let questions = [
            question("q1", .yesNo, when: nil),
            question("q2", .text, when: .test(question: "q1", .equals(.bool(true)))),
            question("q3", .text, when: .test(question: "q2", .answered(true))),
            question("q4", .text, when: .test(question: "q3", .answered(true))),
            question("q5", .text, when: nil),
        ]
        let title = Localized(nb: "S", en: "S")
        let rules = RuleBook(
            format: 2, id: "chain", version: "1", title: title, languages: [.nb, .en],
            parties: [Party(id: "a", name: title, short: title, optional: false)], sources: [],
            sections: [
                Section(
                    id: "s", kind: .opening, title: title, short: title, rationale: title, basis: .practice,
                    questions: questions, status: nil)
            ],
            feedback: []
        ).trackingApplicability()
        #expect(rules.conditionReaders != nil)
        let interview = Interview(rules: rules, language: .nb)
        var state = interview.start(today: Drive.today)
        for input: SessionInput in [.line("ja"), .line("to"), .line("tre"), .line("fire"), .edit(1), .line("nei")] {
            _ = interview.step(&state, input)
            Self.check(interview, state, "\(input)")
        }
        #expect(interview.answers(state).applicable == ["q1", "q5"], "the whole chain stopped applying")
        _ = interview.step(&state, .edit(1))
        _ = interview.step(&state, .line("ja"))
        Self.check(interview, state, "ja again")
        #expect(interview.answers(state).applicable == ["q1", "q2", "q3", "q4", "q5"], "and applies again, answers kept")
    }
}
