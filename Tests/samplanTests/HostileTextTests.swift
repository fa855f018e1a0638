import CSV
import Foundation
import SamplanCore
import TestSupport
import Testing

/// What a hostile test found in the text samplan takes and shows (issue
/// 17): identity numbers in disguise, spreadsheet formulas, escape
/// sequences and bidi overrides, and lines long only in bytes.
struct HostileTextTests {
    /// A small rules file with one question of each kind text is typed into.
    static let rules = RulesText.formatOne(
        id: "hostile", title: ("Test", "Test"),
        sections: [
            RulesText.Section(
                "parties", kind: "opening", title: ("Parter", "Parties"),
                questions: [
                    "{id: unit, ask: dps, type: text, role: names.dps, text: {nb: DPS?, en: DPS?}}",
                    "{id: office, ask: nav, type: text, role: names.nav, text: {nb: NAV?, en: NAV?}}",
                    "{id: notes, ask: both, type: longtext, text: {nb: Notater?, en: Notes?}}",
                    "{id: todo, ask: both, type: actions, role: actions, text: {nb: Tiltak?, en: Actions?}}",
                ])
        ])

    static func rulesFile() throws -> String {
        let folder = TempFolder.make()
        try rules.write(toFile: folder + "/hostile.yaml", atomically: false, encoding: .utf8)
        return folder + "/hostile.yaml"
    }

    /// Every file under `folder`, as text.
    static func files(under folder: String) -> [(String, String)] {
        let walker = FileManager.default.enumerator(atPath: folder)
        var found: [(String, String)] = []
        while let name = walker?.nextObject() as? String {
            let path = folder + "/" + name
            if let text = try? String(contentsOfFile: path, encoding: .utf8) { found.append((name, text)) }
        }
        return found
    }

    /// Each disguise, typed where text is written (an answer, the two
    /// lines of a long answer, an action), is refused and reaches no file
    /// and no saved screen output.
    @Test(arguments: HostileDisguises.all.indices)
    func aDisguisedNumberReachesNoFile(_ index: Int) throws {
        let disguise = HostileDisguises.all[index]
        let lines = disguise.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rules = try Self.rulesFile()
        let folder = TempFolder.make()
        var input = [disguise.contains("\n") ? "DPS Øst" : disguise, "DPS Øst", "NAV Sagene"]
        // A disguise over several lines is typed as the lines of a long answer.
        input +=
            lines.count > 1
            ? ["Møtet gjelder " + lines[0]] + lines.dropFirst().dropLast() + [lines.last! + " og andre", ""]
            : ["Ringe " + disguise, ""]
        input += ["Ringe " + disguise + " ; NAV-veileder ; 14.12.2026", "Avtale møte ; NAV-veileder ; 14.12.2026", ""]
        let run = try PipeRun.run(["--rules", rules], input: input.joined(separator: "\n") + "\n", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "fødselsnummer eller D-nummer").count >= 3, "\(run.stdout)")
        #expect(!IdentityNumber.contains(run.stdout), "the screen output")
        let files = Self.files(under: folder)
        #expect(files.count == 2, "\(files.map(\.0))")
        for (name, text) in files { #expect(!IdentityNumber.contains(text), "\(name)") }
        #expect(files.contains { $0.0.hasSuffix(".transcript") && $0.1.contains("Avtale møte") })
    }

    /// Two answers that only make a number together: in the file name, or
    /// in the parties record where the name cuts the digits off or drops
    /// them (past 40 letters, or not ASCII).
    @Test(arguments: ["Enhet 010190", "Distriktspsykiatrisk senter Vestre Viken 010190", "Enhet ０１０１９０"])
    func partiesThatJoinIntoANumberAreRefused(_ dps: String) throws {
        let folder = TempFolder.make()
        let run = try PipeRun.run(["--rules", try Self.rulesFile()], input: "\(dps)\n12480 NAV\nNAV Sagene\n", directory: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("fødselsnummer eller D-nummer"))
        let files = Self.files(under: folder)
        for (name, text) in files { #expect(!IdentityNumber.contains(name + "\n" + text), "\(name)") }
        #expect(files.contains { $0.0.hasSuffix("-nav-sagene.transcript") })
    }

    /// Paths that go into files: `--dir`, `-o` and the transcript `resume`
    /// names the plan after.
    @Test(arguments: ["--dir", "-o", "resume"])
    func aDisguisedNumberInAPathIsRefused(_ place: String) throws {
        let folder = TempFolder.make()
        let path = folder + "/01.01.90 12480"
        let arguments: [String] =
            switch place {
            case "--dir": ["--dir", path]
            case "-o": ["plan", "x.transcript", "-o", path]
            default: ["resume", path + ".transcript"]
            }
        let run = try PipeRun.run(arguments, input: "2\nDPS Øst\n", directory: folder)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("fødselsnummer eller D-nummer"))
        #expect(Self.files(under: folder).isEmpty)
    }

