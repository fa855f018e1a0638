import Foundation
import Testing

/// Transcripts from the outside: the examples replay exactly, damage is
/// survived, changed rules change nothing, and `replay --rules` tells.
struct TranscriptCommandTests {
    static let examples = Golden.examples

    @Test func thereAreSixExamples() {
        #expect(Self.examples.count == 6)
    }

    /// Rebuilt from the transcript alone, each plan equals the plan the
    /// live session saved.
    @Test(arguments: examples)
    func exampleRebuildsThePlanItSaved(_ transcript: String) throws {
        let run = try PipeRun.run(["plan", transcript], input: "")
        #expect(run.status == 0)
        #expect(run.stderr == "")
        // The plan it saved last: a resumed session saves beside its draft.
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        let save = try #require(text.split(separator: "\n").last { $0.contains("\tsave\t") }?.split(separator: "\t").last)
        let saved = try String(contentsOf: Golden.repository.appendingPathComponent(String(save)), encoding: .utf8)
        #expect(run.stdout == saved)
    }

    @Test(arguments: examples)
    func replayMatchesItsGoldenOutput(_ transcript: String) throws {
        let run = try PipeRun.run(["replay", transcript, "--max-idle", "0"], input: "")
        #expect(run.status == 0)
        let name = "replay-" + URL(fileURLWithPath: transcript).deletingPathExtension().lastPathComponent + ".txt"
        try Golden.check(run.stdout, against: name)
    }

    /// --step: it says how to go on and stop, one exchange per Enter, and
    /// q stops with no status that would read as the session's end.
    @Test func replayStepsOnEnterAndStopsOnQ() throws {
        let strong = try #require(Self.examples.first { $0.contains("lillestrom") })
        let run = try PipeRun.run(["replay", strong, "--step"], input: "\n\n\nq\n")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Enter viser neste steg; q og Enter avslutter avspillingen.\n"))
        #expect(run.stdout.contains("✓ DPS Lillestrøm, allmennpsykiatrisk poliklinikk"))
        #expect(run.stdout.contains("✓ NAV Lillestrøm"))
        #expect(!run.stdout.contains("✓ Pasienter ved poliklinikken"))
        #expect(run.stdout.hasSuffix("Avspillingen er stoppet. Økten i øktloggen er som før.\n"), "\(run.stdout.suffix(300))")
        #expect(!run.stdout.contains("Status:"))
    }

