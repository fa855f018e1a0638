import Foundation
import Glibc
import Testing

/// A follow-up at a real terminal and through pipes (issue 21): Ctrl-C
/// clears a line, Ctrl-D saves; a kill in the middle loses no acknowledged
/// answer and resume goes on with the follow-up; the roster fills in the
/// parties.
@Suite(.serialized)
struct FollowupTerminalTests {
    /// A finished session in a fresh folder; its transcript's path.
    static func session() throws -> (folder: String, transcript: String) {
        let folder = TempFolder.make()
        let run = try PipeRun.run([], input: Typed.norwegian.joined(separator: "\n") + "\n", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript"))
    }

    static let later = ["SAMPLAN_TODAY=2027-01-20"]

    @Test func aFollowUpAtATerminalWithCtrlCAndCtrlD() throws {
        let (folder, transcript) = try Self.session()
        let terminal = try PseudoTerminal.samplan(["oppfølging", transcript], in: folder, environment: Self.later)
        try terminal.expect("Avtalen fra 23.11.2026 følges opp.")
        try terminal.expect("Hvor langt har dere kommet?")
        try terminal.expect("› ")
        terminal.send("Ikke påbeg")
        try terminal.expect("Ikke påbeg")
        terminal.send("\u{3}")
        try terminal.expect("^C")
        try terminal.expect("[1/")
        try terminal.expect("› ")
        terminal.send("påb\t")
        try terminal.expect("egynt")
        terminal.send("\r")
        try terminal.expect("✓ Påbegynt")
        try terminal.type(["2"])
        try terminal.expect("✓ Tid, kapasitet og produksjonskrav")
        try terminal.type(["om 4 uker"])
        try terminal.expect("✓ onsdag 17.02.2027")
        try terminal.expect("› ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(text.contains("\tfollowup\t2027-01-20\tnb\tfollowup\t1.1.1\tsha256:"))
        #expect(text.contains("\tanswer\tdate_1\tall\tonsdag 17.02.2027\n"))
        #expect(!text.contains("\tline\tIkke påbeg"), "a line cleared with Ctrl-C is not recorded")
        #expect(text.hasSuffix("\tend\teof\n"))
        let plan = try SessionFiles(folder: folder + "/Transcripts").text(ending: "-oppfolging-2027-01-20.plan.txt")
        #expect(plan.contains("Fulgt opp: 20.01.2027") && plan.contains("Påbegynt"))
    }

    enum Moment: CaseIterable { case afterEnter, settled }

    @Test(arguments: Moment.allCases)
    func aKillInTheMiddleOfAFollowUpLosesNothingAcknowledged(_ moment: Moment) throws {
        let (folder, transcript) = try Self.session()
        let terminal = try PseudoTerminal.samplan(["review", transcript], in: folder, environment: Self.later)
        try terminal.type(["1"])
        try terminal.expect("✓ Gjennomført")
        try terminal.expect("› ")
        terminal.send("4\r")
        if moment == .settled {
            try terminal.expect("✓ Droppet")
            try terminal.expect("› ")
        }
        kill(terminal.pid, SIGKILL)
        _ = try terminal.waitForExit()
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(text.contains("\tanswer\tstatus_1\tall\tGjennomført\n"), "acknowledged, so on disk")
        let dropped = text.contains("\tanswer\tstatus_2\tall\tDroppet\n")
        if terminal.screen.contains("✓ Droppet") { #expect(dropped, "acknowledged, so on disk") }
        // Resume goes on with the follow-up where it was.
        let rest = (dropped ? [] : ["4"]) + ["5", "ja", "om 3 måneder", ""]
        let resumed = try PipeRun.run(
            ["resume", transcript], input: rest.joined(separator: "\n") + "\n",
            environment: ["SAMPLAN_TODAY": "2027-01-21"], directory: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // A day later: both dates are said, and new deadlines count from today.
        #expect(
            resumed.stdout.replacing("\n", with: " ").hasPrefix(
                "Velkommen tilbake. Oppfølgingen som ble påbegynt 20.01.2027, fortsetter i dag, 21.01.2027."),
            "\(resumed.stdout.prefix(300))")
        let after = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(after.components(separatedBy: "\tfollowup\t2").count == 2, "one follow-up, continued")
        #expect(after.hasSuffix("\tend\tfinished\n"), "\(after.suffix(300))")
        let plan = try PipeRun.run(["plan", transcript], input: "", directory: folder)
        #expect(
            plan.stdout.contains("Oppfølging 20.01.2027\n- Status for 2 tiltak: 1 gjennomført, 1 droppet\n"),
            "\(plan.stdout)")
        // A second follow-up adds to the history; resume now has nothing left to do.
        let again = try PipeRun.run(["resume", transcript], input: "", directory: folder)
        #expect(again.stdout.contains("avtalen er fulgt opp"))
    }

    @Test func theRosterFillsInThePartiesForThePairToConfirm() throws {
        let folder = TempFolder.make()
        try "table,dps,nav,municipality\n12,DPS Øst,NAV Grünerløkka,\n".write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        let lines = Typed.confirmingTheRoster
        let run = try PipeRun.run(
            ["new", "--event", "roster.csv", "--table", "12"], input: lines.joined(separator: "\n") + "\n",
            directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Fra deltakerlisten: DPS Øst — Enter bekrefter, eller skriv et annet navn."))
        #expect(run.stdout.contains("✓ NAV Grünerløkka"))
        let transcript = try SessionFiles(folder: folder + "/Transcripts").text(ending: ".transcript")
        #expect(transcript.contains("\ttable\t12\n"))
        #expect(
            try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript").hasSuffix("2026-11-23-dps-ost-nav-grunerlokka.transcript"))
        // An unknown table, or a broken roster: a clear message, nothing started.
        let unknown = try PipeRun.run(["new", "--event", "roster.csv", "--table", "99"], input: "", directory: folder)
        #expect(unknown.status == 65 && unknown.stderr == "samplan: roster.csv: bord 99 finnes ikke i deltakerlisten (den har bord 12–12).\n")
        try "table,dps\n1,DPS A\n".write(toFile: folder + "/broken.csv", atomically: true, encoding: .utf8)
        let broken = try PipeRun.run(["new", "--event", "broken.csv", "--table", "1"], input: "", directory: folder)
        #expect(broken.status == 65 && broken.stderr == "samplan: broken.csv:1: kolonnen «nav» mangler i overskriftslinjen\n")
        #expect(broken.stdout.isEmpty, "nothing started")
        let missing = try PipeRun.run(["new", "--event", "nowhere.csv", "--table", "1"], input: "", directory: folder)
        #expect(missing.status == 66)
    }
}
