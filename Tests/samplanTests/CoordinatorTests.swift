import CSV
import Foundation
import Testing

/// `samplan summary` and `samplan followup` over the examples, a generated
/// event and a folder with broken and foreign files.
struct CoordinatorTests {
    static let examples = Golden.repository.appendingPathComponent("Transcripts/examples").path

    /// The documented JSON schema (Transcripts/README.md), decoded strictly.
    struct Document: Decodable {
        let schema: Int
        let sessions: [Session]
        let totals: Totals
        struct Session: Decodable {
            let file, date, language, rules: String
            let reviewDate, responseTime: String?
            let parties: [Party]
            let answered, asked, met, partly, open: Int
            let sections: [String: String]
            let openBarriers: [String]
            let firstStep: Step?
            let complete: Bool
            let actions: [Action]
            let followups: [Followup]
            var unit: String? { parties.first?.unit }
        }
        struct Step: Decodable { let what: String; let role, date: String? }
        struct Action: Decodable { let number: Int?; let what: String; let role, date, section, status: String?; let first: Bool }
        struct Followup: Decodable { let date: String; let finished: Bool }
        struct Party: Decodable { let id, label: String; let unit, contact: String? }
        struct Totals: Decodable {
            let sessions, complete, firstStepWithinFourWeeks: Int
            let open, notMet: [String: Int]
            let actions: Int
            let actionsBySection: [String: Int]
        }
    }

    @Test func jsonFollowsTheSchemaAndTotalsAreRight() throws {
        let run = try PipeRun.run(["summary", Self.examples, "--format", "json"], input: "")
        #expect(run.status == 0 && run.stderr == "")
        let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
        #expect(document.schema == 4)
        #expect(document.sessions.count == 6)
        #expect(document.totals.sessions == 6 && document.totals.complete == 6)
        #expect(document.totals.firstStepWithinFourWeeks == 6)
        #expect(document.totals.open["continuity"] == 1 && document.totals.open["mental_health"] == 1)
        #expect(document.totals.notMet["continuity"] == 2 && document.totals.open["municipality"] == 2)
        let tynset = try #require(document.sessions.first { $0.unit == "Tynset DPS" })
        // «Bedre samarbeid.» is no purpose: shared needs is open too.
        #expect(tynset.answered == 21 && tynset.asked == 26 && tynset.open == 7)
        #expect(document.totals.open["shared_needs"] == 1)
        // NAV's responsible position settles the regulations barrier.
        #expect(tynset.openBarriers == ["continuity"] && tynset.reviewDate == nil)
        // No first meeting: the closing asked, and the pair marked an action.
        #expect(tynset.firstStep?.what == "Snakke med lederne" && tynset.firstStep?.date == "2026-12-07")
        #expect(tynset.actions.map(\.number) == [1, 2, 3] && tynset.actions.first?.first == true)
        #expect(tynset.actions.map(\.section) == [nil, "municipality", nil], "the invitation answers the municipality advice")
        #expect(document.totals.actions == document.sessions.map(\.actions.count).reduce(0, +))
        #expect(document.sessions.allSatisfy { $0.sections.count == 13 })
        let kongsberg = try #require(document.sessions.first { $0.unit == "DPS Kongsberg" })
        #expect(kongsberg.parties.map(\.id) == ["dps", "nav", "kommune"] && kongsberg.asked == 30)
        #expect(kongsberg.firstStep?.what == "Første faste møte" && kongsberg.firstStep?.date == "2026-12-07")
        #expect(tynset.parties.map(\.id) == ["dps", "nav"] && tynset.parties.map(\.label) == ["DPS", "NAV"])
        #expect(tynset.parties.allSatisfy { $0.contact != nil } && tynset.responseTime != nil)
    }

    @Test func csvReadBackEqualsTheRows() throws {
        let csv = try PipeRun.run(["summary", Self.examples, "--format", "csv"], input: "")
        let json = try PipeRun.run(["summary", Self.examples, "--format", "json"], input: "")
        #expect(csv.status == 0)
        #expect(csv.stdout.hasSuffix("\r\n"), "RFC 4180 line ends")
        let reader = try CSVReader(string: csv.stdout, hasHeaderRow: true)
        #expect(reader.headerRow?.first == "file" && reader.headerRow?.count == 23)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let sessions = try JSONDecoder().decode(Document.self, from: Data(json.stdout.utf8)).sessions
        #expect(rows.count == sessions.count)
        for (row, s) in zip(rows, sessions) {
            let head: [String] = [
                s.file, s.date, s.parties.map { $0.unit ?? "–" }.joined(separator: " / "), s.language, s.rules,
                String(s.answered), String(s.asked), String(s.met), String(s.partly), String(s.open),
            ]
            let tail: [String] = [
                s.openBarriers.joined(separator: ";"), s.firstStep?.what ?? "", s.firstStep?.role ?? "",
                s.firstStep?.date ?? "", s.reviewDate ?? "", s.complete ? "true" : "false", String(s.actions.count),
            ]
            // The follow-ups, the last one's date, the actions by status.
            let statuses = ["done", "started", "not_started", "dropped"].map { status in String(s.actions.filter { $0.status == status }.count) }
            #expect(row == head + tail + [String(s.followups.count), s.followups.last?.date ?? ""] + statuses)
        }
        #expect(rows.contains { $0[2].hasPrefix("DPS Lillestrøm, allmennpsykiatrisk poliklinikk / ") }, "a comma inside a field survives")
    }

