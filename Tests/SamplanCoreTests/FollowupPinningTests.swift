import Foundation
import Testing

@testable import SamplanCore

/// Follow-up rules are data, and each follow-up records the rules it was
/// asked by (issue 29): what a follow-up said is read under those rules,
/// whatever the built-in follow-up rules say later.
struct FollowupPinningTests {
    typealias Drive = SessionDriverTests

    /// The built-in follow-up rules changed as a coordinator might: a new
    /// status offered first, the status question reworded, the other
    /// options reordered.
    static let changedText = FollowupRules.builtin.text
        .replacingOccurrences(of: "version: 1.1.1", with: "version: 1.1.0-test")
        .replacingOccurrences(
            of: "statuses:\n  - id: done",
            with: """
                statuses:
                  - id: paused
                    label: {nb: På vent, en: On hold}
                    outcome: open
                    asks: [new_date]
                  - id: done
                """
        )
        .replacingOccurrences(of: "Hvor langt har dere kommet?", with: "Hvordan står det til med dette?")
        .replacingOccurrences(
            of: """
                  - id: not_started
                    label: {nb: Ikke påbegynt, en: Not started}
                    outcome: open
                    asks: [barrier, new_date]
                  - id: dropped
                    label: {nb: Droppet, en: Dropped}
                    outcome: dropped
                    asks: [why_dropped]
                """,
            with: """
                  - id: dropped
                    label: {nb: Droppet, en: Dropped}
                    outcome: dropped
                    asks: [why_dropped]
                  - id: not_started
                    label: {nb: Ikke påbegynt, en: Not started}
                    outcome: open
                    asks: [barrier, new_date]
                """)

    static func changed() throws -> FollowupRules { try FollowupRulesLoader.load(text: changedText, file: "changed.yaml") }

    /// A transcript of the finished session and one follow-up typed under `rules`.
    static func transcript(followedUpUnder rules: FollowupRules, pinned: Bool, _ lines: [String]) throws -> (Transcript, RuleBook, String) {
        let (session, _, records) = try ActionTests.finishedSession()
        var live = PlanHistory(rules: session.interview.rules, language: .nb, session: session.state)
        let pass = live.start(on: LocalDate(iso: "2027-01-20")!, language: .nb, asking: rules)
        var driver = SessionDriver(
            interview: pass.interview, screen: ScreenWriter(width: { 80 }, colour: false),
            state: pass.state, planRenderer: .builtin(.nb))
        let (_, typed, _) = Drive.type(lines, into: &driver)
        live.append(pass.with(state: driver.state))
        let header = TranscriptHeader(
            samplanVersion: "test", rulesID: session.interview.rules.id,
            rulesVersion: session.interview.rules.version, rulesText: BuiltinRules.text,
            language: .nb, today: Drive.today, started: "2026-11-23T10:00:00+01:00")
        var text = header.text
        for event in records + [.followup(date: pass.date, language: .nb, rules: pinned ? rules.pin : nil)] + typed {
            text += TranscriptRecord(time: 0, event).line + "\n"
        }
        let livePlan = PlanRenderer.followupNote(.nb).render(PlanContext(history: live, language: .nb))
        return (try Transcript.parse(text), session.interview.rules, livePlan)
    }