    @Test func numbersThatLookAlikeAreKept() throws {
        let folder = TempFolder.make()
        let input = ["DPS Øst", "NAV Sagene"] + HostileDisguises.lookAlikes + [""]
        let run = try PipeRun.run(["--rules", try Self.rulesFile()], input: input.joined(separator: "\n") + "\n", directory: folder)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("fødselsnummer"))
        let transcript = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".transcript")
        #expect(Acknowledged.answers(in: transcript).last == HostileDisguises.lookAlikes.joined(separator: "\n"))
    }

    /// A session whose answers begin like spreadsheet formulas.
    @Test func csvCellsThatLookLikeFormulasAreNeutralised() throws {
        let folder = TempFolder.make()
        let formula = "=HYPERLINK(\"http://example.org\",\"Klikk\")"
        _ = try PipeRun.run(["--rules", try Self.rulesFile()], input: "\(formula)\n@SUM(A1)\n", directory: folder)
        let csv = try PipeRun.run(["summary", folder + "/Transcripts", "--format", "csv"], input: "")
        let reader = try CSVReader(string: csv.stdout, hasHeaderRow: true)
        var rows: [[String: String]] = []
        while reader.next() != nil {
            var row: [String: String] = [:]
            for (index, name) in (reader.headerRow ?? []).enumerated() { row[name] = reader.currentRow?[index] }
            rows.append(row)
        }
        #expect(rows.count == 1)
        #expect(rows.first?["parties"] == "'" + formula + " / @SUM(A1)")
        #expect(rows.first?["date"] == "2026-11-23", "samplan's own cells are as they were")
    }

    /// A transcript edited to carry escape sequences and a bidi override
    /// in an answer: no output of samplan carries them.
    @Test func escapesAndBidiFromACraftedTranscriptReachNoOutput() throws {
        let folder = TempFolder.make()
        _ = try PipeRun.run([], input: "2\nDPS Øst\nNAV Sagene\n", directory: folder)
        let path = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        let hostile = "DPS \u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}tsØ"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacing("\tline\tDPS Øst\n", with: "\tline\t\(hostile)\n")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let outputs = [
            ["summary", path], ["summary", path, "--format", "csv"], ["summary", path, "--format", "json"],
            ["followup", path, "--before", "2030-01-01"], ["plan", path], ["replay", path, "--speed", "1000"],
        ]
        for arguments in outputs {
            let run = try PipeRun.run(arguments, input: "")
            // followup lists nothing for a session with no dates.
            #expect(run.stdout.contains("DPS ") || arguments[0] == "followup", "\(arguments)")
            for bad in ["\u{1B}", "\u{7}", "\u{202E}"] {
                #expect(!run.stdout.contains(bad) && !run.stderr.contains(bad), "\(arguments) \(bad.unicodeScalars.first!.value)")
            }
        }
    }

    /// Typed bidi overrides and zero-width characters are stored without them.
    @Test func typedFormatCharactersAreRemoved() throws {
        let folder = TempFolder.make()
        _ = try PipeRun.run([], input: "2\nDPS\u{202E} Øst\u{200B}\nNAV Sagene\n", directory: folder)
        let files = SessionFiles(folder: folder + "/Transcripts")
        #expect(try files.text(ending: ".transcript").contains("\tanswer\tdps_unit\tdps\tDPS Øst\n"))
        #expect(try !files.text(ending: ".plan.txt").contains("\u{202E}"))
    }

    /// 2,000 characters held 2 MB when each carried combining marks: bytes
    /// are limited too, and a refused line is not echoed in full.
    @Test func aLineLongOnlyInBytesIsRefusedAndNotEchoed() throws {
        let folder = TempFolder.make()
        let marks = "a" + String(repeating: "\u{0301}", count: 200_000)
        #expect(marks.count == 1)
        let run = try PipeRun.run([], input: marks + "\n2\nDPS Øst\n", directory: folder)
        #expect(run.stdout.contains("Svaret er for langt"))
        #expect(run.stdout.utf8.count < 10_000, "\(run.stdout.utf8.count) bytes")
        #expect(run.stdout.contains("(400001 bytes)"))
        let transcript = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".transcript")
        #expect(Acknowledged.answers(in: transcript) == ["Ikke i dag – men vi inviterer kommunen inn i samarbeidet", "DPS Øst"])
    }
}

/// The disguises and look-alikes of the core tests, for whole sessions.
enum HostileDisguises {
    static let all: [String] = [
        "01.01.90 12480", "010190 -- 12480", "010190 – 12480", "010190\u{2009}12480", "0101\u{200B}9012480",
        "0101\u{00AD}9012480", "\u{202E}08421091010", "0\u{0301}1019012480", "０１０１９０１２４８０",
        "𝟎𝟏𝟎𝟏𝟗𝟎𝟏𝟐𝟒𝟖𝟎", "0 1 0 1 9 0 1 2 4 8 0", "010190\n12480", "0101\n90\n12480",
    ]

    static let lookAlikes: [String] = [
        "22 33 44 55", "+47 22 33 44 55", "23.11.2026", "14.12.26 kl. 10", "01.02.27 10:00-11:30",
        "0150 Oslo", "org.nr. 974 760 673", "kr 1 500 000", "rom 1234, tlf 55 97 00 00",
        "Møte 01.03.2026 kl 9.30", "22 05 12 00 / 915 12 345",
    ]
}
