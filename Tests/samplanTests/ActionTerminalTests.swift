import Foundation
import Glibc
import Testing

/// Actions at a real terminal (issue 20): Tab completes a position, æøå
/// and all, and a kill between two edits loses no acknowledged edit.
@Suite(.serialized)
struct ActionTerminalTests {
    /// Up to the question about work in treatment, with a DPS contact
    /// whose position has Norwegian letters.
    static let opening = [
        "2", "DPS Øst", "NAV Sagene", "mål", "", "behov", "", "enhetsleder", "NAV-leder",
        "rådgiver for økonomi og arbeid", "NAV-veileder",
    ]

    @Test func tabCompletesAPositionWithNorwegianLettersInTheOwnerPrompt() throws {
        let terminal = try PseudoTerminal.samplan()
        try terminal.type(Self.opening)
        try terminal.expect("Hva har DPS-et i dag")
        try terminal.type(["/tiltak"])
        try terminal.expect("Tiltak · hva › ")
        terminal.send("Ringe tre arbeidsgivere\r")
        try terminal.expect("Tiltak · ansvarlig › ")
        terminal.send("råd\t")
        try terminal.expect("giver for økonomi og arbeid")
        terminal.send("\r")
        try terminal.expect("Tiltak · frist › ")
        terminal.send("om 3 uker\r")
        try terminal.expect("✓ 1. Ringe tre arbeidsgivere — rådgiver for økonomi og arbeid")
        try terminal.expect("› ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    enum Moment: CaseIterable { case afterEnter, settled }

    /// Two edits of one action; the kill comes just after the second is
    /// sent, or after it is shown. What was acknowledged is on disk, and
    /// resume lists exactly the actions the transcript holds.
    @Test(arguments: Moment.allCases)
    func aKillBetweenTwoEditsLosesNoAcknowledgedEdit(_ moment: Moment) throws {
        let folder = TempFolder.make()
        let terminal = try PseudoTerminal.samplan(in: folder)
        try terminal.type(Self.opening + ["/tiltak"])
        try terminal.expect("Tiltak · hva › ")
        terminal.send("Ringe tre arbeidsgivere\r")
        try terminal.expect("Tiltak · ansvarlig › ")
        terminal.send("NAV-veileder\r")
        try terminal.expect("Tiltak · frist › ")
        terminal.send("om 3 uker\r")
        try terminal.expect("✓ 1. Ringe tre arbeidsgivere — NAV-veileder — 14.12.2026")
        try terminal.type(["/tiltak 1 frist 21.12.2026"])
        try terminal.expect("✓ 1. Ringe tre arbeidsgivere — NAV-veileder — 21.12.2026")
        try terminal.expect("› ")
        terminal.send("/tiltak 1 stilling rådgiver for økonomi og arbeid\r")
        if moment == .settled {
            try terminal.expect("✓ 1. Ringe tre arbeidsgivere — rådgiver for økonomi og arbeid")
            try terminal.expect("› ")
        }
        kill(terminal.pid, SIGKILL)
        _ = try terminal.waitForExit()

        let transcript = try SessionFiles(folder: folder + "/Transcripts").one(ending: ".transcript")
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(text.contains("\taction-change\t1\tdate\t2026-12-21\n"), "the first edit, acknowledged, is on disk")
        let second = text.contains("\taction-change\t1\towner\trådgiver for økonomi og arbeid\n")
        if terminal.screen.contains("— rådgiver for økonomi og arbeid — 21.12.2026") {
            #expect(second, "the second edit was acknowledged, so it is on disk")
        }
        let resumed = try PipeRun.run(["resume", transcript], input: "/liste\n", directory: folder)
        let owner = second ? "rådgiver for økonomi og arbeid" : "NAV-veileder"
        #expect(resumed.stdout.contains("1. Ringe tre arbeidsgivere — \(owner) — 21.12.2026"), "\(resumed.stdout)")
    }
}
