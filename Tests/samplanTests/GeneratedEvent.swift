import Foundation
import SamplanCore

/// An event of 130 tables made with samplan's own driver (issue 21): a
/// roster; a plan at every table but each 13th; every 11th session left
/// early; no follow-up for every 4th plan, one for most, two for some,
/// and one left unfinished for others. What the pairs said is counted as
/// it is typed, so the summary can be checked against it.
struct GeneratedEvent {
    let folder: String
    var roster: String { folder + "/roster.csv" }
    var transcripts: String { folder + "/Transcripts" }

    /// Counted from what was typed.
    var plans = 0
    var complete = 0
    var followedUp = 0
    /// Plans with a follow-up block, finished or not.
    var followUpsBegun = 0
    var notFollowedUp: [Int] = []
    var withoutPlan: [Int] = []
    var statuses: [String: Int] = [:]
    var hindrances: [String: Int] = [:]
    var firstStepsTaken = 0

    static let statusLines = ["1": "done", "2": "started", "3": "not_started", "4": "dropped"]

    static func make() throws -> GeneratedEvent {
        var event = GeneratedEvent(folder: TempFolder.make())
        try FileManager.default.createDirectory(atPath: event.transcripts, withIntermediateDirectories: true)
        let rules = try BuiltinRules.load()
        var roster = "table,dps,nav,municipality\n"
        for table in 1...130 {
            let dps = "DPS Bord \(table)", nav = "NAV Bord \(table)"
            roster += "\(table),\(dps),\(nav),\(table % 10 == 0 ? "Kommune \(table)" : "")\n"
            guard table % 13 != 0 else {
                event.withoutPlan.append(table)
                continue
            }
            try event.session(table: table, dps: dps, nav: nav, rules: rules)
        }
        try roster.write(toFile: event.roster, atomically: true, encoding: .utf8)
        return event
    }

    private mutating func session(table: Int, dps: String, nav: String, rules: RuleBook) throws {
        let today = LocalDate(iso: "2026-11-23")!
        var lines = Typed.norwegian
        lines[1] = dps
        lines[2] = nav
        if table % 11 == 0 { lines = Array(lines.prefix(21)) }
        let interview = Interview(rules: rules, language: .nb)
        var driver = SessionDriver(
            interview: interview, screen: ScreenWriter(width: { 80 }, colour: false),
            state: interview.start(today: today), planRenderer: .builtin(.nb))
        driver.firstRecords = [.table(table)]
        var records = Self.type(lines, into: &driver)
        plans += 1
        if driver.state.isFinished { complete += 1 }
        var history = PlanHistory(rules: rules, language: .nb, session: driver.state)
        var latest: [Int: String] = [:]
        var held: Bool?
        // Only a session that ended is followed up (`oppfølging` refuses the rest).
        let passes = driver.state.isFinished ? [0, 1, 2, 1][table % 4] : 0
        // A follow-up left before its end (every 4th with one) is begun,
        // not done: the plan counts as not followed up.
        if passes == 0 || table % 4 == 3 { notFollowedUp.append(table) } else { followedUp += 1 }
        if passes > 0 { followUpsBegun += 1 }
        for number in 0..<passes {
            let date = today.addingBounded(days: 56 * (number + 1))
            // The typed option numbers are the legacy rules' (frozen): the
            // generated event stays one story whatever followup.yaml says.
            let pass = history.start(on: date, language: .nb, asking: .legacy)
            var followup = SessionDriver(
                interview: pass.interview, screen: ScreenWriter(width: { 80 }, colour: false),
                state: pass.state, planRenderer: .builtin(.nb))
            var typed: [String] = []
            for (k, id) in pass.asked.enumerated() {
                let line = number == 0 ? ["1", "2", "3", "4"][(table + k) % 4] : "1"
                typed.append(line)
                latest[id] = Self.statusLines[line]
                if line != "1" {
                    let barrier = (table + k) % 2 == 0 ? "2" : "3"
                    typed.append(barrier)
                    hindrances[barrier == "2" ? "capacity" : "regulations", default: 0] += 1
                }
                if line == "2" || line == "3" { typed.append(Self.workingDay(date.addingBounded(days: 28))) }
            }
            if pass.rules.question(pass.followupRules.firstMeetingID) != nil {
                let yes = number == 1 || table % 2 == 0
                typed.append(yes ? "ja" : "nei")
                held = yes
            }
            // Every 4th with one follow-up stops before its end.
            if !(table % 4 == 3) { typed += [Self.workingDay(date.addingBounded(days: 91)), ""] }
            records.append(.followup(date: date, language: .nb, rules: FollowupRules.legacy.pin))
            records += Self.type(typed, into: &followup)
            history.append(pass.with(state: followup.state))
        }
        for status in latest.values { statuses[status, default: 0] += 1 }
        // The first meeting is a row of the plan's table too: held is done.
        if let held { statuses[held ? "done" : "not_started", default: 0] += 1 }
        if held == true { firstStepsTaken += 1 }
        let header = TranscriptHeader(
            samplanVersion: "test", rulesID: rules.id, rulesVersion: rules.version, rulesText: BuiltinRules.text,
            language: .nb, today: today, started: "2026-11-23T09:00:00+01:00")
        var text = header.text
        for event in records { text += TranscriptRecord(time: 9 * 3_600_000 + table * 1000, event).line + "\n" }
        let stem = FileStem.make(date: today, names: [dps, nav])
        try text.write(toFile: transcripts + "/" + stem + ".transcript", atomically: true, encoding: .utf8)
    }

    /// The first working day from `day`, as typed: a date on a day off
    /// would get the advice to choose another, and the lines after it
    /// would answer the wrong questions.
    static func workingDay(_ day: LocalDate) -> String {
        var day = day
        while NorwegianCalendar.isDayOff(day) { day = day.addingBounded(days: 1) }
        return day.norwegian
    }

    /// Types into a driver as `SessionDriverTests.type` does; the records.
    static func type(_ lines: [String], into driver: inout SessionDriver) -> [TranscriptRecord.Event] {
        var screen = ""
        var records: [TranscriptRecord.Event] = []
        var notedParties = false
        for line in lines {
            guard driver.ask(into: &screen) != nil else { break }
            if case .record(let step) = driver.handle(line, into: &screen) {
                records += step.records
                driver.accept(step, into: &screen)
            }
            if !notedParties, let parties = driver.parties {
                records.append(.parties(parties))
                notedParties = true
            }
        }
        return records
    }
}