    /// Replay shows what was typed: a closing line as a line, `/tiltak`
    /// with its dialogue, and a command with the number the list showed,
    /// never an action's id (issue 32, 6).
    @Test func replayShowsCommandsAsTyped() throws {
        for example in Self.examples {
            let run = try PipeRun.run(["replay", example, "--max-idle", "0"], input: "")
            #expect(run.status == 0)
            #expect(!run.stdout.contains(" #"), "\(example): no id")
            #expect(!run.stdout.contains("/tiltak Presentere"), "a closing line is no command")
        }
        // A session that made, changed and removed actions with commands.
        let folder = TempFolder.make()
        let closing = try #require(Typed.norwegian.firstIndex(of: "om 26 uker")) + 1
        // Back at the first question, an action through the dialogue; at
        // the closing, a line, a change, a removal and the first step.
        let lines =
            ["2", "/tilbake", "/tiltak", "Ringe NAV-lederen", "NAV-leder", "innen jul"] + Array(Typed.norwegian[1...closing])
            + ["Lage kontaktliste ; NAV-leder ; innen jul", "/tiltak 2 frist 15.01.2027", "/fjern 3", "/først 2", ""]
        let session = try PipeRun.run(
            [], input: lines.joined(separator: "\n") + "\n", environment: ["SAMPLAN_TODAY": "2026-11-23"], directory: folder)
        #expect(session.status == 0, "\(session.stderr)")
        let transcript = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        let text = try PipeRun.run(["replay", transcript, "--max-idle", "0"], input: "").stdout
        #expect(
            text.contains("› /tiltak\nTiltak · hva › Ringe NAV-lederen\nTiltak · ansvarlig › NAV-leder\nTiltak · frist › 23.12.2026\n"),
            "\(text.prefix(3000))")
        #expect(text.contains("› Lage kontaktliste ; NAV-leder ; 23.12.2026\n"))
        #expect(text.contains("› /tiltak 2 frist 15.01.2027\n"))
        #expect(text.contains("› /fjern 3\n") && text.contains("› /først 2\n"))
        #expect(!text.contains(" #"))
    }

    @Test func tornLastLineIsSkippedWithAWarning() throws {
        let folder = TempFolder.make()
        let copy = folder + "/torn.transcript"
        let weak = try #require(Self.examples.first { $0.contains("tynset") })
        var text = try String(contentsOfFile: weak, encoding: .utf8)
        text.removeLast(6)  // the newline and the end of the `end` record
        try text.write(toFile: copy, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let run = try PipeRun.run(["plan", copy, "--lang", "en"], input: "")
        #expect(run.status == 0)
        #expect(
            run.stderr == "samplan: \(copy):\(lines): the last line was cut off while being written and was skipped; everything before it counts.\n")
        #expect(run.stdout.hasPrefix("COOPERATION AGREEMENT"), "--lang chooses the plan's language")
        #expect(run.stdout.contains("\n- Tynset DPS\n"))
        #expect(run.stdout.contains("only this one."), "answers typed in bokmål still count")
    }

    /// A coordinator copies a transcript elsewhere: resuming it writes the
    /// plan beside the copy, not where the session first ran.
    @Test func copiedTranscriptResumesBesideItself() throws {
        let folder = TempFolder.make()
        let solli = try #require(Self.examples.first { $0.contains("solli") })
        try FileManager.default.copyItem(atPath: solli, toPath: folder + "/copy.transcript")
        let run = try PipeRun.run(["resume", "copy.transcript"], input: "", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let plan = folder + "/" + (solli as NSString).lastPathComponent.replacing(".transcript", with: ".plan.txt")
        #expect(FileManager.default.fileExists(atPath: plan))
        #expect(try String(contentsOfFile: folder + "/copy.transcript", encoding: .utf8).contains("\tsave\t./"))
    }

    @Test func newerFormatIsRefusedClearly() throws {
        let folder = TempFolder.make()
        try "samplan-transcript\t7\n".write(toFile: folder + "/new.transcript", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["resume", folder + "/new.transcript", "--lang", "en"], input: "")
        #expect(run.status == 65)
        #expect(run.stderr.contains("is in format 7, written by a newer samplan; this one reads format 1. Update samplan."))
    }

    /// A session under rules that are then deleted and replaced still
    /// replays exactly: the transcript carries its rules.
    @Test func replayIsExactAfterTheRulesChange() throws {
        let folder = TempFolder.make()
        let builtin = try String(contentsOf: Golden.repository.appendingPathComponent("Rules/dps-nav.yaml"), encoding: .utf8)
        let custom = builtin.replacing(/\nversion: [0-9.]+\n/, with: "\nversion: 0.9.0-pilot\n")
            .replacing("nb: Hvilket NAV-kontor kommer du fra?", with: "nb: Hvilket NAV-kontor representerer du?")
        let rules = folder + "/pilot.yaml"
        try custom.write(toFile: rules, atomically: true, encoding: .utf8)
        let session = try PipeRun.run(["--rules", rules], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: folder)
        #expect(session.status == 0)
        try FileManager.default.removeItem(atPath: rules)
        let files = SessionFiles(folder: folder + "/Transcripts")
        let transcript = try files.one(ending: ".transcript")
        let plan = try PipeRun.run(["plan", transcript], input: "")
        #expect(plan.stdout == (try files.text(ending: ".plan.txt")))
        #expect(plan.stdout.contains("Laget med samplan (dps-nav 0.9.0-pilot)."))
        let replay = try PipeRun.run(["replay", transcript, "--max-idle", "0"], input: "")
        #expect(replay.stdout.contains("Hvilket NAV-kontor representerer du?"))
    }

    @Test func replayWithOtherRulesListsWhatChanges() throws {
        let folder = TempFolder.make()
        let builtin = try String(contentsOf: Golden.repository.appendingPathComponent("Rules/dps-nav.yaml"), encoding: .utf8)
        let stricter = builtin.replacing(/\nversion: [0-9.]+\n/, with: "\nversion: 9.0.0\n")
            .replacing("when: {question: review_date, more_than: 365}", with: "when: {question: review_date, more_than: 150}")
            .replacing("{question: review_date, at_most: 365}", with: "{question: review_date, at_most: 150}")
            .replacing(
                "      - id: meeting_frequency\n",
                with:
                    "      - id: joint_courses\n        ask: all\n        type: yesno\n        text: {nb: Skal dere holde felles kurs?, en: Will you hold joint courses?}\n      - id: meeting_frequency\n"
            )
        try stricter.write(toFile: folder + "/stricter.yaml", atomically: true, encoding: .utf8)
        let strong = try #require(Self.examples.first { $0.contains("lillestrom") })
        let run = try PipeRun.run(["replay", strong, "--rules", folder + "/stricter.yaml"], input: "")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Svarene vurdert etter dps-nav 9.0.0 (\(folder)/stricter.yaml) i\nstedet for dps-nav 3.3.0:\n"))
        #expect(run.stdout.contains("Ny tilbakemelding:\n  + review-far-off: Evalueringen ligger mer enn et år fram."))
        #expect(run.stdout.contains("Spørsmål som nå er ubesvart:\n  ? joint_courses: Skal dere holde felles kurs?\n"))
        #expect(run.stdout.hasSuffix("Status som endres:\n  Tiltak og evaluering: oppfylt → delvis\n"))
        #expect(!run.stdout.contains("forsvinner"))
        // A session made with the built-in rules, judged by the same rules
        // as a file: nothing changes.
        let made = try PipeRun.run([], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: folder)
        #expect(made.status == 0)
        let transcript = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        let same = try PipeRun.run(
            [
                "replay", transcript, "--rules", Golden.repository.appendingPathComponent("Rules/dps-nav.yaml").path,
                "--lang", "en",
            ], input: "")
        #expect(same.stdout.hasSuffix("  No changes.\n"))
    }
}
