import CSV
import Foundation
import Testing

/// An event's outcome (issue 21): the summary of a generated event of 130
/// tables, as a table, CSV and JSON; the roster's tables; and the letters.
@Suite(.serialized)
struct EventTests {
    static let event = Result { try GeneratedEvent.make() }

    @Test func theSummaryCountsWhatThePairsSaid() throws {
        let event = try Self.event.get()
        let run = try PipeRun.run(["summary", "Transcripts", "--format", "json"], input: "", directory: event.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? Int == 4)
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(totals["sessions"] as? Int == event.plans && event.plans == 120)
        #expect(totals["complete"] as? Int == event.complete && event.complete == 109)
        #expect(totals["followedUp"] as? Int == event.followedUp)
        #expect(totals["statuses"] as? [String: Int] == event.statuses)
        #expect(totals["hindrances"] as? [String: Int] == event.hindrances)
        #expect(totals["firstStepsTaken"] as? Int == event.firstStepsTaken)
        // The documented keys, no more and no fewer (Transcripts/README.md).
        #expect(
            Set(totals.keys) == [
                "sessions", "complete", "firstStepWithinFourWeeks", "open", "notMet", "actions", "actionsBySection",
                "followedUp", "firstStepsTaken", "statuses", "statusesBySection", "hindrances",
            ])
        let sessions = try #require(document["sessions"] as? [[String: Any]])
        #expect(sessions.count == 120)
        let required: Set<String> = [
            "file", "date", "parties", "language", "rules", "answered", "asked", "met", "partly", "open",
            "sections", "openBarriers", "complete", "actions", "followups", "hindrances", "table",
        ]
        let optional: Set<String> = ["firstStep", "reviewDate", "responseTime", "firstMeetingHeld", "nextFollowup"]
        for session in sessions {
            #expect(required.isSubset(of: Set(session.keys)) && Set(session.keys).isSubset(of: required.union(optional)), "\(session.keys)")
        }

        let csv = try PipeRun.run(["summary", "Transcripts", "--format", "csv"], input: "", directory: event.folder)
        let reader = try CSVReader(string: csv.stdout, hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows.count == 120 && rows.allSatisfy { $0.count == header.count })
        for status in ["done", "started", "not_started", "dropped"] {
            let column = try #require(header.firstIndex(of: status))
            #expect(rows.map { Int($0[column]) ?? 0 }.reduce(0, +) == event.statuses[status, default: 0], "\(status)")
        }
        let followups = try #require(header.firstIndex(of: "followups"))
        #expect(rows.filter { $0[followups] != "0" }.count == event.followUpsBegun)

