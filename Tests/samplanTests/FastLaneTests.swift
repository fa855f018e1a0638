import Foundation
import ArgumentParser
import Testing
@testable import samplan

/// The fast lane takes a command line only where ArgumentParser would read
/// it the same way: every line it routes must parse, through ArgumentParser,
/// to an equal request.
struct FastLaneTests {
    /// Subcommand names, ArgumentParser's own words, option-like and odd
    /// arguments, and plain operands, in every order up to three long.
    static let words = ["", "new", "check", "resume", "replay", "plan", "summary", "due", "followup", "oppfølging", "review", "help",
                        "rules.yaml", "økt æøå.transcript", "Transcripts", "-", "--", "-h", "--help",
                        "--version", "--lang", "en", "--dir=x", "-o", "--generate-completion-script"]

    static var commandLines: [[String]] {
        var lines: [[String]] = [[]]
        var last: [[String]] = [[]]
        for _ in 1...3 {
            last = last.flatMap { line in words.map { line + [$0] } }
            lines += last
        }
        return lines
    }

    @Test func everyRoutedLineParsesToTheSameRequest() throws {
        var routed = 0
        for line in Self.commandLines {
            guard let route = FastLane.route(line) else { continue }
            routed += 1
            let parsed: ParsableCommand
            do {
                parsed = try Samplan.parseAsRoot(line)
            } catch {
                Issue.record("the lane takes \(line), which ArgumentParser refuses: \(error)")
                continue
            }
            #expect(Self.route(of: parsed) == route, "\(line)")
        }
        // Enough lines of every kind went through the lane to mean something.
        #expect(routed > 300)
    }

    @Test(arguments: [
        ([], FastLane.Route.new(NewRequest())),
        (["check"], .check(CheckRequest())),
        (["check", "x.yaml"], .check(CheckRequest(rules: "x.yaml"))),
        (["resume", "a.transcript"], .resume(ResumeRequest(transcript: "a.transcript"))),
        (["summary", "a", "b"], .summary(SummaryRequest(paths: ["a", "b"]))),
        (["oppfølging", "a.transcript"], .review(ReviewRequest(transcript: "a.transcript"))),
        (["oppfolging", "a.transcript"], .review(ReviewRequest(transcript: "a.transcript"))),
        (["review", "a.transcript"], .review(ReviewRequest(transcript: "a.transcript"))),
    ])
    func plainLinesTakeTheLane(line: [String], expected: FastLane.Route) {
        #expect(FastLane.route(line) == expected)
    }

    @Test(arguments: [["--help"], ["check", "--lang", "en"], ["help", "check"], ["plan"], ["plan", "a", "b"],
                      ["nonsense"], ["check", "a", "b"], ["summary"], ["new", "x"], ["check", ""]])
    func everythingElseGoesToArgumentParser(line: [String]) {
        #expect(FastLane.route(line) == nil)
    }

    /// The same command line through the lane and, with an option that
    /// changes nothing, through ArgumentParser: the same output and status.
    /// A megabyte of input nobody reads must not upset the harness either.
    @Test(arguments: [[], ["/no/such/rules.yaml"], ["rules.yaml"]])
    func theBinaryAnswersTheSameByEitherWay(operands: [String]) throws {
        let folder = TempFolder.make()
        try "format: 1\nid: x\n".write(toFile: folder + "/rules.yaml", atomically: true, encoding: .utf8)
        let unread = String(repeating: "ingen leser dette\n", count: 60_000)
        let lane = try PipeRun.run(["check"] + operands, input: unread, directory: folder)
        let parser = try PipeRun.run(["check", "--lang", "nb"] + operands, input: unread, directory: folder)
        #expect(FastLane.route(["check"] + operands) != nil)
        #expect(lane.status == parser.status)
        #expect(lane.stdout == parser.stdout)
        #expect(lane.stderr == parser.stderr)
        #expect(!(lane.stdout + lane.stderr).isEmpty)
    }

    static func route(of command: ParsableCommand) -> FastLane.Route? {
        switch command {
        case let command as NewCommand: .new(command.request)
        case let command as CheckCommand: .check(command.request)
        case let command as ResumeCommand: .resume(command.request)
        case let command as ReplayCommand: .replay(command.request)
        case let command as PlanCommand: .plan(command.request)
        case let command as SummaryCommand: .summary(command.request)
        case let command as FollowupCommand: .followup(command.request)
        case let command as ReviewCommand: .review(command.request)
        default: nil
        }
    }
}
