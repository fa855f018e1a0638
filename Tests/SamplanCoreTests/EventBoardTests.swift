import Foundation
import SamplanCore
import Testing

/// The coordinator's board (issue 32, 1): every table of the roster, where
/// its session stands, made from transcripts as written.
struct EventBoardTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Transcripts/examples").path

    static func seen(_ name: String, cut: Int? = nil, stopped: Bool = false, at time: Int) throws -> EventBoard.Seen {
        let file = try #require(
            try FileManager.default.contentsOfDirectory(atPath: examples).first { $0.contains(name) && $0.hasSuffix(".transcript") })
        var text = try String(contentsOfFile: examples + "/" + file, encoding: .utf8)
        if let cut {
            // The session as it stood after `cut` records: mid-way.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let header = lines.prefix { !$0.contains("\tanswer\t") && !$0.contains("\tparties\t") }
            let records = lines.dropFirst(header.count).filter { !$0.isEmpty }.prefix(cut)
            text = (header + records).joined(separator: "\n") + "\n" + (stopped ? "10:00:00.000\tend\thangup\n" : "")
        }
        let (transcript, rules) = try TranscriptReader().read(Array(text.utf8), file: file)
        return EventBoard.Seen(
            summary: try SessionSummary(file: file, transcript: transcript, rules: rules), stopped: EventBoard.Seen.stopped(transcript),
            lastWritten: time, rules: rules)
    }

    @Test func everyTableShowsWhereItsSessionStands() throws {
        let csv = "table,dps,nav\n1,DPS Lillestrøm,NAV Lillestrøm\n2,Tynset DPS,NAV Nord-Østerdal\n3,Solli DPS,NAV Fana\n4,Nidaros DPS,NAV Østbyen\n"
        let roster = try Roster.parse(bytes: Array(csv.utf8), file: "roster.csv", parties: try BuiltinRules.load().parties).get()
        let tables = Dictionary(uniqueKeysWithValues: roster.tables.map { ($0.number, $0.names.map(\.name)) })
        let sessions = [
            try Self.seen("lillestrom", at: 100),
            try Self.seen("tynset", cut: 12, stopped: true, at: 200),
            try Self.seen("solli", cut: 9, at: 300),
        ]
        let board = EventBoard(tables: tables, roster: roster, sessions: sessions, language: .nb)
        #expect(board.rows.map(\.table) == [1, 2, 3, 4])
        #expect(board.rows.map(\.state) == [.finished, .leftEarly, .inProgress, .notStarted])
        #expect(board.rows[0].plan && !board.rows[1].plan && !board.rows[2].plan)
        #expect(board.rows[0].parties == ["DPS Lillestrøm", "NAV Lillestrøm"], "the roster's names")
        #expect(board.rows[2].answered.map { $0 > 0 && $0 < board.rows[2].asked! } == true)
        #expect(board.rows[2].lastAnswer == 300 && board.rows[3].lastAnswer == nil)
        let marks = board.rows[0].sections
        #expect(marks.count == 13 && marks.allSatisfy { ["met", "partly", "open"].contains($0.status) })
        #expect(marks.filter { $0.status == "met" }.count == board.rows[0].sections.count - 1)
        #expect(board.rows[3].sections.isEmpty)
        #expect(board.totals.first == "Første steg innen fire uker: 2 av 3 (67 %)", "\(board.totals)")
        #expect(board.totals.contains("Åpent, per suksesskriterium og barriere:"))
    }

    /// Of two sessions at one table, the one written last is shown.
    @Test func theLatestSessionOfATableCounts() throws {
        var first = try Self.seen("tynset", cut: 6, stopped: true, at: 100)
        var second = try Self.seen("tynset", at: 200)
        first.summary.table = 5
        second.summary.table = 5
        let board = EventBoard(tables: [5: []], roster: nil, sessions: [second, first], language: .en)
        #expect(board.rows.map(\.state) == [.finished])
        #expect(board.rows[0].parties == ["Tynset DPS", "NAV Nord-Østerdal"], "the session's names without a roster")
    }
}
