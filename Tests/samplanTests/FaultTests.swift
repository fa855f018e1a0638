import Foundation
import Glibc
import Testing

/// The fault table of issue 8: each bad input or failure ends in a clear
/// message and the right exit status, with every acknowledged answer on disk.
@Suite(.serialized)
struct FaultTests {
    static func transcriptText(_ folder: String) throws -> String {
        try SessionFiles(folder: folder + "/Transcripts").text(ending: ".transcript")
    }

    /// Everything acknowledged with ✓ is an answer record in the transcript.
    static func acknowledgedAreOnDisk(_ output: String, _ transcript: String) {
        let answers = Acknowledged.answers(in: transcript)
        for shown in Acknowledged.lines(output).compactMap(Acknowledged.shown) {
            #expect(answers.contains { $0.contains(shown) }, "“\(shown)” acknowledged but not on disk")
        }
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let run = try PipeRun.run([], bytes: Array("2\n".utf8) + [0x42, 0x6C, 0xFF, 0x62, 0x0A, 0xC3, 0x0A])
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ Bl\u{FFFD}b"))
        #expect(run.stdout.contains("✓ \u{FFFD}"))
    }

    @Test func aMebibyteLineIsRefusedAndTheSessionGoesOn() throws {
        let folder = TempFolder.make()
        let huge = String(repeating: "x", count: 1 << 20)
        let run = try PipeRun.run(["--lang", "en"], input: huge + "\n2\nDPS Øst\n", directory: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("The answer is too long (more than 2000 characters)."))
        #expect(run.stdout.contains("✓ DPS Øst"))
        let transcript = try Self.transcriptText(folder)
        #expect(!transcript.contains(String(repeating: "x", count: 100)))
    }

    @Test func nulAndOtherControlBytesAreDropped() throws {
        let run = try PipeRun.run([], bytes: Array("2\nDPS\u{0} Øst\u{1B}[2J\u{7}\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ DPS Øst\n"))
    }

    @Test func emptyOrBinaryRulesFileIsExit65() throws {
        let folder = TempFolder.make()
        #expect(FileManager.default.createFile(atPath: folder + "/empty.yaml", contents: Data()))
        #expect(FileManager.default.createFile(atPath: folder + "/binary.yaml", contents: Data([0x00, 0xFF, 0xFE, 0x01, 0x9B])))
        let empty = try PipeRun.run(["check", folder + "/empty.yaml", "--lang", "en"], input: "")
        #expect(empty.status == 65)
        #expect(empty.stderr == "\(folder)/empty.yaml: the rules file is empty\n")
        let binary = try PipeRun.run(["--rules", folder + "/binary.yaml", "--lang", "en"], input: "x\n")
        #expect(binary.status == 65)
        #expect(binary.stderr == "\(folder)/binary.yaml:1:2: the rules file is not UTF-8 text\n\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\n ^\n")
    }

    /// As root, permissions do not stop writes; a file where the folder
    /// should be does.
    @Test func uncreatableOutputFolderIsExit73() throws {
        let folder = TempFolder.make()
        #expect(FileManager.default.createFile(atPath: folder + "/taken", contents: Data("x".utf8)))
        let run = try PipeRun.run(["--dir", folder + "/taken/Transcripts", "--lang", "en"], input: "2\nDPS Øst\n/avslutt\n")
        #expect(run.status == 73)
        #expect(run.stderr.contains("samplan: Cannot create “\(folder)/taken/Transcripts”: Not a directory."))
        #expect(!run.stdout.contains("✓ DPS Øst"), "not on disk, so not acknowledged")
    }

