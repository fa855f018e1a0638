import Foundation
import Testing

@testable import SamplanCore

/// The engine on the small fixture: unit, often, first_meeting (asked only
/// when unit is answered), hours.
struct InterviewTests {
    let interview: Interview
    let today = LocalDate(year: 2026, month: 11, day: 23)!

    init() throws {
        interview = Interview(rules: try RulesLoader.load(text: Fixture.valid, file: "r.yaml"), language: .nb)
    }

    func feed(_ inputs: [SessionInput], from start: SessionState? = nil) -> (SessionState, [SessionEvent]) {
        var state = start ?? interview.start(today: today)
        var all: [SessionEvent] = []
        for input in inputs {
            let (next, events) = interview.step(state, input)
            state = next
            all += events
        }
        return (state, all)
    }

    @Test func conditionalQuestionIsLeftOutWhenItsConditionFails() {
        let (state, _) = feed([.skip])
        #expect(state.current == "often")
        #expect(interview.answers(state).applicable == ["unit", "often", "hours"])
        let (answered, _) = feed([.line("oslo dps")])
        #expect(interview.answers(answered).applicable == ["unit", "often", "first_meeting", "hours"])
    }

    @Test func blockingFeedbackRefusesAndReasks() {
        let (state, events) = feed([.line("Oslo DPS")])
        #expect(events == [.blocked(feedback: "unit-upper")])
        #expect(state.current == "unit")
        #expect(state.recorded["unit"] == nil)
    }

    /// A refused answer is tried in place and undone: the earlier answer,
    /// or the skip, is back, in the answers that count too.
    @Test func blockedAnswerPutsTheEarlierAnswerOrSkipBack() {
        let (answered, _) = feed([.line("oslo dps"), .edit(1), .line("Oslo DPS")])
        #expect(answered.recorded["unit"] == .text("oslo dps"))
        #expect(interview.answers(answered)["unit"] == .text("oslo dps"))
        let (skipped, events) = feed([.skip, .back, .line("Oslo DPS")])
        #expect(events.last == .blocked(feedback: "unit-upper"))
        #expect(skipped.recorded["unit"] == nil && skipped.skipped.contains("unit"))
        #expect(interview.answers(skipped).applicable == ["unit", "often", "hours"])
    }

    /// A decoded state has no positional copy: the engine rebuilds it and
    /// goes on exactly as with the original.
    @Test func decodedStateStepsLikeTheOriginal() throws {
        let (state, _) = feed([.line("oslo dps"), .line("1"), .skip, .back])
        let decoded = try JSONDecoder().decode(SessionState.self, from: JSONEncoder().encode(state))
        #expect(decoded == state)
        for input: SessionInput in [.line(""), .line("om 2 uker"), .edit(2), .line("2")] {
            #expect(interview.step(decoded, input) == interview.step(state, input))
        }
        #expect(
            feed([.line(""), .line("om 2 uker"), .line("10")], from: decoded).0 == feed([.line(""), .line("om 2 uker"), .line("10")], from: state).0)
    }

    @Test func adviceKeepsTheAnswerAndEnterMovesOn() {
        let (state, events) = feed([.line("oslo dps"), .line("2")])
        #expect(events.last == .advice(feedback: ["often-monthly"]))
        #expect(state.current == "often" && state.awaitingKeep)
        let (kept, keptEvents) = feed([.line("")], from: state)
        #expect(keptEvents == [.kept(question: "often")])
        #expect(kept.current == "first_meeting")
        #expect(kept.recorded["often"] == .choice(["monthly"]))
    }

    @Test func backAndEditNeverEraseLaterAnswers() {
        let (state, _) = feed([.line("oslo dps"), .line("1"), .line("om 2 uker"), .line("10")])
        #expect(state.isFinished)
        // Edit question 2, then come back to where we were (finished: the end).
        let (edited, _) = feed([.back], from: state)
        #expect(edited.current == nil, "back from the end stays finished")
        let mid = feed([.line("oslo dps"), .line("1"), .line("om 2 uker")]).0
        let (back, _) = feed([.back, .back], from: mid)
        #expect(back.current == "often")
        #expect(back.recorded["first_meeting"] == .date(LocalDate(year: 2026, month: 12, day: 7)!))
        let (jumped, _) = feed([.edit(1), .line("bergen dps")], from: mid)
        #expect(jumped.current == "hours", "after an edit the session returns where it was")
        #expect(jumped.recorded["first_meeting"] != nil && jumped.recorded["often"] == .choice(["weekly"]))
    }

    @Test func answersToQuestionsThatNoLongerApplyAreKeptButDoNotCount() {
        let (state, _) = feed([.line("oslo dps"), .line("1"), .line("om 2 uker"), .edit(1), .skip])
        #expect(state.recorded["first_meeting"] != nil, "kept in the session")
        #expect(interview.answers(state)["first_meeting"] == nil, "but not counted")
        // Going back to the skipped question and pressing Enter restores it.
        let (restored, _) = feed([.edit(1), .line("")], from: state)
        #expect(interview.answers(restored)["unit"] == .text("oslo dps"))
        #expect(interview.answers(restored)["first_meeting"] != nil)
    }

    @Test func dateRulesCountDaysFromTheSessionsDate() {
        let (late, lateEvents) = feed([.line("oslo dps"), .line("1"), .line("om 5 uker")])
        #expect(lateEvents.last == .advice(feedback: ["meeting-late"]))
        #expect(late.current == "first_meeting")
        let (_, soonEvents) = feed([.line("oslo dps"), .line("1"), .line("om 4 uker")])
        #expect(!soonEvents.contains(.advice(feedback: ["meeting-late"])))
    }

    @Test func statusByAnsweredQuestions() throws {
        let book = interview.rules
        let section = try #require(book.section("start"))
        #expect(book.status(of: section, answers: interview.answers(interview.start(today: today))) == .open)
        let (some, _) = feed([.line("oslo dps")])
        #expect(book.status(of: section, answers: interview.answers(some)) == .partly)
        let (all, _) = feed([.line("oslo dps"), .line("1"), .line("om 2 uker"), .line("10")])
        #expect(book.status(of: section, answers: interview.answers(all)) == .met)
    }
}
