import Logging
import SamplanCore

/// Which table is open where: a code opens its own table's session, one
/// page at a time. Each table's latest transcript is found at start (so a
/// restarted server resumes every table) and kept as sessions end.
actor TableDesk {
    let setup: ServeSetup
    let codes: TableCodes
    private let logger: Logger
    private var transcripts: [Int: String]
    private var sessions: [Int: TableSession] = [:]
    /// The server is stopping: no table opens.
    private var stopping = false

    init(setup: ServeSetup, codes: TableCodes, transcripts: [Int: String], logger: Logger = Logger(label: "samplan")) {
        self.setup = setup
        self.codes = codes
        self.transcripts = transcripts
        self.logger = logger
    }

    /// The session the code opens, started; or why not.
    func open(
        code: String, language: Language, columns: Int, send: @escaping @Sendable (ServerMessage) -> Void
    ) async -> Result<TableSession, Refusal> {
        guard let table = codes.table(for: code) else { return .failure(.code) }
        if let earlier = sessions[table] {
            // A page that has gone is still saving: its end comes first. A
            // page still there keeps its table.
            guard earlier.isHungUp else { return .failure(.busy) }
            await earlier.ended()
            settle(earlier)
        }
        guard !stopping else { return .failure(.stopping) }
        guard sessions[table] == nil else { return .failure(.busy) }
        let session = TableSession(table: table, logger: logger, send: send)
        sessions[table] = session
        session.start(
            transcript: transcripts[table], setup: setup, language: language, columns: columns,
            ended: { [weak self] in Task { await self?.settle(session) } })
        return .success(session)
    }

    /// The page is gone: the session saves and leaves as after a hang-up.
    func close(_ session: TableSession) {
        guard sessions[session.table] === session else { return }
        session.hangUp()
    }

    /// A session has left: its transcript is the table's from now on.
    private func settle(_ session: TableSession) {
        let (ended, transcript) = session.outcome
        guard ended else { return }
        if let transcript { transcripts[session.table] = transcript }
        if sessions[session.table] === session { sessions[session.table] = nil }
    }

    /// The server is stopping: every open session is saved and ended as
    /// after a hang-up; returns once all have.
    func closeAll() async {
        stopping = true
        let open = Array(sessions.values)
        for session in open { session.hangUp() }
        for session in open {
            await session.ended()
            settle(session)
        }
    }
}

extension TableDesk {
    /// Each table's latest transcript in the folder (by the time its
    /// session started), from the table number it recorded.
    static func transcripts(in folder: String) -> [Int: String] {
        var latest: [Int: (started: String, path: String)] = [:]
        for path in TranscriptWalk.files(under: folder) where path.hasSuffix(".transcript") {
            guard let bytes = try? FileAccess.read(path),
                let transcript = try? Transcript.parse(String(decoding: bytes, as: UTF8.self)),
                let table = transcript.table
            else { continue }
            let started = transcript.header.started
            if let known = latest[table], (known.started, known.path) >= (started, path) { continue }
            latest[table] = (started, path)
        }
        return latest.mapValues(\.path)
    }
}
