import ArgumentParser
import Foundation
import SamplanCore

/// `samplan summary PATH...`: one row per session and the event's totals.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "One row per session plus totals, across transcript files and folders.",
        discussion:
            "Folders are read recursively. A file that is not a readable transcript is skipped with a warning, after the table; the exit status is then 65 (66 if a path does not exist). CSV is RFC 4180 (UTF-8, CRLF); excel is CSV with a byte-order mark and `;`, headings in your language; the JSON schema is in Transcripts/README.md."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, excel, json }

    @Argument(help: "Transcript files or folders.")
    var paths: [String]

    @Option(name: .long, help: "table, csv (RFC 4180), excel (CSV as Norwegian Excel opens it) or json.")
    var format: Format = .table

    @Option(name: .long, help: "The event's roster (CSV): list the tables with no plan and the plans not followed up.")
    var event: String?

    @Option(
        name: .long,
        help:
            "The rules whose parties name the roster's and the excel sheet's columns (a file, or built-in rules by name). Default: the built-in dps-nav."
    )
    var rules: String?

    @Flag(name: .long, help: "Draw the table again whenever a transcript in the folders changes, until Ctrl-C.")
    var watch = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if watch && format != .table { throw ValidationError("--watch draws the table: leave out --format.") }
    }
}

extension SummaryCommand {
    func run() throws {
        guard watch else { return try summarise() }
        let console = Console.current()
        let language = common.language(console)
        let watches = paths.map { FolderWatch(folder: $0, reading: false) }
        // Ctrl-C (and SIGTERM) end the watch, even where the parent
        // started it with them ignored or blocked: nothing is written here,
        // so nothing is lost.
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        var stops = sigset_t()
        sigemptyset(&stops)
        sigaddset(&stops, SIGINT)
        sigaddset(&stops, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &stops, nil)
        var first = true
        while true {
            // Every folder is looked at each time: each keeps its own stamps.
            let changed = watches.map { $0.look() }.contains(true)
            if changed || first {
                first = false
                if isatty(1) == 1 { print("\u{1B}[H\u{1B}[2J", terminator: "") }
                // A folder's unreadable files are warned about at each drawing; the watch goes on.
                try? summarise()
                print("")
                print(language.words.watchingFolders(Clock.timeOfDay()))
                Console.flush()
            }
            sleep(1)
        }
    }

    private func summarise() throws {
        let console = Console.current()
        let language = common.language(console)
        var coverage: RosterCoverage?
        let parties = try RulesSource.load(rules, language: language).parties
        if let event {
            try ArgumentGuard.check(event, option: "--event", language: language)
            coverage = RosterCoverage(roster: try RosterSource.load(event, parties: parties, language: language))
        }
        // In a terminal the warnings come after the table, not inside it.
        var walk = TranscriptWalk(paths: paths, language: language, holdingWarnings: format == .table)
        var totals = EventTotals()
        let output = SummaryOutput(format: format, language: language, width: min(console.width, 100), parties: parties)
        output.begin()
        walk.forEach({ file, transcript, rules throws(TranscriptProblem) in
            (try SessionSummary(file: file, transcript: transcript, rules: rules), rules)
        }) {
            _, result in
            totals.add(result.0, rules: result.1)
            coverage?.add(result.0)
            output.row(result.0, table: result.0.table ?? coverage?.table(of: result.0), rules: result.1)
        }
        output.end(totals, coverage: coverage)
        walk.printHeldWarnings()
        if walk.exit != .ok { throw walk.exit.code }
    }
}

/// Writes rows as they come: text, CSV or a JSON document.
final class SummaryOutput {
    let format: SummaryCommand.Format
    let language: Language
    let width: Int
    let sheet: SpreadsheetSummary
    /// No comma before the first JSON element.
    private var firstElement = true

    init(format: SummaryCommand.Format, language: Language, width: Int, parties: [Party]) {
        self.format = format
        self.language = language
        self.width = width
        sheet = SpreadsheetSummary(language: language, parties: parties)
    }

    static let csvHeader =
        [
            "file", "date", "parties", "language", "rules", "answered", "asked",
            "met", "partly", "open", "open_barriers", "first_step", "first_step_role",
            "first_step_date", "review_date", "complete", "actions",
            "followups", "last_followup",
        ] + FollowupRules.csvStatuses.map(\.id)

