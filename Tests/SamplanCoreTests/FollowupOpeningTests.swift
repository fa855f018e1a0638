import Testing

@testable import SamplanCore

/// How a follow-up begins and what `resume` goes on with, decided in Core
/// (issue 29): the terminal only shows and writes what these say.
struct FollowupOpeningTests {
    static let later = LocalDate(iso: "2027-01-20")!

    @Test func aNewFollowUpIsWrittenWithItsFirstAnswerAndNamedAfterItsTranscript() throws {
        let history = try FollowupTests.history()
        let opening = try FollowupOpening(
            history: history, sessionDate: SessionDriverTests.today, today: Self.later,
            asking: .builtin, language: .nb, transcript: "/t/2026-11-23-a-b.transcript", now: "x")
        #expect(opening.records.isEmpty)
        #expect(opening.beforeFirstRecord == [.followup(date: Self.later, language: .nb, rules: FollowupRules.builtin.pin)])
        #expect(opening.planStem == "2026-11-23-a-b-oppfolging-2027-01-20")
        #expect(opening.greeting.map(\.text).last?.contains("Avtalen fra 23.11.2026 følges opp.") == true)
        #expect(opening.history.followups.count == 1 && opening.pass.asked == [4, 1, 5, 3, 2, 6])
    }

    @Test func aFollowUpLeftUnfinishedIsContinuedOnALaterDay() throws {
        var history = try FollowupTests.history()
        history.append(FollowupTests.followUp(history, on: "2027-01-20", ["1", "2"]).pass)
        let later = LocalDate(iso: "2027-01-22")!
        let opening = try FollowupOpening(
            history: history, sessionDate: SessionDriverTests.today, today: later,
            asking: .legacy, language: .nb, transcript: "t.transcript", now: "2027-01-22T09:00:00+01:00")
        #expect(opening.records == [.resumed(at: "2027-01-22T09:00:00+01:00"), .continued(on: later)])
        #expect(opening.beforeFirstRecord.isEmpty, "the block it continues is on disk already")
        #expect(opening.pass.state.today == later && opening.pass.date == Self.later)
        #expect(opening.history.followups.count == 1)
    }

    @Test func aSessionLeftPartWayOrALaterSessionIsRefused() throws {
        let (session, _, _) = try ActionTests.finishedSession()
        let unfinished = PlanHistory(
            rules: session.interview.rules, language: .nb,
            session: session.interview.start(today: SessionDriverTests.today))
        #expect(throws: FollowupOpening.Refusal.self) {
            try FollowupOpening(
                history: unfinished, sessionDate: SessionDriverTests.today, today: Self.later,
                asking: .builtin, language: .nb, transcript: "t.transcript", now: "x")
        }
        let before = LocalDate(iso: "2026-11-01")!
        let finished = try FollowupTests.history()
        do {
            _ = try FollowupOpening(
                history: finished, sessionDate: SessionDriverTests.today, today: before,
                asking: .builtin, language: .nb, transcript: "t.transcript", now: "x")
            Issue.record("a follow-up dated before its session began")
        } catch {
            #expect(error == FollowupOpening.Refusal.datedBeforeSession(today: before, session: SessionDriverTests.today))
        }
    }
}
