import Foundation
import Glibc
import Testing

/// Transcripts crafted to crash or stall a coordinator's reports (issue
/// 28, findings 5–7): dates from year 1 to 9999 and beyond, huge numbers,
/// 10,000 follow-up blocks, 10,000 actions. Beside a folder of good
/// transcripts, none crashes `summary`, `due`, `plan` or `replay`, every
/// good file keeps its row, and the bad ones are named.
@Suite(.serialized)
struct CraftedTranscriptTests {
    static func example(_ name: String) throws -> String {
        let file = try #require(
            try FileManager.default.contentsOfDirectory(atPath: CoordinatorTests.examples)
                .first { $0.contains(name) && $0.hasSuffix(".transcript") })
        return try String(contentsOfFile: CoordinatorTests.examples + "/" + file, encoding: .utf8)
    }

    static func record(_ fields: String...) -> String { "09:00:00.000\t" + fields.joined(separator: "\t") + "\n" }

    /// Each crafted file and whether a reader can still take it (true) or
    /// must skip it with its name (false).
    static func crafted() throws -> [(name: String, text: String, readable: Bool)] {
        let followedUp = try example("lillestrom")
        let tynset = try example("tynset")
        func header(today: String) -> String { tynset.replacing("\ntoday\t2026-11-23\n", with: "\ntoday\t\(today)\n") }
        func afterFirstAction(_ extra: String) -> String {
            let marker = "\taction-add\t"
            let start = tynset.range(of: marker)!.lowerBound
            let end = tynset[start...].firstIndex(of: "\n")!
            return String(tynset[...end]) + extra + String(tynset[tynset.index(after: end)...])
        }
        var emptyBlocks = followedUp, answeredBlocks = followedUp
        for _ in 0..<10_000 { emptyBlocks += record("followup", "2027-02-01", "nb") }
        for _ in 0..<10_000 { answeredBlocks += record("followup", "2027-02-01", "nb") + record("line", "4") }
        var actions = ""
        for n in 0..<10_000 { actions += record("action-add", "Tiltak \(n)", "enhetsleder", "2027-01-0\(n % 9 + 1)", "") }
        return [
            ("year-1", header(today: "0001-01-01"), true),
            ("year-9999", header(today: "9999-12-31"), true),
            ("year-10000", header(today: "10000-01-01"), false),
            (
                "followup-9999",
                followedUp + record("followup", "9999-12-31", "nb") + record("line", "2") + record("line", "2")
                    + record("line", "om 3 måneder") + record("line", "31.12.9999"), true
            ),
            ("action-year-10000", afterFirstAction(record("action-add", "Tiltak", "enhetsleder", "10000-01-01", "")), false),
            ("action-year-9999", afterFirstAction(record("action-add", "Tiltak", "enhetsleder", "9999-12-31", "")), true),
            ("edit-huge", afterFirstAction(record("edit", "99999999999999999999")), false),
            ("edit-max", afterFirstAction(record("edit", "9223372036854775807")), true),
            ("table-max", afterFirstAction(record("table", "9223372036854775807")), true),
            ("remove-max", afterFirstAction(record("action-remove", "9223372036854775807")), true),
            ("change-max", afterFirstAction(record("action-change", "9223372036854775807", "date", "9999-12-31")), true),
            ("number-huge", followedUp.replacing("\tline\t8 timer\n", with: "\tline\t1" + String(repeating: "0", count: 308) + " timer\n"), true),
            ("empty-blocks", emptyBlocks, true),
            ("answered-blocks", answeredBlocks, true),
            ("actions-10000", afterFirstAction(actions), true),
        ]
    }

    /// 100 good files in the everyday run, 1,000 under `make stress`.
    static var goodFiles: Int { StressTrials.count >= 100 ? 1_000 : 100 }

    @Test func aFolderWithCraftedFilesIsSummarisedWhole() throws {
        let folder = TempFolder.make()
        let goods = try FileManager.default.contentsOfDirectory(atPath: CoordinatorTests.examples).filter { $0.hasSuffix(".transcript") }.sorted()
        for n in 0..<Self.goodFiles {
            try FileManager.default.copyItem(
                atPath: CoordinatorTests.examples + "/" + goods[n % goods.count],
                toPath: folder + "/good-\(String(format: "%04d", n)).transcript")
        }
        let crafted = try Self.crafted()
        for file in crafted { try file.text.write(toFile: folder + "/crafted-\(file.name).transcript", atomically: true, encoding: .utf8) }
        let summary = try PipeRun.run(["summary", folder, "--format", "csv"], input: "", directory: folder)
        #expect(summary.status == 65, "\(summary.stderr)")
        let rows = summary.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(rows.filter { $0.contains("/good-") }.count == Self.goodFiles, "every good file has its row")
        for file in crafted {
            let path = folder + "/crafted-\(file.name).transcript"
            #expect(rows.contains(path) == file.readable, "\(file.name)")
            #expect(summary.stderr.contains(path) == !file.readable, "\(file.name): named when skipped")
        }
        for command in [["due", folder, "--before", "2030-01-01"], ["summary", folder, "--format", "json"]] {
            let run = try PipeRun.run(command, input: "", directory: folder)
            #expect(run.status == 65, "\(command[0]): \(run.stderr.suffix(500))")
            if command[0] == "summary" { #expect(!run.stdout.contains("10000-"), "every date written is ISO 8601") }
        }
    }

    @Test func eachCraftedFileIsReadOrRefusedButNeverCrashes() throws {
        let folder = TempFolder.make()
        for file in try Self.crafted() {
            let path = folder + "/\(file.name).transcript"
            try file.text.write(toFile: path, atomically: true, encoding: .utf8)
            for command in [["plan", path], ["replay", path, "--speed", "1000000", "--max-idle", "0"]] {
                let run = try PipeRun.run(command, input: "", directory: folder)
                #expect(run.status == (file.readable ? 0 : 65), "\(file.name) \(command[0]): \(run.stderr.suffix(300))")
            }
        }
    }

    /// Finding 5 as the tester found it: a session on 25.12.9999 answering
    /// «om 3 uker»; then plan and resume of its transcript.
    @Test func aDatePastTheCalendarIsRefusedNotACrash() throws {
        let folder = TempFolder.make()
        let environment = ["SAMPLAN_TODAY": "9999-12-25"]
        // Line 16 of the typed session answers the first meeting: «om 3 uker» there.
        let run = try PipeRun.run(
            [], input: Typed.norwegian.prefix(15).joined(separator: "\n") + "\nom 3 uker\n",
            environment: environment, directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("«om 3 uker» er ikke en dato"), "\(run.stdout.suffix(600))")
        let transcript = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        #expect(try PipeRun.run(["plan", transcript], input: "", directory: folder).status == 0)
        #expect(try PipeRun.run(["resume", transcript], input: "", environment: environment, directory: folder).status == 0)
    }
}
