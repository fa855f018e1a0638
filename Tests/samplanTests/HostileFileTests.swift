import Dispatch
import Foundation
import Glibc
import Testing

/// What a hostile test found in how samplan writes and reads files (issue
/// 17): torn lines, sessions racing for one name, plans and targets that
/// are not samplan's to replace, and files that are not files.
@Suite(.serialized)
struct HostileFileTests {
    /// What `resume` types after each cut: an answer for a role question,
    /// or the end of a long text, and then leave.
    static let resumed = "sosionom\n\n/avslutt\n"

    /// A short session that ends at EOF, so its transcript ends with the
    /// answers, the save and the end records.
    static func shortSession() throws -> (folder: String, transcript: String) {
        let folder = TempFolder.make()
        _ = try PipeRun.run([], input: "2\nDPS Nordre Aasen\nNAV Sagene\nbehandler\n\nNAV-veileder\n\n", directory: folder)
        return (folder, try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript"))
    }

    /// Every cut point of the last 300 bytes: resume keeps its answer, and
    /// the transcript stays readable by resume, plan and summary. On the old
    /// main 294 of 301 cuts left a transcript nothing could read.
    @Test func aTornLastLineIsCutOffBeforeResumeAppends() throws {
        let (_, original) = try Self.shortSession()
        let whole = try Data(contentsOf: URL(fileURLWithPath: original))
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 300) { cut in
            do {
                let folder = TempFolder.make()
                let path = folder + "/torn.transcript"
                try whole.prefix(whole.count - 1 - cut).write(to: URL(fileURLWithPath: path))
                let resume = try PipeRun.run(["resume", path], input: Self.resumed, directory: folder)
                let plan = try PipeRun.run(["plan", path], input: "", directory: folder)
                let text = try String(contentsOfFile: path, encoding: .utf8)
                // Cut inside the long answer, resume goes on collecting it.
                let kept = Acknowledged.answers(in: text).contains { $0.contains("sosionom") }
                if resume.status != 0 || plan.status != 0 || !plan.stderr.isEmpty || !kept || !text.hasSuffix("\tend\tquit\n") {
                    failures.add("cut \(cut + 1): resume \(resume.status) plan \(plan.status) \(plan.stderr) kept \(kept)")
                }
            } catch {
                failures.add("cut \(cut + 1): \(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(5))")
    }

    /// Sessions started at the same moment into one folder, with the same
    /// parties: each keeps every answer under a name of its own, no file is
    /// left over, and each resumes. On the old main 15 of 30 pairs clashed.
    @Test(arguments: [2, 8])
    func concurrentSessionsNeverTakeEachOthersFiles(_ sessions: Int) throws {
        let trials = Int(ProcessInfo.processInfo.environment["SAMPLAN_RACE_TRIALS"] ?? "") ?? 100
        // Resuming every session of every trial doubles the time; the first
        // ten trials are resumed here, all of them with SAMPLAN_RACE_RESUMES.
        let resumes = Int(ProcessInfo.processInfo.environment["SAMPLAN_RACE_RESUMES"] ?? "") ?? 10
        for trial in 1...trials {
            let folder = TempFolder.make()
            let runs = try Self.startTogether(sessions, in: folder)
            let names = SessionFiles(folder: folder + "/Transcripts").names()
            #expect(names.filter { $0.hasSuffix(".transcript") }.count == sessions, "trial \(trial): \(names)")
            #expect(names.filter { $0.hasSuffix(".plan.txt") }.count == sessions, "trial \(trial): \(names)")
            #expect(names.count == 2 * sessions, "no orphans, trial \(trial): \(names)")
            for (k, run) in runs.enumerated() {
                #expect(run.status == 0, "trial \(trial) session \(k): \(run.stderr)")
                let line = run.stdout.split(separator: "\n").first { $0.contains("Øktloggen: ") }
                let path = folder + "/" + (line?.split(separator: "Øktloggen: ").last.map(String.init) ?? "?")
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                #expect(Acknowledged.answers(in: text) == Self.answers(k), "trial \(trial) session \(k): \(path)")
                let plan = path.replacing(".transcript", with: ".plan.txt")
                #expect(((try? String(contentsOfFile: plan, encoding: .utf8)) ?? "").contains("behandler \(k)"))
                if trial <= resumes {
                    let resume = try PipeRun.run(["resume", path], input: "/avslutt\n", directory: folder)
                    #expect(resume.status == 0, "trial \(trial) session \(k): \(resume.stderr)")
                }
            }
        }
    }

    static func answers(_ k: Int) -> [String] {
        ["Ikke i dag – men vi inviterer kommunen inn i samarbeidet", "DPS Øst", "NAV Sagene", "behandler \(k)", "NAV-veileder"]
    }

    /// What session k types: the two long answers each end with an empty line.
    static func typed(_ k: Int) -> [String] { ["2", "DPS Øst", "NAV Sagene", "behandler \(k)", "", "NAV-veileder", ""] }

    /// Starts every session before any gets its input, then feeds them all.
    static func startTogether(_ count: Int, in folder: String) throws -> [PipeRun] {
        var processes: [(Process, Pipe, Pipe, Pipe)] = []
        for _ in 0..<count {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
            process.environment = ["SAMPLAN_TODAY": "2026-11-23"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            processes.append((process, input, output, errors))
        }
        for (k, (_, input, _, _)) in processes.enumerated() {
            input.fileHandleForWriting.write(Data((typed(k).joined(separator: "\n") + "\n").utf8))
            try input.fileHandleForWriting.close()
        }
        return processes.map { process, _, output, errors in
            let out = output.fileHandleForReading.readDataToEndOfFile()
            let err = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return PipeRun(
                status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// A transcript copied to a folder that holds a plan of the same name:
    /// that plan is someone else's and stays as it is.
    @Test func resumingACopiedTranscriptNeverReplacesAPlanItDidNotWrite() throws {
        let (from, original) = try Self.shortSession()
        let planName = try SessionFiles(folder: from + "/Transcripts").one(ending: ".plan.txt").split(separator: "/").last!
        let folder = TempFolder.make()
        let copy = folder + "/copy.transcript"
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        try "Et annet dokument.\n".write(toFile: folder + "/" + planName, atomically: false, encoding: .utf8)
        let resume = try PipeRun.run(["resume", copy], input: Self.resumed, directory: folder)
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(try String(contentsOfFile: folder + "/" + planName, encoding: .utf8) == "Et annet dokument.\n")
        let sibling = folder + "/" + planName.replacing(".plan.txt", with: "-2.plan.txt")
        #expect(try String(contentsOfFile: sibling, encoding: .utf8).contains("sosionom"))
        #expect(resume.stdout.contains("Avtalen: \(sibling)"))
    }

    /// Where a new session is saved: `--dir`, else `SAMPLAN_DIR` (what
    /// `make run` sets, so the repository's Transcripts/ gets no
    /// sessions), else Transcripts/ (issue 33).
    @Test func sessionsGoWhereTheyAreTold() throws {
        let folder = TempFolder.make()
        let lines = "2\nDPS Nordre Aasen\nNAV Sagene\n"
        _ = try PipeRun.run([], input: lines, environment: ["SAMPLAN_DIR": folder + "/Sessions"], directory: folder)
        #expect(SessionFiles(folder: folder + "/Sessions").names().filter { $0.hasSuffix(".transcript") }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/Transcripts"), "nothing in Transcripts/")
        _ = try PipeRun.run(["new", "--dir", "Other"], input: lines, environment: ["SAMPLAN_DIR": folder + "/Sessions"], directory: folder)
        #expect(SessionFiles(folder: folder + "/Other").names().filter { $0.hasSuffix(".transcript") }.count == 1, "--dir first")
        _ = try PipeRun.run([], input: lines, directory: folder)
        #expect(SessionFiles(folder: folder + "/Transcripts").names().filter { $0.hasSuffix(".transcript") }.count == 1)
    }

    /// Resuming a finished session changes no plan file and makes none.
    @Test func resumingAFinishedSessionWritesNoNewPlan() throws {
        let folder = TempFolder.make()
        let lines = Typed.norwegian.joined(separator: "\n") + "\n"
        _ = try PipeRun.run([], input: lines, environment: ["SAMPLAN_TODAY": "2026-11-23"], directory: folder)
        let files = SessionFiles(folder: folder + "/Transcripts")
        let plan = try files.one(ending: ".plan.txt")
        let before = try String(contentsOfFile: plan, encoding: .utf8)
        let resume = try PipeRun.run(["resume", try files.one(ending: ".transcript")], input: "", directory: folder)
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(try files.one(ending: ".plan.txt") == plan, "one plan file")
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == before)
    }

    /// A session left and resumed in place goes on with the one plan file
    /// it wrote: its draft is replaced, no numbered sibling (seen in tmux).
    @Test func resumingInPlaceReplacesItsOwnDraft() throws {
        let (folder, original) = try Self.shortSession()
        let files = SessionFiles(folder: folder + "/Transcripts")
        let draft = try files.one(ending: ".plan.txt")
        #expect(try String(contentsOfFile: draft, encoding: .utf8).hasPrefix("UTKAST"))
        let resume = try PipeRun.run(["resume", original], input: Self.resumed, directory: folder)
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(try files.one(ending: ".plan.txt") == draft, "one plan file")
        #expect(try String(contentsOfFile: draft, encoding: .utf8).contains("sosionom"))
        #expect(resume.stdout.contains("Avtalen: \(draft)"))
    }

    /// `plan -o TARGET --force` replaces a regular file only: never a
    /// device (as root `-o /dev/full --force` made the device a file), a
    /// FIFO, a folder or a symbolic link, and a folder never gets `DIR-2`.
    @Test func planOutputIsOnlyEverARegularFile() throws {
        let (folder, transcript) = try Self.shortSession()
        let device = folder + "/full", fifo = folder + "/fifo", directory = folder + "/dir", link = folder + "/link"
        #expect(mknod(device, S_IFCHR | 0o600, 1 << 8 | 7) == 0, "as root, like the hostile test")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(mkdir(directory, 0o700) == 0)
        try "mål\n".write(toFile: folder + "/target", atomically: false, encoding: .utf8)
        #expect(symlink(folder + "/target", link) == 0)
        for (target, kind) in [
            (device, "not a regular file"), (fifo, "not a regular file"),
            (directory, "is a folder"), (link, "is a symbolic link"),
        ] {
            for force in [true, false] {
                let run = try PipeRun.run(["plan", transcript, "-o", target, "--lang", "en"] + (force ? ["--force"] : []), input: "")
                #expect(run.status == 73, "\(target) \(force)")
                #expect(run.stderr.contains(kind), "\(run.stderr)")
            }
        }
        var info = stat()
        #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: folder + "/target", encoding: .utf8) == "mål\n")
        #expect(!FileManager.default.fileExists(atPath: directory + "-2"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? ["?"]).isEmpty)
        // A regular file is still replaced with --force, and kept without.
        let kept = try PipeRun.run(["plan", transcript, "-o", folder + "/target"], input: "")
        let afterKept = try String(contentsOfFile: folder + "/target", encoding: .utf8)
        #expect(kept.status == 0 && afterKept == "mål\n")
        let replaced = try PipeRun.run(["plan", transcript, "-o", folder + "/target", "--force"], input: "")
        let afterReplaced = try String(contentsOfFile: folder + "/target", encoding: .utf8)
        #expect(replaced.status == 0 && afterReplaced.contains("behandler"))
    }

    /// A FIFO named like a transcript made every reader wait forever, and
    /// /dev/zero behind a link filled the memory: both are refused at once.
    @Test func onlyRegularFilesAreRead() throws {
        let folder = TempFolder.make()
        #expect(mkfifo(folder + "/fifo.transcript", 0o600) == 0)
        #expect(symlink("/dev/zero", folder + "/zero.transcript") == 0)
        for file in ["fifo.transcript", "zero.transcript"] {
            let path = folder + "/" + file
            for arguments in [["plan", path], ["resume", path], ["replay", path], ["check", path]] {
                let run = try PipeRun.run(arguments + ["--lang", "en"], input: "")
                #expect(run.status == 66, "\(arguments)")
                #expect(run.stderr == "samplan: “\(path)” is not a regular file (a folder, a FIFO or a device) and is not read.\n")
            }
        }
        for command in ["summary", "followup"] {
            let run = try PipeRun.run([command, folder, "--lang", "en"], input: "")
            #expect(run.status == 65, "\(command)")
            #expect(run.stderr.contains("“\(folder)/fifo.transcript” is not a regular file"), "\(run.stderr)")
            #expect(run.stderr.contains("“\(folder)/zero.transcript” is not a regular file"), "\(run.stderr)")
        }
        // `check DIR` is a missing input (66), not an I/O error (74).
        let check = try PipeRun.run(["check", folder, "--lang", "en"], input: "")
        #expect(check.status == 66 && check.stderr.contains("is not a regular file"))
    }

    /// A read-only `--dir` (here a file where the folder should be) stops
    /// the session at the first answer instead of one error per line.
    @Test func anUncreatableTranscriptStopsTheSessionAtOnce() throws {
        let folder = TempFolder.make()
        #expect(FileManager.default.createFile(atPath: folder + "/taken", contents: Data("x".utf8)))
        let run = try PipeRun.run(
            ["--dir", folder + "/taken/T", "--lang", "en"],
            input: "2\nDPS Øst\nNAV Sagene\nbehandler\nNAV-veileder\n")
        #expect(run.status == 73)
        #expect(run.stderr.components(separatedBy: "Cannot create").count == 2, "\(run.stderr)")
        #expect(!run.stdout.contains("NAV Sagene"), "the later lines are not read as answers")
    }

    /// The second of two stop signals ends samplan at once, even while it
    /// is busy with the first (both are sent while it is stopped).
    @Test func aSecondStopSignalEndsSamplanAtOnce() throws {
        let folder = TempFolder.make()
        let terminal = try PseudoTerminal.samplan(in: folder)
        try terminal.type(["2", "DPS Øst", "NAV Sagene"])
        try terminal.expect("[4/")
        try terminal.expect("› ")
        kill(terminal.pid, SIGSTOP)
        kill(terminal.pid, SIGTERM)
        kill(terminal.pid, SIGHUP)
        kill(terminal.pid, SIGCONT)
        let status = try terminal.waitForExit()
        #expect(status == 128 + SIGTERM || status == 128 + SIGHUP)
        let transcript = try FaultTests.transcriptText(folder)
        #expect(!transcript.contains("\tend\t"), "killed by the second signal before saving")
        #expect(transcript.contains("\tanswer\tnav_office\tnav\tNAV Sagene\n"), "acknowledged answers are on disk")
    }
}

/// Failures collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ failure: String) {
        lock.lock()
        list.append(failure)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
