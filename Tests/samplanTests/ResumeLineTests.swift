import Foundation
import SamplanCore
import Testing

/// After Ctrl-D or /avslutt the screen says how to go on (issue 33, 10):
/// the exact `samplan resume FILE` line, quoted so a shell reads it back.
struct ResumeLineTests {
    @Test func aSessionLeftEarlySaysTheLineThatResumesIt() throws {
        let folder = TempFolder.make()
        let run = try PipeRun.run(["new", "--dir", "økt med mellomrom"], input: "3\nDPS Øst\n", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let transcript = try SessionFiles(folder: folder + "/økt med mellomrom").one(ending: ".transcript")
        let name = (transcript as NSString).lastPathComponent
        let line = "  Fortsett senere med: samplan resume 'økt med mellomrom/\(name)'\n"
        #expect(run.stdout.hasSuffix(line), "\(run.stdout.suffix(300))")
        // The line, as a shell reads it, goes on with the session.
        let resumed = try PipeRun.run(["resume", "økt med mellomrom/\(name)"], input: "NAV Vest\n", directory: folder)
        #expect(resumed.status == 0 && resumed.stdout.contains("✓ NAV Vest"), "\(resumed.stderr)")
        #expect(resumed.stdout.hasSuffix(line), "left again, the same line")
    }

    /// Under `make run`, samplan is not on the PATH: the line names the build.
    @Test func theResumeLineNamesTheCommandItWasRunAs() throws {
        let folder = TempFolder.make()
        let run = try PipeRun.run(
            ["new", "--dir", "x"], input: "3\nDPS Øst\n", environment: ["SAMPLAN_COMMAND": "/repo/.build/debug/samplan"], directory: folder)
        let name = (try SessionFiles(folder: folder + "/x").one(ending: ".transcript") as NSString).lastPathComponent
        #expect(run.stdout.hasSuffix("  Fortsett senere med: /repo/.build/debug/samplan resume x/\(name)\n"), "\(run.stdout.suffix(200))")
    }

    @Test func aFinishedSessionSaysNoResumeLine() throws {
        let folder = TempFolder.make()
        let run = try PipeRun.run([], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: folder)
        #expect(run.status == 0 && !run.stdout.contains("Fortsett senere med"))
    }

    @Test func wordsAreQuotedOnlyWhenAShellWouldSplitOrExpandThem() {
        #expect(ShellWord.quoted("Transcripts/2026-11-23-dps-øst-nav-vest.transcript") == "Transcripts/2026-11-23-dps-øst-nav-vest.transcript")
        #expect(ShellWord.quoted("a b") == "'a b'")
        #expect(ShellWord.quoted("it's") == #"'it'\''s'"#)
        #expect(ShellWord.quoted("$HOME") == "'$HOME'")
        #expect(ShellWord.quoted("") == "''")
    }
}
