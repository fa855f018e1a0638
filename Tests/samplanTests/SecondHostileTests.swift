import Foundation
import Glibc
import Testing

/// The second hostile test's findings (issue 28), each through the built
/// binary as the tester found it: a follow-up of an unfinished session, a
/// transcript fed to itself, letters that overwrote each other, an aborted
/// or stale follow-up, unchecked follow-up dates, exit codes, Excel's
/// rosters and the smaller ones. The lock is in `OneWriterTests`, dates
/// and crafted transcripts in `CraftedTranscriptTests`, the roster's
/// disguises in `RosterDisguiseTests`.
@Suite(.serialized)
struct SecondHostileTests {
    static let later = ["SAMPLAN_TODAY": "2027-01-20"]

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Finding 2: a session left part-way is resumed, never followed up.
    @Test func aFollowUpOfAnUnfinishedSessionIsRefused() throws {
        let folder = TempFolder.make()
        let left = try PipeRun.run([], input: Typed.norwegian.prefix(9).joined(separator: "\n") + "\n", directory: folder)
        #expect(left.status == 0)
        let transcript = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        let before = try Self.bytes(transcript)
        let review = try PipeRun.run(["oppfølging", transcript], input: "1\n", environment: Self.later, directory: folder)
        #expect(review.status == 65)
        #expect(review.stderr.contains("økten er ikke ferdig") && review.stderr.contains("samplan resume \(transcript)"), "\(review.stderr)")
        #expect(try Self.bytes(transcript) == before, "nothing written")
        // The questions left are still there to answer.
        let resumed = try PipeRun.run(
            ["resume", transcript], input: Typed.norwegian.dropFirst(9).joined(separator: "\n") + "\n",
            directory: folder)
        #expect(resumed.status == 0)
        #expect(try String(contentsOf: URL(fileURLWithPath: transcript), encoding: .utf8).hasSuffix("\tend\tfinished\n"))
    }

