import Foundation
import Testing

/// `samplan plan`: renders from a transcript, never overwrites silently,
/// and a failed write leaves the old file as it was.
struct PlanCommandTests {
    /// A finished session in a fresh folder; returns the folder and the
    /// transcript's path.
    static func session() throws -> (folder: String, transcript: String) {
        let folder = TempFolder.make()
        let run = try PipeRun.run([], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: folder)
        #expect(run.status == 0)
        return (folder, try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript"))
    }

    @Test func printsThePlanTheSessionSaved() throws {
        let (folder, transcript) = try Self.session()
        let run = try PipeRun.run(["plan", transcript], input: "")
        #expect(run.status == 0)
        #expect(run.stdout == (try SessionFiles(folder: folder + "/Transcripts").text(ending: ".plan.txt")))
    }

    @Test func existingFileIsNotOverwrittenWithoutForce() throws {
        let (folder, transcript) = try Self.session()
        let target = folder + "/plan.txt"
        try "old plan\n".write(toFile: target, atomically: true, encoding: .utf8)
        let first = try PipeRun.run(["plan", transcript, "-o", target], input: "")
        #expect(first.status == 0)
        #expect(first.stderr.contains("\(folder)/plan-2.txt"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old plan\n")
        #expect(try String(contentsOfFile: folder + "/plan-2.txt", encoding: .utf8).hasPrefix("SAMARBEIDSAVTALE"))
        let forced = try PipeRun.run(["plan", transcript, "-o", target, "--force"], input: "")
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("SAMARBEIDSAVTALE"))
        #expect(SessionFiles(folder: folder).mode(target) == 0o600)
    }

    /// A file-size limit of 1 KiB makes the write fail half-way (EFBIG):
    /// the old plan must survive, with no temporary file left behind.
    @Test func failedWriteLeavesTheOldFileIntact() throws {
        let (folder, transcript) = try Self.session()
        let target = folder + "/plan.txt"
        try "old plan\n".write(toFile: target, atomically: true, encoding: .utf8)
        let script = "trap '' XFSZ; ulimit -f 1; exec \"$0\" plan \"$1\" -o \"$2\" --force --lang en"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, BuiltBinary.path, transcript, target]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(message == "samplan: Cannot write to “\(target)”: File too large.\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old plan\n")
        #expect(SessionFiles(folder: folder).names().filter { $0.contains(".tmp-") } == [])
    }

    @Test func templateCanBeReplacedAndABrokenOneIsExit65() throws {
        let (folder, transcript) = try Self.session()
        try "{{% CONTENT_TYPE: TEXT}}\nPlan for {{a.dps_unit}} og {{a.nav_office}}, {{date}}.\n"
            .write(toFile: folder + "/mine.mustache", atomically: true, encoding: .utf8)
        let mine = try PipeRun.run(["plan", transcript, "--template", folder + "/mine.mustache"], input: "")
        #expect(mine.status == 0)
        #expect(mine.stdout == "Plan for DPS Nordre Aasen og NAV Sagene, 23.11.2026.\n")
        try "{{#sections}} never closed\n".write(toFile: folder + "/broken.mustache", atomically: true, encoding: .utf8)
        let broken = try PipeRun.run(["plan", transcript, "--template", folder + "/broken.mustache", "--lang", "en"], input: "")
        #expect(broken.status == 65)
        #expect(broken.stderr.hasPrefix("samplan: the template “\(folder)/broken.mustache” cannot be read: "))
    }

    @Test func identityNumberInAPathIsRefused() throws {
        let (folder, transcript) = try Self.session()
        let run = try PipeRun.run(["plan", transcript, "-o", folder + "/31129956715.txt", "--lang", "en"], input: "")
        #expect(run.status == 64)
        #expect(
            run.stderr == "samplan: -o seems to contain a national identity number or D-number; samplan does not write such numbers into files.\n")
        let new = try PipeRun.run(["--dir", "plans-311299-56715"], input: "2\nDPS Øst\n", directory: folder)
        #expect(new.status == 64)
        #expect(!FileManager.default.fileExists(atPath: folder + "/plans-311299-56715"))
    }

    @Test func missingTranscriptIsExit66() throws {
        let run = try PipeRun.run(["plan", "/nonexistent/x.transcript", "--lang", "en"], input: "")
        #expect(run.status == 66)
        #expect(run.stderr == "samplan: cannot find the file “/nonexistent/x.transcript”.\n")
    }

    @Test func notATranscriptIsExit65() throws {
        let folder = TempFolder.make()
        try "hello\n".write(toFile: folder + "/x.transcript", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(["plan", folder + "/x.transcript", "--lang", "en"], input: "")
        #expect(run.status == 65)
        #expect(run.stderr == "samplan: \(folder)/x.transcript is not a samplan transcript.\n")
    }
}