    /// The legacy rules ask what 0.3 asked, and always will; the built-in
    /// rules ask the same and more: what a done «Avklare» settled, why an
    /// action was dropped, what «Annet» was; and not what stood in the way
    /// of an action not yet due (5 and 6 are due after 20.01.2027).
    @Test func theLegacyFollowUpAsksWhatItAlwaysAskedAndTheBuiltInMore() throws {
        let history = try FollowupTests.history()
        let builtin = history.start(on: LocalDate(iso: "2027-01-20")!, language: .nb, asking: .builtin).rules
        let legacy = history.start(on: LocalDate(iso: "2027-01-20")!, language: .nb, asking: .legacy).rules
        let closing = ["first_meeting_held", "next_review", "actions"]
        #expect(legacy.questions.map(\.id) == [4, 1, 5, 3, 2, 6].flatMap { ["status_\($0)", "barrier_\($0)", "date_\($0)"] } + closing)
        #expect(
            builtin.questions.map(\.id)
                == ["status_4", "result_4", "barrier_4", "why_4", "else_4", "date_4"]
                + [1, 5].flatMap { ["status_\($0)", "barrier_\($0)", "why_\($0)", "else_\($0)", "date_\($0)"] }
                + [3, 2, 6].flatMap { ["status_\($0)", "why_\($0)", "else_\($0)", "date_\($0)"] } + closing)
        for language in Language.allCases {
            for question in legacy.questions {
                guard let same = builtin.question(question.id) else { continue }
                if question.id == "actions" {
                    // 1.1.1 leaves the line's format to the session's hint (issue 33).
                    #expect(question.text[language].hasPrefix(same.text[language] + " "), "\(question.id)")
                    continue
                }
                #expect(same.text[language] == question.text[language], "\(question.id)")
            }
        }
        #expect(FollowupRules.builtin.statuses.map(\.id) == ["done", "started", "not_started", "dropped"])
        #expect(FollowupRules.legacy.statuses.map(\.id) == ["done", "started", "not_started", "dropped"])
    }

    /// The follow-up replays under the rules it recorded: the changed
    /// rules' new status and order hold, though the built-in rules differ.
    @Test func aFollowUpReplaysUnderTheRulesItRecorded() throws {
        let changed = try Self.changed()
        // Options now: 1 På vent, 2 Gjennomført, 3 Påbegynt, 4 Droppet,
        // 5 Ikke påbegynt. «Avklare …» on hold; the rest as in FollowupTests.first.
        let lines = ["1", "om 4 uker", "3", "2", "om 6 uker", "2", "5", "15.03.2027", "4", "5", "2", "ja", "om 3 måneder", ""]
        let (transcript, rules, livePlan) = try Self.transcript(followedUpUnder: changed, pinned: true, lines)
        let replayed = try PlanHistory(transcript: transcript, rules: rules)
        #expect(replayed.followups.first?.isFinished == true)
        #expect(replayed.followups.first?.followupRules.version == "1.1.0-test")
        #expect([4, 1, 5, 3, 2, 6].map { replayed.statuses[$0]?.id } == ["paused", "started", "done", "not_started", "dropped", "done"])
        let plan = PlanRenderer.followupNote(.nb).render(PlanContext(history: replayed, language: .nb))
        #expect(plan == livePlan, "replay gives the plan the live follow-up gave")
        #expect(plan.contains("På vent"))
        // The same inputs read under the built-in rules would mean other things.
        var unpinned = transcript
        unpinned.records = transcript.records.map { record in
            guard case .followup(let date, let language, _) = record.event else { return record }
            return TranscriptRecord(time: record.time, .followup(date: date, language: language, rules: nil))
        }
        let misread = try PlanHistory(transcript: unpinned, rules: rules)
        #expect([4, 1, 5, 3, 2, 6].map { misread.statuses[$0]?.id } != ["paused", "started", "done", "not_started", "dropped", "done"])
    }

    @Test func recordedRulesEditedByHandAreRefused() throws {
        let changed = try Self.changed()
        let altered = FollowupRules.Pin(
            id: changed.id, version: changed.version, hash: changed.hash,
            text: changed.text.replacingOccurrences(of: "På vent", with: "Pause"))
        #expect(throws: TranscriptProblem.followupRulesAltered) { try FollowupRules.recorded(altered) }
        let renamed = FollowupRules.Pin(id: "other", version: changed.version, hash: changed.hash, text: changed.text)
        #expect(throws: TranscriptProblem.followupRulesAltered) { try FollowupRules.recorded(renamed) }
    }

    /// A follow-up format this samplan does not know is refused, never guessed.
    @Test func anUnknownFollowUpFormatIsRefused() throws {
        let newer = FollowupRules.builtin.text.replacingOccurrences(of: "format: followup-1", with: "format: followup-2")
        let pin = FollowupRules.Pin(id: "followup", version: "1.0.0", hash: SHA256.hex(newer.utf8), text: newer)
        do {
            _ = try FollowupRules.recorded(pin)
            Issue.record("a newer format was read")
        } catch {
            #expect(
                error.message(file: "t.transcript", in: .en)
                    == "t.transcript: the follow-up rules in the file cannot be read: 7:9: unsupported rules format 'followup-2'; this samplan reads formats 1 and 2, and followup-1 for follow-up rules"
            )
        }
    }

    /// A record written before follow-ups carried their rules reads back
    /// with none, and one written now with its own, byte for byte.
    @Test func theFollowupRecordCarriesItsRules() throws {
        let old = try #require(TranscriptRecord(line: "10:00:00.000\tfollowup\t2027-01-20\tnb"))
        guard case .followup(_, _, let none) = old.event else { Issue.record("not a follow-up"); return }
        #expect(none == nil)
        let now = TranscriptRecord(time: 0, .followup(date: LocalDate(iso: "2027-01-20")!, language: .nb, rules: FollowupRules.builtin.pin))
        let back = try #require(TranscriptRecord(line: now.line))
        guard case .followup(_, _, let pin?) = back.event else { Issue.record("no rules"); return }
        #expect(pin == FollowupRules.builtin.pin)
        #expect(try FollowupRules.recorded(pin).statuses == FollowupRules.builtin.statuses)
        #expect(TranscriptRecord(line: "10:00:00.000\tfollowup\t2027-01-20\tnb\tfollowup\t1.0.0\tmd5:00\tformat: followup-1") == nil)
    }
}
