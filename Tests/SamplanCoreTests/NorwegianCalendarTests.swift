import Testing

@testable import SamplanCore

/// Dates on a Saturday, a Sunday or a Norwegian public holiday (Easter
/// included) get advice that names the day (issue 19).
struct NorwegianCalendarTests {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func easterFollowsTheGregorianRule() {
        #expect(NorwegianCalendar.easterSunday(2024) == Self.date("2024-03-31"))
        #expect(NorwegianCalendar.easterSunday(2025) == Self.date("2025-04-20"))
        #expect(NorwegianCalendar.easterSunday(2026) == Self.date("2026-04-05"))
        #expect(NorwegianCalendar.easterSunday(2027) == Self.date("2027-03-28"))
        #expect(NorwegianCalendar.easterSunday(2038) == Self.date("2038-04-25"), "the latest possible")
    }

    /// The public holidays of 2027: Whit Monday falls on 17 May that year,
    /// so eleven dates.
    @Test func theHolidaysOf2027() {
        var holidays: [String] = []
        var day = Self.date("2027-01-01")
        while day.year == 2027 {
            if let name = NorwegianCalendar.holiday(day) { holidays.append("\(day.description) \(name.nb)") }
            day = day.addingBounded(days: 1)
        }
        #expect(
            holidays == [
                "2027-01-01 1. nyttårsdag", "2027-03-25 skjærtorsdag", "2027-03-26 langfredag", "2027-03-28 1. påskedag",
                "2027-03-29 2. påskedag", "2027-05-01 1. mai", "2027-05-06 Kristi himmelfartsdag", "2027-05-16 1. pinsedag",
                "2027-05-17 17. mai", "2027-12-25 1. juledag", "2027-12-26 2. juledag",
            ])
        #expect(NorwegianCalendar.holiday(Self.date("2026-05-25"))?.nb == "2. pinsedag")
    }

    @Test func weekendsAndHolidaysAreDaysOffAndNamed() {
        #expect(NorwegianCalendar.isDayOff(Self.date("2027-05-23")), "a Sunday")
        #expect(NorwegianCalendar.isDayOff(Self.date("2026-12-26")), "a Saturday and 2. juledag")
        #expect(!NorwegianCalendar.isDayOff(Self.date("2026-12-07")), "a Monday")
        #expect(NorwegianCalendar.describe(Self.date("2026-12-25"), .nb) == "1. juledag, fredag 25.12.2026")
        #expect(NorwegianCalendar.describe(Self.date("2026-12-25"), .en) == "Christmas Day, Friday 25.12.2026")
        #expect(NorwegianCalendar.describe(Self.date("2027-05-23"), .nb) == "søndag 23.05.2027")
    }

    /// The built-in rules' advice names the day, in the session and in
    /// what the plan would show.
    @Test func aReviewOnAHolidayGetsAdviceNamingTheDay() throws {
        let rules = try BuiltinRules.load()
        let script = AnswerSets.strong.merging(["review_date": .line("25.12.2026")]) { $1 }
        let outcome = ScriptedInterview(interview: Interview(rules: rules, language: .nb), today: AnswerSets.today).run(script)
        #expect(outcome.advice.contains("review-day-off"), "\(outcome.advice)")
        let rule = try #require(rules.feedback.first { $0.id == "review-day-off" })
        #expect(
            rules.message(rule, answers: outcome.answers, language: .nb)
                == "Evalueringen faller på 1. juledag, fredag 25.12.2026. Velg gjerne en arbeidsdag.")
        #expect(
            rules.message(rule, answers: outcome.answers, language: .en)
                == "The review falls on Christmas Day, Friday 25.12.2026. Consider a working day.")
    }

    @Test func anActionDueOnAWeekendGetsAdviceAndAWeekdayDoesNot() throws {
        let rules = try BuiltinRules.load()
        let weekend = AnswerSets.strong.merging(["actions": .lines(["Hospitering ; NAV-veileder ; 05.12.2026"])]) { $1 }
        let run = { (script: [String: Reply]) in
            ScriptedInterview(interview: Interview(rules: rules, language: .nb), today: AnswerSets.today).run(script)
        }
        let outcome = run(weekend)
        #expect(outcome.advice.contains("action-on-day-off"))
        let rule = try #require(rules.feedback.first { $0.id == "action-on-day-off" })
        #expect(rules.message(rule, answers: outcome.answers, language: .nb).hasPrefix("Minst ett tiltak har frist på lørdag 05.12.2026."))
        let weekday = AnswerSets.strong.merging(["actions": .lines(["Hospitering ; NAV-veileder ; 07.12.2026"])]) { $1 }
        #expect(!run(weekday).advice.contains("action-on-day-off"))
    }

    /// `day_off` belongs to dates and actions; an impossible date is still refused.
    @Test func dayOffIsForDatesAndImpossibleDatesAreRefused() throws {
        let parser = AnswerParser(language: .nb, today: AnswerSets.today)
        let question = try #require(try BuiltinRules.load().question("review_date"))
        guard case .failure = parser.parse("31.02", for: question) else { Issue.record("31.02 taken"); return }
        let yaml = QuestionRoleTests.otherRules.replacing(
            "feedback: []",
            with: """
                feedback:
                  - {id: x, section: who, severity: advice, when: {question: enhet, day_off: true}, message: {nb: x, en: x}, source: s}
                """)
        do {
            _ = try RulesLoader.load(text: yaml, file: "r.yaml")
            Issue.record("loaded")
        } catch {
            #expect(error.render(in: .en).contains("the test 'day_off' does not apply to a text question"), "\(error.render(in: .en))")
        }
    }
}
