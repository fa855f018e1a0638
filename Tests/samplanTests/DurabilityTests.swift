import Foundation
import Glibc
import Testing

/// Every answer is on disk before anything acknowledges it. A probe
/// preloaded into samplan (LD_PRELOAD) wraps fdatasync: after each sync of
/// the transcript it writes `@synced SIZE` straight to stdout, where it
/// lands between the session's own output exactly when the sync happened.
/// Every ✓ must come after a marker whose size already holds its answer.
///
/// The release binary is linked statically (Makefile, RELEASE) and has no
/// loader to preload into; `make test` runs these on the debug build.
@Suite(
    .serialized,
    .enabled(
        if: ELFLinkage(path: BuiltBinary.path)?.hasLoader ?? true,
        "LD_PRELOAD cannot reach a statically linked samplan"))
struct DurabilityTests {
    static let probeSource = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <errno.h>
        #include <signal.h>
        #include <stdlib.h>
        #include <stdio.h>
        #include <string.h>
        #include <sys/stat.h>
        #include <sys/syscall.h>
        #include <unistd.h>

        /// PROBE_KILL_IN_BIG_WRITE: the first large write (a transcript
        /// header) stops halfway and samplan is killed, as by a power cut
        /// of the process. stdio's own writes do not pass through here.
        ssize_t write(int fd, const void *buffer, size_t count) {
            ssize_t (*real)(int, const void *, size_t) = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
            if (count > 30000 && getenv("PROBE_KILL_IN_BIG_WRITE") != NULL) {
                real(fd, buffer, count / 2);
                kill(getpid(), SIGKILL);
            }
            return real(fd, buffer, count);
        }