    @Test func tableAndChartsFitEightyColumns() throws {
        let run = try PipeRun.run(["summary", Self.examples], input: "", environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        for line in run.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(run.stdout.contains("Første steg innen fire uker: 6 av 6 (100 %)"))
        #expect(run.stdout.contains("Kommunens del              ████████████████                                 2/6"))
    }

    /// A generated event: 12 strong, 12 weak and 6 interrupted sessions
    /// made with samplan itself; the totals follow from the mix.
    @Test func generatedEventTotals() throws {
        let folder = TempFolder.make()
        // Quarterly meetings and the first meeting (the first step) in six
        // weeks, each advice kept with Enter.
        var weak: [String] = []
        for (index, line) in Typed.norwegian.enumerated() {
            switch index {
            case 13: weak += ["4", ""]
            case 15: weak += ["om 6 uker", ""]
            default: weak.append(line)
            }
        }
        for n in 0..<30 {
            var lines = n < 12 ? Typed.norwegian : (n < 24 ? weak : Array(Typed.norwegian.prefix(22)))
            lines[1] = "DPS \(n)"
            let run = try PipeRun.run(["--dir", folder], input: lines.joined(separator: "\n") + "\n", directory: folder)
            #expect(run.status == 0)
        }
        let run = try PipeRun.run(["summary", folder, "--format", "json"], input: "")
        #expect(run.status == 0, "\(run.stderr)")
        let totals = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8)).totals
        #expect(totals.sessions == 30 && totals.complete == 24)
        // The interrupted sessions stop after the first meeting is set.
        #expect(totals.firstStepWithinFourWeeks == 18)
        // The interrupted sessions stop after the contact questions are answered.
        #expect(totals.notMet["contact"] == 12, "12 weak with rare meetings")
    }

    /// Transcripts are read on every core, a batch at a time; rows and
    /// warnings still come in path order, across batch boundaries.
    @Test func manyTranscriptsKeepPathOrderAcrossBatches() throws {
        let folder = TempFolder.make()
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.examples).filter { $0.hasSuffix(".transcript") }.sorted()
        var expected: [String] = []
        for n in 0..<150 {
            let name = String(format: "%03d.transcript", n)
            if n == 70 || n == 130 {
                try "broken\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
                continue
            }
            try FileManager.default.copyItem(atPath: Self.examples + "/" + examples[n % examples.count], toPath: folder + "/" + name)
            expected.append(folder + "/" + name)
        }
        let run = try PipeRun.run(["summary", folder, "--format", "csv", "--lang", "en"], input: "")
        #expect(run.status == 65)
        let files = run.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(files == expected)
        #expect(
            run.stderr == """
                samplan: skipping, \(folder)/070.transcript is not a samplan transcript.
                samplan: skipping, \(folder)/130.transcript is not a samplan transcript.

                """)
    }

    @Test func brokenAndForeignFilesAreNamedAndTheRestSummarised() throws {
        let folder = TempFolder.make()
        let strong = try #require(
            try FileManager.default.contentsOfDirectory(atPath: Self.examples).first { $0.contains("lillestrom") && $0.hasSuffix(".transcript") })
        try FileManager.default.copyItem(atPath: Self.examples + "/" + strong, toPath: folder + "/good.transcript")
        try "not a transcript\n".write(toFile: folder + "/broken.transcript", atomically: true, encoding: .utf8)
        try "notes\n".write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
        try "x\n".write(toFile: folder + "/good.plan.txt", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["summary", folder, "--lang", "en"], input: "")
        #expect(run.status == 65)
        // In a folder, only *.transcript files are read: notes, plans and
        // letters beside them are passed over quietly.
        #expect(
            run.stderr == """
                samplan: skipping, \(folder)/broken.transcript is not a samplan transcript.

                """)
        #expect(run.stdout.contains("DPS Lillestrø"))
        #expect(run.stdout.contains("Sessions: 1 (1 complete, 0 interrupted)"))
        let missing = try PipeRun.run(["summary", folder + "/nope"], input: "")
        #expect(missing.status == 66)
    }

    @Test func followupListsWhatIsDueWithAFixedToday() throws {
        // Today 23.11.2026: by default, due before 07.12.2026.
        let run = try PipeRun.run(["followup", Self.examples], input: "", environment: ["COLUMNS": "200"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Oppfølging: frister før 07.12.2026")
        #expect(
            lines.filter { !$0.hasPrefix(" ") && $0.contains(".2026") && !$0.hasPrefix("Oppfølging") && !$0.hasPrefix("Tiltak") }
                == ["torsdag 03.12.2026"])
        #expect(lines.contains("  Første steg — Solli DPS, poliklinikk Fana / NAV Fana"))
        #expect(lines.contains("    Første faste møte — jobbspesialist"), "the convener")
        #expect(lines.contains("    Kontakt: jobbspesialist (DPS), NAV-veileder IPS (NAV); svartid: Samme dag"))
        let later = try PipeRun.run(["followup", Self.examples, "--before", "2027-06-01", "--lang", "en"], input: "")
        #expect(later.stdout.components(separatedBy: "  Review — ").count - 1 == 5)
        #expect(
            later.stdout.components(separatedBy: "  First step — ").count - 1 == 5,
            "Tynset's first step is the action it marked; Lillestrøm's was taken")
        let none = try PipeRun.run(
            ["followup", Self.examples, "--before", "01.01.2026"], input: "", environment: ["SAMPLAN_TODAY": "2027-01-04"])
        #expect(none.stdout.contains("Ingenting forfaller før da.\n\nIkke fulgt opp ennå (5):\n"))
    }
}
