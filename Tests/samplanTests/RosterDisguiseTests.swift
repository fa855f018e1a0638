import Foundation
import Glibc
import Testing

/// An identity number hidden in a roster cell (issue 28, finding 8) and
/// one hidden in a transcript edited by hand (finding 9) never reach a
/// screen or a file: the roster is read as typed lines are (cleaned, then
/// guarded), and every output of a transcript takes a last look.
@Suite(.serialized)
struct RosterDisguiseTests {
    static let number = "31129956715"

    /// The sixteen disguises of the hostile test: control characters and
    /// escape sequences between the digits, which a terminal hides.
    static let disguises: [(name: String, text: String)] = [
        ("DEL", "311299\u{7F}56715"),
        ("BEL", "311299\u{7}56715"),
        ("NUL", "311299\u{0}56715"),
        ("ESC", "311299\u{1B}56715"),
        ("ESC[m", "311299\u{1B}[m56715"),
        ("OSC title", "311299\u{1B}]0;x\u{7}56715"),
        ("C1 CSI", "311299\u{9B}m56715"),
        ("256-colour SGR", "311299\u{1B}[38;5;196m56715"),
        ("red SGR", "\u{1B}[31m31129956715\u{1B}[0m"),
        ("backspace", "311299\u{8}56715"),
        ("zero-width space", "311299\u{200B}56715"),
        ("soft hyphen", "311299\u{AD}56715"),
        ("full-width digits", "３１１２９９５６７１５"),
        ("space after six", "311299 56715"),
        ("dot after six", "311299.56715"),
        ("CR between", "311299\r56715"),
    ]

    /// Numbers a roster may hold: they must pass, cleaned.
    static let lookAlikes = ["NAV 0101", "DPS 123456", "tlf. 22 33 44 55", "org.nr. 974 760 673", "Bygg 12, rom 3"]

    @Test(arguments: disguises.map(\.name))
    func aDisguisedNumberInARosterIsRefusedEverywhere(_ name: String) throws {
        let disguised = try #require(Self.disguises.first { $0.name == name }).text
        let folder = TempFolder.make()
        let roster = "table,dps,nav\n1,DPS \(disguised),NAV Sagene\n"
        try Data(roster.utf8).write(to: URL(fileURLWithPath: folder + "/roster.csv"))
        let lines = Typed.confirmingTheRoster
        let new = try PipeRun.run(
            ["new", "--event", "roster.csv", "--table", "1"], input: lines.joined(separator: "\n") + "\n",
            directory: folder)
        #expect(new.status == 65, "\(name): \(new.stderr)")
        #expect(
            new.stderr
                == "samplan: roster.csv:2: linjen ser ut til å inneholde et fødselsnummer eller D-nummer; en deltakerliste har bare tjenester\n",
            "\(name)")
        #expect(new.stdout.isEmpty && !FileManager.default.fileExists(atPath: folder + "/Transcripts"), "\(name): nothing started")
        let summary = try PipeRun.run(["summary", CoordinatorTests.examples, "--event", "roster.csv"], input: "", directory: folder)
        #expect(summary.status == 65 && summary.stdout.isEmpty, "\(name)")
        for output in [new.stdout, new.stderr, summary.stdout, summary.stderr] {
            #expect(!output.contains("56715") && !output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name)")
        }
    }

    /// Look-alikes pass, cleaned, to the screen, the transcript, the file
    /// name, the plan and the summary in all three formats.
    @Test func lookAlikesPassCleaned() throws {
        let folder = TempFolder.make()
        var roster = "table,dps,nav\n"
        for (index, text) in Self.lookAlikes.enumerated() { roster += "\(index + 1),\"DPS \u{1B}[31m\(text)\u{1B}[0m\",NAV Sagene\u{7}\n" }
        try roster.write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        for (index, text) in Self.lookAlikes.enumerated() {
            let lines = Typed.confirmingTheRoster
            let run = try PipeRun.run(
                ["new", "--event", "roster.csv", "--table", "\(index + 1)", "--dir", "T\(index)"],
                input: lines.joined(separator: "\n") + "\n", directory: folder)
            #expect(run.status == 0, "\(text): \(run.stderr)")
            #expect(run.stdout.contains("✓ DPS \(text)\n") && run.stdout.contains("✓ NAV Sagene\n"), "\(text)")
            let transcript = try SessionFiles(folder: folder + "/T\(index)").text(ending: ".transcript")
            #expect(transcript.contains("\tparties\tDPS \(text)\tNAV Sagene\n"), "\(text)")
            #expect(!transcript.contains("\u{1B}") && !transcript.contains("\u{7}"))
        }
        for format in ["table", "csv", "json"] {
            let run = try PipeRun.run(
                ["summary", "T0", "T1", "T2", "T3", "T4", "--event", "roster.csv", "--format", format],
                input: "", environment: ["COLUMNS": "200"], directory: folder)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{7}"), "\(format)")
            if format != "table" { #expect(run.stdout.contains("974 760 673"), "\(format)") }
        }
    }

    /// Finding 9: a transcript edited by hand with a number in an answer.
    @Test func aNumberInAnEditedTranscriptIsMaskedInEveryOutput() throws {
        let folder = TempFolder.make()
        let example = try #require(
            try FileManager.default.contentsOfDirectory(atPath: CoordinatorTests.examples)
                .first { $0.contains("lillestrom") && $0.hasSuffix(".transcript") })
        let text = try String(contentsOfFile: CoordinatorTests.examples + "/" + example, encoding: .utf8)
        // Records only: the rules in the header are pinned by their hash.
        let edited = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.first?.isNumber == true
                ? String(line).replacing("fagkoordinator for arbeid og psykisk helse", with: "Kari \(Self.number)") : String(line)
        }.joined(separator: "\n")
        #expect(edited != text)
        try edited.write(toFile: folder + "/edited.transcript", atomically: true, encoding: .utf8)
        var outputs: [(String, String)] = []
        let plan = try PipeRun.run(["plan", "edited.transcript"], input: "", directory: folder)
        outputs.append(("plan", plan.stdout))
        #expect(plan.stdout.contains("Kari •••••••••••"), "masked, not dropped")
        for format in ["table", "csv", "json"] {
            outputs.append(
                (
                    format,
                    try PipeRun.run(
                        ["summary", "edited.transcript", "--format", format], input: "",
                        environment: ["COLUMNS": "200"], directory: folder
                    ).stdout
                ))
        }
        let due = try PipeRun.run(
            ["due", "edited.transcript", "--before", "2030-01-01", "--letters", "L"], input: "", environment: ["SAMPLAN_TODAY": "2027-01-04"],
            directory: folder)
        outputs.append(("due", due.stdout))
        for letter in try FileManager.default.contentsOfDirectory(atPath: folder + "/L") {
            outputs.append((letter, try String(contentsOfFile: folder + "/L/" + letter, encoding: .utf8)))
        }
        #expect(outputs.count == 6)
        for (name, output) in outputs {
            #expect(!output.contains(Self.number) && !output.contains("56715"), "\(name): \(output)")
        }
    }
}