        let table = try PipeRun.run(
            ["summary", "Transcripts", "--event", "roster.csv"], input: "", environment: ["COLUMNS": "80"],
            directory: event.folder)
        for line in table.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(table.stdout.contains("Bord som ikke har startet (10):\n  Bord 13    DPS Bord 13 / NAV Bord 13\n"))
        // Every 11th session was left early: no plan to follow up.
        #expect(table.stdout.contains("Bord med plan som ikke er fulgt opp (\(event.notFollowedUp.filter { $0 % 11 != 0 }.count)):\n"))
        try Golden.check(table.stdout, against: "event-summary.nb.80.txt")
    }

    /// Sessions without a table number matched to the roster by their
    /// names as typed; a session left early is no plan; what fits no table
    /// and tables two sessions fit are named (issue 32, 5).
    @Test func theRosterMatchesNamesAsPairsTypeThem() throws {
        let folder = TempFolder.make()
        let roster =
            "table,dps,nav\n1,DPS Kongsvinger,NAV Kongsvinger\n2,Nordre Aasen DPS,NAV Sagene\n3,Tynset DPS,NAV Nord-Østerdal\n4,DPS Lillestrøm,NAV Lillestrøm\n"
        try roster.write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        for (dps, nav, finished) in [
            ("DPS Kongsvinger, allmennpsykiatrisk poliklinikk", "NAV Kongsvinger", true), ("DPS Nordre Åsen", "Nav Sagene", true),
            ("dps kongsvinger", "nav kongsvinger", false), ("Tynset DPS", "NAV Nord Østerdal", false), ("DPS Molde", "NAV Molde", true),
        ] {
            var lines = Typed.norwegian
            lines[1] = dps
            lines[2] = nav
            if !finished { lines = Array(lines.prefix(8)) }
            let run = try PipeRun.run(
                ["new", "--dir", "Transcripts/" + String(dps.prefix(5)).replacing(" ", with: "-")], input: lines.joined(separator: "\n") + "\n",
                environment: ["SAMPLAN_TODAY": "2026-11-23"], directory: folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let run = try PipeRun.run(["summary", "Transcripts", "--event", "roster.csv"], input: "", environment: ["COLUMNS": "100"], directory: folder)
        let text = run.stdout
        #expect(text.contains("Deltakerlisten: 4 bord: 2 ferdige, 1 avsluttet tidlig, 1 ikke startet\n"), "\(text)")
        #expect(text.contains("Bord som ikke har startet (1):\n  Bord 4     DPS Lillestrøm / NAV Lillestrøm\n"))
        #expect(text.contains("Bord som avsluttet tidlig, uten ferdig plan (1):\n  Bord 3     Tynset DPS / NAV Nord-Østerdal\n"))
        #expect(text.contains("Bord med mer enn én økt (1):\n  Bord 1     DPS Kongsvinger / NAV Kongsvinger\n    Transcripts/"))
        #expect(
            text.contains(
                "Økter som ikke passer til noe bord i listen (1):\n  DPS Molde / NAV Molde\n    Transcripts/DPS-M/2026-11-23-dps-molde-nav-molde.transcript\n"
            ))
    }

    static let sender = [
        "--sender", "Kari Nordmann", "--sender-role", "koordinator for samlingen", "--sender-contact", "kari.nordmann@example.no, 400 00 000",
    ]

    /// Three pairs' letters five months after the event: from whom and when,
    /// what is due (overdue marked) and who owns it, and how to follow up:
    /// by the server's link and the table's code where `samplan serve`
    /// gave the table one, else at a terminal (issue 32, 3 and 4).
    @Test func lettersForThreePairs() throws {
        let event = try Self.event.get()
        let three = event.folder + "/three"
        try FileManager.default.createDirectory(atPath: three + "/Transcripts", withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: event.transcripts).sorted()
        // Bord 1 (one follow-up), 2 (two), 4 (none).
        for table in ["bord-1-", "bord-2-", "bord-4-"] {
            let name = try #require(names.first { $0.contains("dps-" + table) })
            try FileManager.default.copyItem(atPath: event.transcripts + "/" + name, toPath: three + "/Transcripts/" + name)
        }
        // Tables 1 and 2 were served; table 4 typed at a terminal.
        try "# samplan serve\n1;KMRT-PWXHJA\n2;CDEF-HJKMNP\n".write(toFile: three + "/Transcripts/.serve-codes", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(
            ["followup", "Transcripts", "--before", "01.09.2027", "--letters", "Brev", "--url", "https://samling.example.no/"] + Self.sender,
            input: "", environment: ["SAMPLAN_TODAY": "2027-04-26"], directory: three)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr
                == "3 brev skrevet i Brev.\nEtt brev uten lenke: økten ble ikke holdt gjennom samplan serve, eller bordets kode står ikke i .serve-codes ved øktloggen. Brevet ber paret ta kontakt.\n",
            "\(run.stderr)")
        let letters = try FileManager.default.contentsOfDirectory(atPath: three + "/Brev").sorted()
        #expect(letters.count == 3 && letters.allSatisfy { $0.hasSuffix(".brev.txt") })
        var all = ""
        for name in letters { all += "==> \(name) <==\n" + (try String(contentsOfFile: three + "/Brev/" + name, encoding: .utf8)) + "\n" }
        try Golden.check(all, against: "letters.nb.txt")
    }

    /// Two weeks after the event nobody gets a letter, and no plan is
    /// listed as not followed up yet; with `--ask-after 1` they are.
    @Test func noLetterForAPlanYoungerThanTheWait() throws {
        let event = try Self.event.get()
        let two = event.folder + "/young"
        try FileManager.default.createDirectory(atPath: two + "/Transcripts", withIntermediateDirectories: true)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: event.transcripts).sorted().first { $0.contains("dps-bord-4-") })
        try FileManager.default.copyItem(atPath: event.transcripts + "/" + name, toPath: two + "/Transcripts/" + name)
        let young = try PipeRun.run(
            ["due", "Transcripts", "--letters", "Brev"], input: "", environment: ["SAMPLAN_TODAY": "2026-12-07"], directory: two)
        #expect(young.status == 0, "\(young.stderr)")
        #expect(young.stderr == "0 brev skrevet i Brev.\n")
        #expect(!young.stdout.contains("Ikke fulgt opp"), "\(young.stdout)")
        #expect(!FileManager.default.fileExists(atPath: two + "/Brev"))
        let asked = try PipeRun.run(
            ["due", "Transcripts", "--letters", "Brev", "--ask-after", "1"], input: "", environment: ["SAMPLAN_TODAY": "2026-12-07"],
            directory: two)
        #expect(asked.stderr == "Ett brev skrevet i Brev.\n", "\(asked.stderr)")
        #expect(asked.stdout.contains("Ikke fulgt opp ennå (1):\n"))
        let refused = try PipeRun.run(["due", "Transcripts", "--ask-after", "-3"], input: "", directory: two)
        #expect(refused.status == 64)
    }

    /// An English session's letter is in English, whatever the
    /// coordinator's language: sender, date, the overdue mark and the link.
    @Test func anEnglishSessionGetsAnEnglishLetter() throws {
        let folder = TempFolder.make()
        try "table,dps,nav\n7,Nordre Aasen DPS,NAV Sagene\n".write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        let session = try PipeRun.run(
            ["new", "--lang", "en", "--dir", "Transcripts", "--event", "roster.csv", "--table", "7"],
            input: Typed.english.joined(separator: "\n") + "\n",
            environment: ["SAMPLAN_TODAY": "2026-11-23"], directory: folder)
        #expect(session.status == 0, "\(session.stderr)")
        try "7;RTUV-WXYACD\n".write(toFile: folder + "/Transcripts/.serve-codes", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(
            ["due", "Transcripts", "--lang", "nb", "--before", "01.03.2027", "--letters", "Letters", "--url", "https://samling.example.no/"]
                + ["--sender", "Kari Nordmann", "--sender-role", "event coordinator", "--sender-contact", "kari.nordmann@example.no"],
            input: "", environment: ["SAMPLAN_TODAY": "2027-01-04"], directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "Ett brev skrevet i Letters.\n")
        let letters = try FileManager.default.contentsOfDirectory(atPath: folder + "/Letters")
        #expect(letters.count == 1 && letters[0].hasSuffix(".letter.txt"), "\(letters)")
        try Golden.check(try String(contentsOfFile: folder + "/Letters/" + letters[0], encoding: .utf8), against: "letters.en.txt")
    }
}