    func begin() {
        switch format {
        case .table: SummaryTable(language: language, width: width).header().forEach { print($0) }
        case .csv: writeCSV(Self.csvHeader)
        case .excel: print(SpreadsheetSummary.byteOrderMark + SpreadsheetSummary.record(sheet.header()), terminator: "")
        case .json: print("{\"schema\":4,\"sessions\":[", terminator: "")
        }
    }

    func row(_ s: SessionSummary, table: Int?, rules: RuleBook) {
        switch format {
        case .table: SummaryTable(language: language, width: width).row(s, table: table).forEach { print($0) }
        case .excel: print(SpreadsheetSummary.record(sheet.row(s, table: table, rules: rules).map(Self.neutralised)), terminator: "")
        case .csv:
            writeCSV(
                [
                    s.file, s.date, s.partyNames, s.language, s.rules, String(s.answered),
                    String(s.asked), String(s.met), String(s.partly), String(s.open), s.openBarriers.joined(separator: ";"),
                    s.firstStep?.what ?? "", s.firstStep?.owner ?? "", s.firstStep?.date ?? "", s.reviewDate ?? "",
                    s.complete ? "true" : "false", String(s.actions.count), String(s.followups.count),
                    s.followups.last?.date ?? "",
                ]
                    + FollowupRules.csvStatuses.map { status in
                        String(s.actions.filter { $0.status == status.id }.count)
                    })
        case .json:
            print((firstElement ? "" : ",") + Self.json(s), terminator: "")
            firstElement = false
        }
    }

    func end(_ totals: EventTotals, coverage: RosterCoverage? = nil) {
        switch format {
        case .table:
            SummaryTable(language: language, width: width).totals(totals).forEach { print($0) }
            coverage?.lines(in: language).forEach { print($0) }
        case .csv, .excel: break
        case .json:
            let summary = TotalsJSON(
                sessions: totals.sessions, complete: totals.complete,
                firstStepWithinFourWeeks: totals.firstStepWithinFourWeeks,
                open: totals.open, notMet: totals.notMet, actions: totals.actions,
                actionsBySection: totals.actionsBySection, followedUp: totals.followedUp,
                firstStepsTaken: totals.firstStepsTaken, statuses: totals.statuses,
                statusesBySection: totals.statusesBySection, hindrances: totals.hindrances)
            let roster = coverage.map {
                RosterJSON(
                    tables: $0.roster.tables.count, withoutPlan: $0.tablesWithoutPlan, leftEarly: $0.tablesLeftEarly,
                    notStarted: $0.tablesNotStarted, notFollowedUp: $0.tablesNotFollowedUp, matchedTwice: $0.tablesMatchedTwice,
                    unmatched: $0.unmatched, unmatchedFiles: $0.unmatchedSessions.map(\.file))
            }
            print("],\"totals\":\(Self.json(summary))" + (roster.map { ",\"roster\":" + Self.json($0) } ?? "") + "}")
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// A cell a spreadsheet would take for a formula (it begins with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
    /// apostrophe, as OWASP's advice on CSV injection says: Excel and
    /// LibreOffice then show it as text. samplan's own cells never begin so.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        return "'" + cell
    }

    /// One CSV record (RFC 4180, `CSVRows.record`).
    private func writeCSV(_ fields: [String]) {
        print(CSVRows.record(fields.map(Self.neutralised)), terminator: "")
    }
}

/// The JSON `roster` object of `summary --event` (schema 3 and later).
struct RosterJSON: Encodable {
    let tables: Int
    /// No finished plan: left early or not started.
    let withoutPlan: [Int]
    let leftEarly: [Int]
    let notStarted: [Int]
    let notFollowedUp: [Int]
    let matchedTwice: [Int]
    let unmatched: Int
    let unmatchedFiles: [String]
}

/// The JSON `totals` object (schema in Transcripts/README.md).
struct TotalsJSON: Encodable {
    let sessions: Int
    let complete: Int
    let firstStepWithinFourWeeks: Int
    let open: [String: Int]
    let notMet: [String: Int]
    let actions: Int
    let actionsBySection: [String: Int]
    let followedUp: Int
    let firstStepsTaken: Int
    let statuses: [String: Int]
    let statusesBySection: [String: [String: Int]]
    let hindrances: [String: Int]
}
