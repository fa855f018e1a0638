import Foundation
import Glibc
import Testing

/// A session killed with SIGKILL at many points loses nothing it
/// acknowledged, and resuming it ends in the same plan as a session that
/// was never interrupted.
@Suite(.serialized)
struct KillTests {
    enum Moment: String, CustomStringConvertible {
        /// Half of the line typed, no Enter.
        case typing
        /// Enter pressed, killed at once: the answer may or may not be on disk.
        case afterEnter
        /// Killed while waiting at the next prompt.
        case settled
        var description: String { rawValue }
    }

    static let lines = Typed.norwegian
    static let points: [(line: Int, moment: Moment)] = [
        (1, .typing), (1, .afterEnter), (2, .afterEnter), (3, .settled),
        (4, .typing), (4, .afterEnter), (6, .settled),  // inside the long texts
        (12, .afterEnter), (24, .typing), (25, .settled), (29, .afterEnter), (30, .settled),  // inside the actions
        (lines.count, .afterEnter),  // during the final save
    ]

    /// The plan of the same typing without interruption.
    static let uninterrupted: String = {
        let folder = TempFolder.make()
        _ = try? PipeRun.run([], input: lines.joined(separator: "\n") + "\n", directory: folder)
        return (try? SessionFiles(folder: folder + "/Transcripts").text(ending: ".plan.txt")) ?? "missing"
    }()

    @Test(arguments: points.indices)
    func killedSessionResumesToTheSamePlan(_ index: Int) throws {
        let (count, moment) = Self.points[index]
        let folder = TempFolder.make()
        let terminal = try PseudoTerminal.samplan(in: folder)
        try terminal.type(Array(Self.lines.prefix(count - 1)))
        try terminal.expect("› ")
        let last = Self.lines[count - 1]
        switch moment {
        case .typing:
            terminal.send(String(last.prefix(max(1, last.count / 2))))
        case .afterEnter:
            terminal.send(last + "\r")
        case .settled:
            terminal.send(last + "\r")
            if count < Self.lines.count { try terminal.expect("› ") }
        }
        kill(terminal.pid, SIGKILL)
        _ = try terminal.waitForExit()

        let transcripts = SessionFiles(folder: folder + "/Transcripts")
        let resumed: PipeRun
        if let transcript = try? transcripts.one(ending: ".transcript") {
            let text = try String(contentsOfFile: transcript, encoding: .utf8)
            // Every answer acknowledged on screen is on disk.
            let answers = Acknowledged.answers(in: text)
            // "\r\n" is one Character in Swift: normalise before splitting.
            for shown in terminal.screen.replacing("\r\n", with: "\n").split(separator: "\n") {
                guard let answer = Acknowledged.shown(shown) else { continue }
                #expect(answers.contains { $0.contains(answer) }, "acknowledged “\(answer)” is missing after a kill at \(count) \(moment)")
            }
            // Each typed line is one input: an answer's line, or an action typed at the closing.
            let typed = text.split(separator: "\n").filter { $0.contains("\tline\t") || $0.contains("\taction-add\t") }.count
            let rest = Self.lines.dropFirst(typed)
            resumed = try PipeRun.run(["resume", transcript], input: rest.joined(separator: "\n") + "\n", directory: folder)
        } else {
            // Killed before the first answer reached the disk: nothing to resume.
            #expect(!terminal.screen.contains("✓ "))
            resumed = try PipeRun.run([], input: Self.lines.joined(separator: "\n") + "\n", directory: folder)
        }
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let transcript = try String(contentsOfFile: try transcripts.one(ending: ".transcript"), encoding: .utf8)
        let saved = try #require(
            transcript.split(separator: "\n").last { $0.contains("\tsave\t") }?
                .split(separator: "\t").last.map(String.init))
        let plan = try String(contentsOfFile: saved.hasPrefix("/") ? saved : folder + "/" + saved, encoding: .utf8)
        #expect(plan == Self.uninterrupted, "plan after a kill at line \(count) \(moment)")
        #expect(transcript.hasSuffix("\tend\tfinished\n"))
    }
}
