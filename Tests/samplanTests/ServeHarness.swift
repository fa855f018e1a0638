import Foundation
import HummingbirdTesting
import HummingbirdWSClient
import HummingbirdWSTesting
import SamplanCore

@testable import samplan

/// A `samplan serve` in process for the protocol tests: a roster of two
/// tables with fixed codes, a fresh folder, today fixed as `PipeRun`'s.
struct ServeHarness {
    static let codes = [1: "ACDEF-HJKMN", 2: "PRTUV-WXYAC"]
    static let today = LocalDate(iso: "2026-11-23")!
    let folder: String
    let server: PageServer

    init(
        limits: PageServer.Limits = .init(), limiter: WrongCodeLimiter = WrongCodeLimiter(), transcripts: [Int: String]? = nil,
        folder: String? = nil, today: LocalDate = ServeHarness.today, coordinatorPassword: String? = nil
    ) throws {
        // A test's page reads only when it waits for an answer, so it
        // answers no ping meanwhile; on a loaded machine the steps between
        // can outlast two pings and the server would close it.
        var limits = limits
        limits.ping = .seconds(60 * 60)
        let folder = folder ?? TempFolder.make()
        self.folder = folder
        let (book, text) = (try BuiltinRules.load(), BuiltinRules.text)
        let roster = try Roster.parse(
            bytes: Array(ServeHarness.roster.utf8), file: "roster.csv", parties: book.parties
        ).get()
        var seats: [Int: Roster.Table?] = [:]
        for table in roster.tables { seats[table.number] = table }
        let setup = ServeSetup(
            folder: folder + "/Transcripts", book: book, rulesText: text, rulesPath: nil, tables: seats,
            today: { today })
        let desk = TableDesk(
            setup: setup, codes: TableCodes(byTable: Self.codes),
            transcripts: transcripts ?? TableDesk.transcripts(in: folder + "/Transcripts"))
        let coordinator = coordinatorPassword.map { password in
            CoordinatorRoutes(
                access: CoordinatorAccess(password: password, secure: false),
                room: CoordinatorRoom(folder: folder + "/Transcripts", tables: seats, roster: roster, language: .nb, parties: book.parties))
        }
        server = PageServer(desk: desk, limits: limits, limiter: limiter, coordinator: coordinator)
    }

    static let roster = "table,dps,nav\n1,DPS Nordre Aasen,NAV Sagene\n2,DPS Kongsvinger,NAV Kongsvinger\n"

    /// Runs `body` against the server listening on a free loopback port
    /// (`.live`), or against its router with no socket (`.router`: plain
    /// HTTP routes only, no WebSocket).
    func run(_ mode: TestingSetup = .live, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try server.application(listen: ("127.0.0.1", 0), tls: nil)
        try await app.test(mode, body)
    }

    var files: SessionFiles { SessionFiles(folder: folder + "/Transcripts") }
}

/// One page's side of the protocol, as a test drives it: JSON in, JSON out.
struct TestPage {
    let inbound: WebSocketInboundStream
    let outbound: WebSocketOutboundWriter
    private var messages: WebSocketInboundMessageStream.AsyncIterator

    init(_ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter) {
        self.inbound = inbound
        self.outbound = outbound
        messages = inbound.messages(maxSize: 1 << 22).makeAsyncIterator()
    }

    func send(_ object: [String: Any]) async throws {
        let data = try JSONSerialization.data(withJSONObject: object)
        try await outbound.write(.text(String(decoding: data, as: UTF8.self)))
    }

    func raw(_ text: String) async throws { try await outbound.write(.text(text)) }

    /// The next message from the server; nil when the server closed.
    mutating func next() async throws -> [String: Any]? {
        guard let message = try await messages.next() else { return nil }
        guard case .text(let text) = message else { return ["type": "binary"] }
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    }

    mutating func open(_ code: String, language: String = "nb") async throws -> [String: Any]? {
        try await send(["type": "open", "code": code, "language": language, "columns": 80])
        return try await next()
    }

    /// Types a line and returns the server's answer to it.
    mutating func type(_ line: String) async throws -> [String: Any]? {
        try await send(["type": "line", "text": line])
        return try await next()
    }
}

extension Dictionary where Key == String, Value == Any {
    var type: String? { self["type"] as? String }
    var text: String { (self["text"] as? String) ?? "" }
    var reason: String? { self["reason"] as? String }
}