    /// A file-size limit stands in for a full disk: answers stop being
    /// accepted, nothing acknowledged is lost, and the transcript stays
    /// readable (a failed append is cut back, so no torn line).
    @Test func fullDiskLosesNothingAcknowledged() throws {
        let probe = TempFolder.make()
        _ = try PipeRun.run([], input: "2\nDPS Øst\n", directory: probe)
        let headerAndOne = try Data(contentsOf: URL(fileURLWithPath: try SessionFiles(folder: probe + "/Transcripts").one(ending: ".transcript")))
            .count
        let limit = (headerAndOne + 700 + 1023) / 1024
        let folder = TempFolder.make()
        let input = Typed.norwegian.prefix(20).joined(separator: "\n") + "\n"
        #expect(FileManager.default.createFile(atPath: folder + "/input.txt", contents: Data(input.utf8)))
        let process = Process()
        // bash: its ulimit -f counts KiB (dash counts 512-byte blocks).
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(limit); exec \"$0\" --lang en < input.txt", BuiltBinary.path]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["SAMPLAN_TODAY": "2026-11-23"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(stderr.contains(": File too large."))
        // A piped session stops at the first failed write: its remaining
        // lines would answer the wrong questions (issue 17).
        #expect(stderr.components(separatedBy: "File too large").count == 2, "\(stderr)")
        let transcript = try Self.transcriptText(folder)
        Self.acknowledgedAreOnDisk(stdout, transcript)
        #expect(transcript.contains("\tanswer\tdps_unit\tdps\tDPS Nordre Aasen\n"))
        #expect(transcript.hasSuffix("\n"))
        let plan = try PipeRun.run(["plan", try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")], input: "")
        #expect(plan.status == 0 && plan.stderr == "", "readable, with no torn line")
    }

    @Test(arguments: ["deleted", "moved"])
    func transcriptGoneMidSessionIsWrittenAgain(_ how: String) throws {
        let folder = TempFolder.make()
        let terminal = try PseudoTerminal.samplan(in: folder)
        try terminal.type(["2", "DPS Øst", "NAV Sagene"])
        try terminal.expect("[4/")
        let path = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        if how == "deleted" {
            try FileManager.default.removeItem(atPath: path)
        } else {
            try FileManager.default.moveItem(atPath: path, toPath: folder + "/elsewhere.txt")
        }
        try terminal.expect("› ")
        terminal.send("felles mål\r")
        try terminal.expect("skrevet på nytt i sin helhet")
        try terminal.expect("› ")
        terminal.send("\r")
        try terminal.expect("✓ felles mål")
        try terminal.expect("› ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for answer in ["DPS Øst", "NAV Sagene", "felles mål"] { #expect(text.contains("\t\(answer)\n")) }
        let plan = try PipeRun.run(["plan", path], input: "")
        #expect(plan.status == 0 && plan.stdout.contains("\nfelles mål\n"))
    }

    @Test func sigtermSavesRestoresTheTerminalAndDiesOfTheSignal() throws {
        let folder = TempFolder.make()
        let terminal = try PseudoTerminal.samplan(in: folder)
        try terminal.type(["2", "DPS Øst", "NAV Sagene", "felles mål", ""])
        try terminal.expect("[5/")
        try terminal.expect("› ")
        kill(terminal.pid, SIGTERM)
        #expect(try terminal.waitForExit() == 128 + SIGTERM)
        #expect(terminal.terminalRestored)
        #expect(
            terminal.screen.contains(
                "samplan: avbrutt av SIGTERM; alt som er besvart, er lagret i Transcripts/2026-11-23-dps-ost-nav-sagene.transcript."))
        let transcript = try Self.transcriptText(folder)
        #expect(transcript.hasSuffix("\tend\thangup\n"))
        Self.acknowledgedAreOnDisk(terminal.screen, transcript)
        #expect(try SessionFiles(folder: folder + "/Transcripts").text(ending: ".plan.txt").contains("\nfelles mål\n"))
    }

    @Test func sighupSavesAndDiesOfTheSignal() throws {
        let folder = TempFolder.make()
        let terminal = try PseudoTerminal.samplan(in: folder)
        try terminal.type(["2", "DPS Øst", "NAV Sagene"])
        try terminal.expect("[4/")
        try terminal.expect("› ")
        kill(terminal.pid, SIGHUP)
        #expect(try terminal.waitForExit() == 128 + SIGHUP)
        #expect(try Self.transcriptText(folder).hasSuffix("\tend\thangup\n"))
        #expect(SessionFiles(folder: folder + "/Transcripts").names().count == 2)
    }

    /// Without a terminal too: a blocked read returns and the plan is saved.
    @Test func sigtermThroughAPipe() throws {
        let folder = TempFolder.make()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["SAMPLAN_TODAY": "2026-11-23"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("2\nDPS Øst\nNAV Sagene\n".utf8))
        var seen = ""
        while !seen.contains("[4/") { seen += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self) }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(try Self.transcriptText(folder).hasSuffix("\tend\thangup\n"))
        #expect(SessionFiles(folder: folder + "/Transcripts").names().count == 2)
    }
}
