import Foundation
import SamplanCore
import Synchronization

/// The coordinator's page's data: the board of every table, made again
/// from the transcripts each time one changes (a look a second), and sent
/// to every open page as a server-sent event. A page that reads slowly
/// gets only the latest board.
final class CoordinatorRoom: Sendable {
    let folder: String
    let tables: [Int: [String]]
    let roster: Roster?
    let language: Language
    let parties: [Party]
    private let watch: Mutex<FolderWatch>
    private let latest = Mutex<String?>(nil)
    private let pages = Mutex<[Int: AsyncStream<String>.Continuation]>([:])
    private let nextPage = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)

    init(folder: String, tables: [Int: Roster.Table?], roster: Roster?, language: Language, parties: [Party]) {
        self.folder = folder
        self.tables = tables.mapValues { $0?.names.map(\.name) ?? [] }
        self.roster = roster
        self.language = language
        self.parties = parties
        watch = Mutex(FolderWatch(folder: folder))
    }

    /// Looks at the folder every second until `stop`, while a page is
    /// open: with none, the tables' sessions pay nothing for the view.
    func run() async {
        while !stopped.load(ordering: .relaxed) {
            if !pages.withLock(\.isEmpty) { refresh() }
            try? await Task.sleep(for: .seconds(1))
        }
    }

    /// Reads what changed; when anything did, every page gets the new board.
    func refresh() {
        let board: String? = watch.withLock { watch in
            guard watch.look() || latest.withLock({ $0 == nil }) else { return nil }
            return Self.json(
                BoardMessage(
                    board: EventBoard(tables: tables, roster: roster, sessions: watch.sessions, language: language),
                    language: language, now: Int(Date().timeIntervalSince1970)))
        }
        guard let board else { return }
        latest.withLock { $0 = board }
        for page in pages.withLock({ Array($0.values) }) { page.yield(board) }
    }

    /// A page's stream of boards, beginning with the latest.
    func subscribe() -> (Int, AsyncStream<String>) {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let number = nextPage.wrappingAdd(1, ordering: .relaxed).newValue
        // As the folder is now, not as it was when the last page closed.
        refresh()
        pages.withLock { $0[number] = continuation }
        if let board = latest.withLock({ $0 }) { continuation.yield(board) }
        if stopped.load(ordering: .relaxed) { continuation.finish() }
        return (number, stream)
    }

    func unsubscribe(_ number: Int) {
        _ = pages.withLock { $0.removeValue(forKey: number) }
    }

    /// The server is stopping: every page's stream ends, so none holds it up.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        for page in pages.withLock({ Array($0.values) }) { page.finish() }
    }

    /// The plan of a table's latest session, if it saved one.
    func plan(table: Int) -> String? {
        watch.withLock { watch in
            let coverage = roster.map(RosterCoverage.init(roster:))
            let mine = watch.sessions.filter { ($0.summary.table ?? coverage?.table(of: $0.summary)) == table }
            guard let last = mine.max(by: { $0.lastWritten < $1.lastWritten }) else { return nil }
            return watch.plan(of: last.summary.file)
        }
    }

    /// The summary as `summary --format excel` writes it, for the page's download.
    func sheet() -> String {
        watch.withLock { watch in
            let sheet = SpreadsheetSummary(language: language, parties: parties)
            let coverage = roster.map(RosterCoverage.init(roster:))
            var text = SpreadsheetSummary.byteOrderMark + SpreadsheetSummary.record(sheet.header())
            for seen in watch.sessions {
                let row = sheet.row(seen.summary, table: seen.summary.table ?? coverage?.table(of: seen.summary), rules: seen.rules)
                text += SpreadsheetSummary.record(row.map(SummaryOutput.neutralised))
            }
            return text
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// What a coordinator's page gets: the board, its language, and the
/// server's time (the page counts the time since each table's last answer from it).
struct BoardMessage: Encodable {
    let board: EventBoard
    let language: Language
    let now: Int

    enum CodingKeys: String, CodingKey { case rows, totals, language, now }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(board.rows, forKey: .rows)
        try container.encode(board.totals.joined(separator: "\n"), forKey: .totals)
        try container.encode(language.rawValue, forKey: .language)
        try container.encode(now, forKey: .now)
    }
}
