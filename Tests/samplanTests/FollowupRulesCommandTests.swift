import Foundation
import Testing

/// Follow-up rules through the command line (issue 29): `samplan check`
/// reads them and refuses a broken file with FILE:LINE:COL and exit 65;
/// `oppfølging --followup-rules FILE` asks by them, and the transcript
/// replays and plans under them.
struct FollowupRulesCommandTests {
    static let builtinText = Golden.repository.appendingPathComponent("Rules/followup.yaml").path

    @Test func checkReadsTheBuiltInFollowUpRulesByNameAndAsAFile() throws {
        let byName = try PipeRun.run(["check", "followup", "--lang", "en"], input: "")
        let byFile = try PipeRun.run(["check", Self.builtinText, "--lang", "en"], input: "")
        let line =
            "followup 1.1.1: follow-up rules, 4 statuses (done, started, not_started, dropped), 6 questions per action and 3 at the end, 6 feedback rules; languages: nb, en\n"
        #expect(byName.status == 0 && byName.stdout == line, "\(byName.stderr)")
        #expect(byFile.status == 0 && byFile.stdout == line, "\(byFile.stderr)")
    }

    @Test(arguments: [
        ("outcome: dropped", "outcome: gone", "bad.yaml:32:14: unknown outcome 'gone'"),
        ("id: status_{id}", "id: status", "bad.yaml:52:11: 'id' must contain {id} exactly once"),
        ("      held: done", "      held: finished", "bad.yaml:111:13: unknown held 'finished'"),
        ("{question: new_date, less_than: 0}", "{question: new_dato, less_than: 0}", "bad.yaml:89:24: unknown question 'new_dato'"),
        ("format: followup-1", "format: followup-2", "bad.yaml:7:9: unsupported rules format 'followup-2'"),
        ("  clarifying: {nb: Avklare, en: Clarify}\n", "", "bad.yaml:39:3: missing required field 'clarifying'"),
        (
            "    why_dropped:\n      id: why_{id}\n", "    why_not:\n      id: why_{id}\n",
            "bad.yaml:72:5: unknown field 'why_not'; expected one of: status, barrier, new_date, result, why_dropped, what_else"
        ),
        // «Droppet» asks why, so the question must be there.
        ("    why_dropped:\n      id: why_{id}\n", "    why_not:\n      id: why_{id}\n", "bad.yaml:51:5: missing required field 'why_dropped'"),
    ])
    func checkRefusesABrokenFollowUpRulesFile(_ old: String, _ new: String, _ message: String) throws {
        let text = try String(contentsOfFile: Self.builtinText, encoding: .utf8)
        #expect(text.contains(old))
        let work = TempFolder.make()
        try text.replacing(old, with: new).write(toFile: work + "/bad.yaml", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["check", "bad.yaml", "--lang", "en"], input: "", directory: work)
        #expect(run.status == 65)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    /// A coordinator's own wording: asked by, recorded, and read back by
    /// replay and plan, though samplan's built-in follow-up rules differ.
    @Test func aFollowUpAsksByTheCoordinatorsRulesAndReplaysByThem() throws {
        let (folder, transcript) = try OneWriterTests.finishedSession()
        let text = try String(contentsOfFile: Self.builtinText, encoding: .utf8)
            .replacing("Hvor langt har dere kommet?", with: "Hvordan gikk det?")
            .replacing("label: {nb: Gjennomført, en: Done}", with: "label: {nb: Fullført, en: Completed}")
        try text.write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
        let followup = try PipeRun.run(
            ["oppfølging", transcript, "--followup-rules", "mine.yaml"],
            input: OneWriterTests.followup.joined(separator: "\n") + "\n",
            environment: OneWriterTests.later, directory: folder)
        #expect(followup.status == 0, "\(followup.stderr)")
        #expect(followup.stdout.contains("Hvordan gikk det?") && followup.stdout.contains("Fullført"))
        // The file it was asked by is gone: the transcript carries it.
        try FileManager.default.removeItem(atPath: folder + "/mine.yaml")
        let plan = try OneWriterTests.replayedPlan(transcript, in: folder)
        #expect(plan.contains("Fullført") && !plan.contains("Gjennomført"), "\(plan)")
        let replay = try PipeRun.run(
            ["replay", transcript, "--speed", "1000000", "--max-idle", "0"], input: "", environment: OneWriterTests.later, directory: folder)
        #expect(replay.status == 0 && replay.stdout.contains("Hvordan gikk det?"), "\(replay.stderr)")
        // Edited by hand: refused with exit 65, named.
        let recorded = try String(contentsOfFile: transcript, encoding: .utf8)
        try recorded.replacing("Hvordan gikk det?", with: "Hvordan gikk det nå?").write(toFile: transcript, atomically: true, encoding: .utf8)
        let altered = try PipeRun.run(["plan", transcript], input: "", environment: OneWriterTests.later, directory: folder)
        #expect(altered.status == 65 && altered.stderr.contains("oppfølgingsreglene i filen stemmer ikke med kontrollsummen"), "\(altered.stderr)")
    }

    /// `due` is the coordinator's command; `followup` stays as an alias.
    @Test func dueAndFollowupGiveTheSameOutput() throws {
        let due = try PipeRun.run(["due", CoordinatorTests.examples], input: "", environment: ["SAMPLAN_TODAY": "2027-03-01"])
        let followup = try PipeRun.run(["followup", CoordinatorTests.examples], input: "", environment: ["SAMPLAN_TODAY": "2027-03-01"])
        #expect(due.status == followup.status && due.stdout == followup.stdout && due.stderr == followup.stderr)
        #expect(!due.stdout.isEmpty)
    }
}

/// The roster's columns are the rules' parties (issue 29): kommune-nav,
/// which has no DPS, reads a roster of its own parties.
struct RosterOfTheRulesPartiesTests {
    @Test func kommuneNavTakesARosterOfItsOwnParties() throws {
        let folder = TempFolder.make()
        try "table,kommune,nav\n1,Psykisk helse Vik,NAV Vik\n".write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(
            ["new", "--rules", "kommune-nav", "--event", "roster.csv", "--table", "1"], input: "\n\n", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Fra deltakerlisten: Psykisk helse Vik"), "\(run.stdout)")
        #expect(run.stdout.contains("✓ Psykisk helse Vik") && run.stdout.contains("✓ NAV Vik"), "\(run.stdout)")
        let transcript = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".transcript")
        #expect(transcript.contains("\ttable\t1\n"))
        // A dps-nav roster is not kommune-nav's: the missing column is named.
        try "table,dps,nav\n1,DPS Vik,NAV Vik\n".write(toFile: folder + "/dps.csv", atomically: true, encoding: .utf8)
        let wrong = try PipeRun.run(["new", "--rules", "kommune-nav", "--event", "dps.csv", "--table", "1"], input: "", directory: folder)
        #expect(wrong.status == 65 && wrong.stderr == "samplan: dps.csv:1: kolonnen «kommune» mangler i overskriftslinjen\n")
    }
}
