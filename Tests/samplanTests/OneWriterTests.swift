import Foundation
import Glibc
import Testing

/// One writer per transcript (issue 28, finding 1): whichever two of a
/// session, a resume and a follow-up meet on one transcript, exactly one
/// writes; the other is refused at once with exit 75 and a message, and
/// the transcript replays to the plan the writer saved. A kill -9 of the
/// writer gives the transcript back.
@Suite(.serialized)
struct OneWriterTests {
    static let later = ["SAMPLAN_TODAY": "2027-01-20"]
    /// A whole follow-up of the typed session's plan.
    static let followup = ["1", "4", "2", "ja", "om 3 måneder", ""]

    static func finishedSession() throws -> (folder: String, transcript: String) {
        let folder = TempFolder.make()
        let run = try PipeRun.run([], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript"))
    }

    static func refusedAsInUse(_ run: PipeRun, _ transcript: String) -> Bool {
        run.status == 75 && run.stderr.contains("er åpen i en annen økt") && run.stderr.contains(transcript) && run.stdout.isEmpty
    }

    /// The plan `samplan plan` renders from the transcript now.
    static func replayedPlan(_ transcript: String, in folder: String) throws -> String {
        let plan = try PipeRun.run(["plan", transcript], input: "", environment: later, directory: folder)
        #expect(plan.status == 0, "\(plan.stderr)")
        return plan.stdout
    }

    @Test func twoFollowUpsAtOnce() throws {
        for trial in 0..<StressTrials.count {
            let (folder, transcript) = try Self.finishedSession()
            // Both start together; each has typed its first answer.
            let first = try LiveRun(["oppfølging", transcript], environment: Self.later, directory: folder)
            let second = try LiveRun(["oppfølging", transcript], environment: Self.later, directory: folder)
            first.type(["1"])
            second.type(["1"])
            // The one refused leaves at once, while the other waits for more.
            var refused: LiveRun?
            for _ in 0..<6_000 where refused == nil {
                if !first.isRunning { refused = first } else if !second.isRunning { refused = second } else { usleep(5_000) }
            }
            let loser = try #require(refused, "trial \(trial): neither was refused")
            let winner = loser === first ? second : first
            #expect(loser.finish() == 75, "trial \(trial)")
            #expect(loser.stderr.contains("er åpen i en annen økt"), "trial \(trial): \(loser.stderr)")
            #expect(winner.isRunning, "trial \(trial): the writer goes on")
            winner.type(Array(Self.followup.dropFirst()))
            #expect(winner.finish() == 0, "trial \(trial): \(winner.stderr)")
            let text = try String(contentsOfFile: transcript, encoding: .utf8)
            #expect(text.components(separatedBy: "\tfollowup\t2").count == 2, "trial \(trial): one follow-up block")
            let saved = try SessionFiles(folder: folder + "/Transcripts").text(ending: "-oppfolging-2027-01-20.plan.txt")
            #expect(try Self.replayedPlan(transcript, in: folder) == saved, "trial \(trial)")
        }
    }

    enum Second: String, CaseIterable { case followup = "oppfølging", resume }

    /// A follow-up or a resume while the session is still being typed.
    @Test(arguments: Second.allCases)
    func aSecondWriterDuringALiveSession(_ second: Second) throws {
        for trial in 0..<StressTrials.count {
            let folder = TempFolder.make()
            let session = try LiveRun([], directory: folder)
            session.type(Array(Typed.norwegian.prefix(3)))
            // Acknowledged: the transcript exists, and is held.
            // The third answer is taken and the file named after the parties.
            #expect(session.waitFor("[4/"), "trial \(trial): \(session.stdout.suffix(300))")
            let transcript = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
            let before = try String(contentsOfFile: transcript, encoding: .utf8)
            let intruder = try PipeRun.run([second.rawValue, transcript], input: "1\n1\n1\n", environment: Self.later, directory: folder)
            #expect(Self.refusedAsInUse(intruder, transcript), "trial \(trial): \(intruder.status) \(intruder.stderr)")
            #expect(try String(contentsOfFile: transcript, encoding: .utf8) == before, "trial \(trial): nothing written by the intruder")
            session.type(Array(Typed.norwegian.dropFirst(3)))
            #expect(session.finish() == 0, "trial \(trial): \(session.stderr)")
            let saved = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".plan.txt")
            let text = try String(contentsOfFile: transcript, encoding: .utf8)
            #expect(!text.contains("\tfollowup\t2") && text.hasSuffix("\tend\tfinished\n"), "trial \(trial)")
            let replayed = try PipeRun.run(["plan", transcript], input: "", directory: folder)
            #expect(replayed.stdout == saved, "trial \(trial)")
        }
    }

    /// A kill -9 of the writer gives the transcript back: the next one starts.
    @Test func aKilledWriterLetsTheNextOneIn() throws {
        let (folder, transcript) = try Self.finishedSession()
        let holder = try LiveRun(["oppfølging", transcript], environment: Self.later, directory: folder)
        #expect(holder.waitFor("Hvor langt har dere kommet?"))
        let refused = try PipeRun.run(["oppfølging", transcript], input: "", environment: Self.later, directory: folder)
        #expect(Self.refusedAsInUse(refused, transcript))
        kill(holder.process.processIdentifier, SIGKILL)
        _ = holder.finish()
        let next = try PipeRun.run(
            ["oppfølging", transcript], input: Self.followup.joined(separator: "\n") + "\n",
            environment: Self.later, directory: folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try String(contentsOfFile: transcript, encoding: .utf8).hasSuffix("\tend\tfinished\n"))
    }
}