    /// Finding 3: standard input that is the transcript itself, and device paths.
    @Test func aTranscriptFedToItselfIsRefused() throws {
        let (folder, transcript) = try OneWriterTests.finishedSession()
        let before = try Self.bytes(transcript)
        for arguments in [["oppfølging", transcript], ["resume", transcript], ["oppfølging", "/dev/stdin"], ["resume", "/proc/self/fd/0"]] {
            let run = try Self.runWithStandardInput(arguments, from: transcript, in: folder)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(arguments[1]) && !run.stderr.contains("Error:"), "\(run.stderr)")
        }
        #expect(try Self.bytes(transcript) == before, "the transcript did not grow")
        #expect(access("/dev/-oppfolging-2027-01-20.plan.txt", F_OK) != 0)
    }

    /// Runs samplan with a file as standard input (PipeRun feeds a pipe).
    static func runWithStandardInput(_ arguments: [String], from file: String, in folder: String) throws -> PipeRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = arguments
        process.environment = later
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PipeRun(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Finding 4: one letter per transcript, whatever the names.
    @Test func lettersNeverOverwriteEachOther() throws {
        let folder = TempFolder.make()
        let example = try #require(
            try FileManager.default.contentsOfDirectory(atPath: CoordinatorTests.examples)
                .first { $0.contains("tynset") && $0.hasSuffix(".transcript") })
        let source = CoordinatorTests.examples + "/" + example
        for sub in ["ev1", "ev2"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: source, toPath: folder + "/" + sub + "/t.transcript")
        }
        for name in ["backup1", "backup2", "t.transcript.bak"] {
            try FileManager.default.copyItem(atPath: source, toPath: folder + "/" + name)
        }
        let run = try PipeRun.run(
            ["due", "ev1", "ev2", "backup1", "backup2", "t.transcript.bak", "--before", "2030-01-01", "--letters", "L"],
            input: "", environment: ["SAMPLAN_TODAY": "2027-01-04"], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("5 brev skrevet"))
        let letters = try FileManager.default.contentsOfDirectory(atPath: folder + "/L").sorted()
        #expect(letters == ["backup1.brev.txt", "backup2.brev.txt", "t-2.brev.txt", "t.brev.txt", "t.transcript.bak.brev.txt"])
    }

    /// Finding 10: a follow-up left at once leaves nothing; one left
    /// part-way is begun, not done.
    @Test func anAbortedFollowUpLeavesNothingAndAPartOneIsNotDone() throws {
        let (folder, transcript) = try OneWriterTests.finishedSession()
        let before = try Self.bytes(transcript)
        for review in ["review", "oppfølging"] {
            let run = try PipeRun.run([review, transcript], input: "", environment: Self.later, directory: folder)
            #expect(run.status == 0)
        }
        #expect(try Self.bytes(transcript) == before, "left at once: nothing written")
        let part = try PipeRun.run(["review", transcript], input: "1\n", environment: Self.later, directory: folder)
        #expect(part.status == 0)
        let json = try PipeRun.run(["summary", transcript, "--format", "json"], input: "", directory: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(totals["followedUp"] as? Int == 0, "begun is not followed up")
        let sessions = try #require(document["sessions"] as? [[String: Any]])
        #expect((sessions.first?["followups"] as? [[String: Any]])?.first?["finished"] as? Bool == false)
        let due = try PipeRun.run(["due", transcript], input: "", environment: Self.later, directory: folder)
        #expect(due.stdout.contains("Ikke fulgt opp ennå"), "\(due.stdout)")
    }

    /// Findings 11 and 12: a follow-up continued months later is checked
    /// against today and says both dates; follow-up dates get the day-off
    /// advice; a follow-up dated before the session is refused.
    @Test func aStaleFollowUpGoesOnUnderTodaysDate() throws {
        let (folder, transcript) = try OneWriterTests.finishedSession()
        let early = try PipeRun.run(["review", transcript], input: "1\n", environment: ["SAMPLAN_TODAY": "2026-11-01"], directory: folder)
        #expect(early.status == 65 && early.stderr.contains("før økten"), "\(early.stderr)")
        let begun = try PipeRun.run(["review", transcript], input: "2\n", environment: Self.later, directory: folder)
        #expect(begun.status == 0)
        let lines = ["2", "01.03.2027", "17.05.2028", "", "4", "2", "ja", "om 3 måneder", ""]
        let resumed = try PipeRun.run(
            ["resume", transcript], input: lines.joined(separator: "\n") + "\n",
            environment: ["SAMPLAN_TODAY": "2027-05-20"], directory: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let screen = resumed.stdout.replacing("\n", with: " ")
        #expect(screen.contains("Oppfølgingen som ble påbegynt 20.01.2027, fortsetter i dag, 20.05.2027."))
        #expect(screen.contains("Den nye fristen må være i dag eller senere."), "01.03.2027 is past on 20.05.2027")
        #expect(screen.contains("Den nye fristen faller på 17. mai"), "\(resumed.stdout)")
        let text = try String(contentsOf: URL(fileURLWithPath: transcript), encoding: .utf8)
        #expect(text.contains("\tcontinued\t2027-05-20\n") && text.hasSuffix("\tend\tfinished\n"))
        // Read back, the continuation is checked as it was typed.
        let plan = try PipeRun.run(["plan", transcript], input: "", directory: folder)
        #expect(plan.stdout.contains("17.05.2028"), "\(plan.stdout)")
        // The first run left a draft under the plain name; the finished plan is its sibling.
        let saved = try SessionFiles(folder: folder + "/Transcripts").text(ending: "-oppfolging-2027-01-20-2.plan.txt")
        #expect(plan.stdout == saved)
    }

    /// Finding 13: documented exit codes, and no internal type name.
    @Test func exitCodesAreTheDocumentedOnes() throws {
        let folder = TempFolder.make()
        let cases: [([String], Int32)] = [
            (["summary", CoordinatorTests.examples, "--event", "missing.csv"], 66),
            (["summary", CoordinatorTests.examples, "--event", "01019012480.csv"], 64),
            (["due", CoordinatorTests.examples, "--letters", "L01019012480"], 64),
            (["followup", CoordinatorTests.examples, "--letters", "L01019012480"], 64),
        ]
        for (arguments, status) in cases {
            let run = try PipeRun.run(arguments, input: "", directory: folder)
            #expect(run.status == status, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("Error") && !run.stderr.contains("ExitCode") && !run.stderr.contains("01019012480"), "\(run.stderr)")
        }
    }

    /// Finding 14: a roster as Norwegian Excel saves it.
    @Test func aRosterFromExcelIsRead() throws {
        let folder = TempFolder.make()
        let roster = "\u{FEFF}bord;dps;nav;kommune\r\n12;DPS Øst;\"NAV Grünerløkka; Oslo\";\r\n"
        try roster.write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        let lines = Typed.confirmingTheRoster
        let run = try PipeRun.run(
            ["new", "--event", "roster.csv", "--table", "12"], input: lines.joined(separator: "\n") + "\n",
            directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("✓ NAV Grünerløkka; Oslo"))
    }

    /// Finding 15: `/fjern 1 2` says how it is used and removes nothing.
    @Test func aCommandWithTwoNumbersIsNotHalfDone() throws {
        let folder = TempFolder.make()
        var lines = Array(Typed.norwegian.dropLast(1))
        lines += ["/fjern 2 3", "/liste", ""]
        let run = try PipeRun.run([], input: lines.joined(separator: "\n") + "\n", directory: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("› /fjern 2 3\n  Skriv /fjern og nummeret på tiltaket"), "\(run.stdout.suffix(800))")
        let transcript = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".transcript")
        #expect(!transcript.contains("\taction-remove\t"))
    }
}
