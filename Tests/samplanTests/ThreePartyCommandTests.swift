import Foundation
import Testing

/// The three-party rules of format 2 (Tests/Shared/three-parties) through
/// the real program: the files are named after all three parties, the plan
/// has its action table and first step, and `summary` and `followup` read
/// the session (issue 18).
struct ThreePartyCommandTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Shared/three-parties").path

    @Test func aSessionNamesItsFilesAfterThreePartiesAndTheCoordinatorReadsIt() throws {
        let typed = try String(contentsOfFile: Self.folder + "/typed.nb.txt", encoding: .utf8)
        let work = TempFolder.make()
        let run = try PipeRun.run(["new", "--rules", Self.folder + "/rules.yaml", "--lang", "nb"], input: typed, directory: work)
        #expect(run.status == 0, "\(run.stderr)")
        let files = SessionFiles(folder: work + "/Transcripts")
        #expect(
            files.names() == [
                "2026-11-23-klinikk-vest-kontor-sentrum-bydel-nord.plan.txt",
                "2026-11-23-klinikk-vest-kontor-sentrum-bydel-nord.transcript",
            ])
        let transcript = try files.text(ending: ".transcript")
        #expect(transcript.contains("\tparties\tKlinikk Vest\tKontor Sentrum\tBydel Nord\n"))
        #expect(transcript.contains("\tanswer\tkontaktliste\tklinikk+kontor\tnei\n"))
        let plan = try files.text(ending: ".plan.txt")
        #expect(plan.contains("► 07.12.2026  koordinator        Møte med alle tre"), "\(plan)")
        #expect(plan.contains("- Bydelens psykiske helsetjeneste: Bydel Nord"))

        let summary = try PipeRun.run(["summary", work + "/Transcripts", "--format", "csv"], input: "")
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains(",Klinikk Vest / Kontor Sentrum / Bydel Nord,nb,three-parties 1.0.0,"), "\(summary.stdout)")
        let followup = try PipeRun.run(["followup", work + "/Transcripts", "--before", "01.07.2027", "--lang", "nb"], input: "")
        #expect(followup.status == 0, "\(followup.stderr)")
        #expect(
            followup.stdout.contains(
                "  Første steg — Klinikk Vest / Kontor Sentrum / Bydel Nord\n    Møte med alle tre — koordinator\n    Kontakt: bydelskoordinator (Bydel)\n"
            ), "\(followup.stdout)")
        let replay = try PipeRun.run(["replay", files.one(ending: ".transcript"), "--lang", "nb"], input: "")
        #expect(replay.status == 0 && replay.stdout.contains("[9/15] Møte · Kontor+Bydel › bydelskoordinator"), "\(replay.stdout)")
    }

    /// Each refusal of format 2 through `samplan check`: FILE:LINE:COL on
    /// standard error and exit 65.
    @Test(arguments: [
        ("ask: [klinikk, kontor]", "ask: [klinikk, kommune]", "unknown party 'kommune'"),
        ("ask: [klinikk, kontor]", "ask: []", "'kontaktliste' is asked of no party"),
        (
            "      quote: Et svært enkelt tiltak for å lette kommunikasjonen er å utveksle kontaktinformasjon til enkeltveiledere og -behandlere.\n",
            "", "research source 'rph2017' needs 'quote:'"
        ),
        ("role: review-date", "role: first-step.date", "another question already has the role 'first-step.date'"),
    ])
    func checkRefusesABrokenFormatTwoFile(_ old: String, _ new: String, _ message: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/rules.yaml", encoding: .utf8)
        #expect(text.contains(old))
        let work = TempFolder.make()
        try text.replacing(old, with: new).write(toFile: work + "/bad.yaml", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["check", "bad.yaml", "--lang", "en"], input: "", directory: work)
        #expect(run.status == 65)
        #expect(run.stderr.contains(try Regex(#"bad\.yaml:[0-9]+:[0-9]+: "#)) && run.stderr.contains(message), "\(run.stderr)")
    }

    /// A format-1 file still loads, and `check` says how to upgrade it.
    @Test func checkSaysHowToUpgradeFormatOne() throws {
        let work = TempFolder.make()
        let old = """
            format: 1
            id: old
            version: '1'
            title: {nb: Gammel, en: Old}
            sources: [{id: s, cite: S, title: S}]
            sections:
              - id: a
                kind: opening
                title: {nb: A, en: A}
                rationale: {nb: A, en: A}
                source: s
                questions: [{id: q, ask: both, type: text, text: {nb: Q?, en: Q?}}]

            """
        try old.write(toFile: work + "/old.yaml", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["check", "old.yaml", "--lang", "en"], input: "", directory: work)
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix("old 1: 1 sections, 1 questions, 0 feedback rules; languages: nb, en\nFormat 1 still loads. To upgrade to format 2"),
            "\(run.stdout)")
        let three = try PipeRun.run(["check", Self.folder + "/rules.yaml", "--lang", "en"], input: "")
        #expect(three.status == 0 && !three.stdout.contains("upgrade"), "\(three.stdout)")
    }
}