        int fdatasync(int fd) {
            int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
            char link[64], path[1024];
            snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
            ssize_t n = readlink(link, path, sizeof path - 1);
            int transcript = n > 11 && memcmp(path + n - 11, ".transcript", 11) == 0;
            if (transcript && getenv("PROBE_FAIL_SYNC") != NULL) {
                errno = EIO;
                return -1;
            }
            int result = real(fd);
            if (result == 0 && transcript) {
                struct stat st;
                fstat(fd, &st);
                char line[64];
                int length = snprintf(line, sizeof line, "\\n@synced %lld\\n", (long long)st.st_size);
                syscall(SYS_write, 1, line, length);
            }
            return result;
        }
        """

    /// Built once.
    static let probe: String? = {
        let library = TempFolder.make() + "/probe.so"
        return CCompiler.build(probeSource, into: library, arguments: ["-shared", "-fPIC", "-O1", "-ldl"]) ? library : nil
    }()

    struct Observed {
        var syncs = 0
        var acknowledged = 0
    }

    /// Walks the output: each ✓ needs its answer within the synced size.
    static func check(output: String, transcript: [UInt8]) -> Observed {
        var observed = Observed()
        var durable: [String] = []
        for line in Acknowledged.lines(output) {
            if line.hasPrefix("@synced ") {
                let size = Int(line.dropFirst(8)) ?? 0
                durable = Acknowledged.answers(in: String(decoding: transcript.prefix(size), as: UTF8.self))
                observed.syncs += 1
                continue
            }
            guard let shown = Acknowledged.shown(line) else { continue }
            observed.acknowledged += 1
            #expect(durable.contains { $0.contains(shown) }, "“\(shown)” shown before it was synced")
        }
        return observed
    }

    static func transcriptBytes(_ folder: String) throws -> [UInt8] {
        let path = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Lines already waiting in the pipe are synced as a group, and the
    /// output that acknowledges them waits for that sync.
    @Test func pipedAnswersAreSyncedInGroupsBeforeTheyAreShown() throws {
        let probe = try #require(Self.probe, "no C compiler to build the fdatasync probe")
        let folder = TempFolder.make()
        // A whole session, its purpose written over 40 more lines, so the
        // pipe holds more than one group.
        let typed = Array(Typed.norwegian.prefix(4)) + (1...40).map { "linje \($0)" } + Array(Typed.norwegian.dropFirst(4))
        let input = typed.joined(separator: "\n") + "\n"
        let run = try PipeRun.run(["--lang", "en"], input: input, environment: ["LD_PRELOAD": probe], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let observed = Self.check(output: run.stdout, transcript: try Self.transcriptBytes(folder))
        #expect(observed.acknowledged >= 26, "a whole session is acknowledged: 26 questions")
        let lines = typed.count
        #expect(observed.syncs >= 2 && observed.syncs <= lines / 32 + 3, "\(observed.syncs) syncs for \(lines) lines")
    }

    /// A line too long for the held output (refused, but echoed) arrives
    /// over several reads, so what came before it is synced before it is
    /// shown (PlainLineReader.longestGroup).
    @Test func aHugeLineDoesNotPushEarlierAnswersOutUnsynced() throws {
        let probe = try #require(Self.probe, "no C compiler to build the fdatasync probe")
        let folder = TempFolder.make()
        let lines = Array(Typed.norwegian.prefix(4)) + [String(repeating: "å", count: 1 << 19)] + Array(Typed.norwegian.dropFirst(4))
        let run = try PipeRun.run(
            ["--lang", "en"], input: lines.joined(separator: "\n") + "\n",
            environment: ["LD_PRELOAD": probe], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("The answer is too long (more than 2000 characters)"))
        let observed = Self.check(output: run.stdout, transcript: try Self.transcriptBytes(folder))
        #expect(observed.acknowledged >= 26)
    }

    /// Killed halfway through writing a new transcript's header: no
    /// transcript is left that cannot be read (the header is written under
    /// a hidden name and renamed whole), and the next session starts clean.
    @Test func aKillWhileTheHeaderIsWrittenLeavesNoTornTranscript() throws {
        let probe = try #require(Self.probe, "no C compiler to build the fdatasync probe")
        let folder = TempFolder.make()
        let killed = try PipeRun.run(
            ["--lang", "en"], input: "2\nDPS Øst\n",
            environment: ["LD_PRELOAD": probe, "PROBE_KILL_IN_BIG_WRITE": "1"], directory: folder)
        #expect(killed.status == SIGKILL, "killed mid-header")
        let files = SessionFiles(folder: folder + "/Transcripts")
        #expect(!files.names().contains { $0.hasSuffix(".transcript") }, "\(files.names())")
        let again = try PipeRun.run(["--lang", "en"], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(files.names().filter { $0.hasSuffix(".transcript") }.count == 1)
    }

    /// A sync that fails (EIO here) drops the output held for the group:
    /// nothing it would have acknowledged is shown, and the session stops.
    @Test func aFailedSyncAcknowledgesNothingAndStops() throws {
        let probe = try #require(Self.probe, "no C compiler to build the fdatasync probe")
        let input = Typed.norwegian.joined(separator: "\n") + "\n"
        let run = try PipeRun.run(
            ["--lang", "en"], input: input,
            environment: ["LD_PRELOAD": probe, "PROBE_FAIL_SYNC": "1"])
        #expect(run.status == 74)
        #expect(run.stderr.contains("Input/output error"), "\(run.stderr)")
        #expect(!run.stdout.contains("✓"), "nothing synced, nothing acknowledged")
        #expect(run.stdout.contains("Is anyone from the municipality"), "the welcome, shown before any answer, stays")
    }

    /// A script that waits for each prompt gets each answer synced before
    /// the prompt that follows it.
    @Test func aLineAtATimeIsSyncedBeforeTheNextPrompt() throws {
        let probe = try #require(Self.probe, "no C compiler to build the fdatasync probe")
        let folder = TempFolder.make()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = ["--lang", "en"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["SAMPLAN_TODAY": "2026-11-23", "LD_PRELOAD": probe]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var seen = ""
        func waitForPrompt(_ count: Int) {
            while seen.components(separatedBy: "› ").count - 1 < count {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { return }
                seen += String(decoding: data, as: UTF8.self)
            }
        }
        let lines = Array(Typed.norwegian.prefix(6))
        waitForPrompt(1)
        for (index, line) in lines.enumerated() {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            waitForPrompt(index + 2)
        }
        try input.fileHandleForWriting.close()
        seen += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let observed = Self.check(output: seen, transcript: try Self.transcriptBytes(folder))
        #expect(observed.acknowledged >= 4)
        #expect(observed.syncs >= lines.count, "one sync per line waited for")
    }
}
