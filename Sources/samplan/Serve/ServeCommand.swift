import ArgumentParser
import Foundation
import Glibc
import HummingbirdTLS
import Logging
import SamplanCore

/// `samplan serve`: the same session in any browser, one per table, with
/// every transcript in one folder on this machine.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the session as a web page: every table opens it with its code in a browser."
    )

    @Option(name: .long, help: "Folder for the transcripts and plans (default: $SAMPLAN_DIR, else Transcripts).")
    var dir: String?

    @Option(name: .long, help: "The event's roster (CSV: table,dps,nav,municipality): one code per table.")
    var event: String?

    @Option(name: .long, help: "Without a roster: serve tables 1 to N.")
    var tables: Int?

    @Option(name: .long, help: "Rules file (or built-in name) for new sessions instead of the built-in rules.")
    var rules: String?

    @Option(name: .long, help: "Address and port to listen on; beyond this machine only when said (0.0.0.0:8080).")
    var listen: String = "127.0.0.1:8080"

    @Option(name: .long, help: "TLS certificate chain (PEM): serve HTTPS.")
    var tlsCert: String?

    @Option(name: .long, help: "TLS private key (PEM), with --tls-cert.")
    var tlsKey: String?

    @Option(name: .long, help: "The address the tables open, for the code sheet (default: the listen address).")
    var url: String?

    @Flag(name: .long, help: "Print the code sheet (table, parties, code, address) and exit.")
    var codes = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if (event == nil) == (tables == nil) { throw ValidationError("Give --event ROSTER or --tables N.") }
        if let tables, !(1...999).contains(tables) { throw ValidationError("--tables takes 1 to 999.") }
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together.") }
        if ServeAddress(listen) == nil { throw ValidationError("--listen takes HOST:PORT, such as 127.0.0.1:8080.") }
    }
}

extension ServeCommand {
    func run() throws {
        let console = Console.current()
        let language = common.language(console)
        let dir = SessionFolder.resolve(self.dir, console)
        try ArgumentGuard.check(dir, option: "--dir", language: language)
        let (book, text) = try RulesSource.loadWithText(rules, language: language)
        var seats: [Int: Roster.Table?] = [:]
        var roster: Roster?
        if let event {
            try ArgumentGuard.check(event, option: "--event", language: language)
            roster = try RosterSource.load(event, parties: book.parties, language: language)
            for table in roster?.tables ?? [] { seats[table.number] = table }
        } else if let tables {
            for number in 1...tables { seats[number] = .some(nil) }
        }
        let tableCodes: TableCodes
        do {
            let given = seats.compactMapValues { $0?.code }
            tableCodes = try TableCodes.load(folder: dir, tables: seats.keys.sorted(), given: given)
        } catch {
            Console.error(error.message)
            throw ExitCodeError(.cannotCreate)
        }
        // validate() has checked it.
        let address = ServeAddress(listen)!
        let scheme = tlsCert == nil ? "http" : "https"
        let link = url ?? "\(scheme)://\(address.host == "0.0.0.0" ? ServeAddress.thisHost() : address.host):\(address.port)/"
        if codes {
            print(CodeSheet.text(codes: tableCodes, seats: seats, link: link, language: language), terminator: "")
            return
        }
        let environment = console.environment
        let setup = ServeSetup(
            folder: dir, book: book, rulesText: text, rulesPath: rules, tables: seats,
            today: { Clock.today(Console(interactive: false, colour: false, environment: environment)) })
        let tls = try tlsCert.map { cert throws in try ServeTLS.configuration(cert: cert, key: tlsKey!) }
        var logger = Logger(label: "samplan")
        logger.logLevel = .info
        let desk = TableDesk(setup: setup, codes: tableCodes, transcripts: TableDesk.transcripts(in: dir), logger: logger)
        // The coordinator's password: chosen in the environment, or made now
        // and shown once, below.
        let chosen = environment[CoordinatorAccess.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        let password = chosen ?? CoordinatorAccess.generate()
        let room = CoordinatorRoom(folder: dir, tables: seats, roster: roster, language: language, parties: book.parties)
        let coordinator = CoordinatorRoutes(access: CoordinatorAccess(password: password, secure: tls != nil), room: room)
        let server = PageServer(desk: desk, coordinator: coordinator)
        let tableCount = seats.count
        let app = try server.application(listen: (address.host, address.port), tls: tls, logger: logger) { port in
            let shown = url ?? link.replacingOccurrences(of: ":\(address.port)/", with: ":\(port)/")
            print(language.words.serving(link: shown, folder: dir, tables: tableCount))
            let page = (shown.hasSuffix("/") ? shown : shown + "/") + "koordinator"
            print(chosen == nil ? language.words.coordinatorPage(page, password: password) : language.words.coordinatorPageChosen(page))
            if !address.isLoopback { print(language.words.servingBeyondThisMachine) }
            Console.flush()
        }
        Task.detached { await room.run() }
        try ServeRun.run(app, server: server, logger: logger)
        // Every table is saved and synced, the server stopped. Leave now,
        // without tearing down globals under NIO's and the tables' threads
        // still winding down: that teardown crashed now and then (SIGSEGV
        // after SIGTERM in `serve_load.py --sigterm`).
        Console.flush()
        _exit(0)
    }
}
