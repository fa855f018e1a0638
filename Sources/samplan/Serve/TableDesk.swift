import Dispatch
import SamplanCore

/// Which table is open where: a code opens its own table's session, one
/// page at a time. Each table's latest transcript is found at start (so a
/// restarted server resumes every table) and kept as sessions end.
actor TableDesk {
    let setup: ServeSetup
    let codes: TableCodes
    private var transcripts: [Int: String]
    private var sessions: [Int: TableSession] = [:]
    /// Sessions whose page is gone, still saving: the next open waits.
    private var leaving: [Int: Task<Void, Never>] = [:]
    /// The server is stopping: no table opens.
    private var stopping = false

    init(setup: ServeSetup, codes: TableCodes, transcripts: [Int: String]) {
        self.setup = setup
        self.codes = codes
        self.transcripts = transcripts
    }

    /// The session the code opens, started; or why not.
    func open(
        code: String, language: Language, columns: Int, send: @escaping @Sendable (ServerMessage) -> Void
    ) async -> Result<TableSession, Refusal> {
        guard !stopping else { return .failure(.stopping) }
        guard let table = codes.table(for: code) else { return .failure(.code) }
        if let saving = leaving[table] { await saving.value }
        guard sessions[table] == nil else { return .failure(.busy) }
        let session = TableSession(table: table, send: send)
        sessions[table] = session
        session.start(
            transcript: transcripts[table], setup: setup, language: language, columns: columns,
            ended: { [weak self] path in
                Task { await self?.ended(session, transcript: path) }
            })
        return .success(session)
    }

    /// The page is gone: the session saves and leaves as after a hang-up.
    func close(_ session: TableSession) {
        guard sessions[session.table] === session, leaving[session.table] == nil else { return }
        session.hangUp()
        leaving[session.table] = Task {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                // The session's own thread blocks on its files, not ours.
                DispatchQueue.global().async {
                    session.waitUntilEnded()
                    done.resume()
                }
            }
        }
    }

    private func ended(_ session: TableSession, transcript: String?) {
        if let transcript { transcripts[session.table] = transcript }
        if sessions[session.table] === session {
            sessions[session.table] = nil
            leaving[session.table] = nil
        }
    }

    /// Every session still open, each told to leave: the server is stopping.
    func closeAll() -> [TableSession] {
        stopping = true
        let open = Array(sessions.values)
        for session in open { close(session) }
        return open
    }

    var openTables: [Int] { sessions.keys.sorted() }
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
