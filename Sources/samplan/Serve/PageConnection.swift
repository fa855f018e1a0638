import Logging
import SamplanCore

/// One page's connection: first its code, then its lines, in order. The
/// server's log names the client and the table, never a code or an answer.
actor PageConnection {
    private let server: PageServer
    private let client: String
    private let logger: Logger
    private let send: @Sendable (ServerMessage) -> Void
    private var session: TableSession?
    private var lastHeard = ContinuousClock.now

    init(server: PageServer, client: String, logger: Logger, send: @escaping @Sendable (ServerMessage) -> Void) {
        self.server = server
        self.client = client
        self.logger = logger
        self.send = send
    }

    /// Carries out one message; false when the connection is to close.
    func handle(_ message: ClientMessage) async -> Bool {
        lastHeard = .now
        switch message.type {
        case .open:
            guard session == nil, let code = message.code else { return refuse(.malformed) }
            return await open(code: code, language: message.language.flatMap(Language.init(rawValue:)), columns: message.columns)
        case .line:
            guard let session, let text = message.text else { return refuse(.malformed) }
            // A line that crossed the server's stopping: the session's end is on its way.
            if session.isHungUp { return true }
            // One line per answer: a line sent before the last one's answer is out of order.
            return session.line(text) ? true : refuse(.malformed)
        case .complete:
            guard let session, let text = message.text else { return refuse(.malformed) }
            send(.completions(for: text, session.complete(text)))
            return true
        case .end:
            guard let session else { return refuse(.malformed) }
            session.finishHere()
            return true
        }
    }

    private func open(code: String, language: Language?, columns: Int?) async -> Bool {
        if let wait = server.limiter.wait(for: client) {
            send(.refused(.slow, retryAfter: wait))
            return true
        }
        let width = min(max(columns ?? 80, 40), 160)
        switch await server.desk.open(code: code, language: language ?? .nb, columns: width, send: send) {
        case .success(let opened):
            session = opened
            logger.info("table \(opened.table) taken by \(client)")
            return true
        case .failure(.code):
            let wrong = server.limiter.wrong(from: client)
            logger.notice("wrong code from \(client) (\(wrong) so far)")
            send(.refused(.code, retryAfter: server.limiter.wait(for: client)))
            return true
        case .failure(let refusal):
            logger.notice("\(refusal.rawValue) for \(client)")
            return refuse(refusal)
        }
    }

    private func refuse(_ refusal: Refusal) -> Bool {
        send(.refused(refusal))
        return false
    }

    /// The page is gone, or the server closed it: a hang-up.
    /// The session stays this page's: a line that crosses the hang-up is
    /// let go, and the session's end still reaches the page.
    func gone() async {
        guard let session, !session.isHungUp else { return }
        await server.desk.close(session)
    }

    /// Closes a page that has sent nothing for `limit` (`toOpen` before it
    /// has a table): a session is saved and left as after a hang-up, and
    /// its end closes the connection.
    func watchIdle(limit: Duration, toOpen: Duration) async {
        while true {
            let quiet = ContinuousClock.now - lastHeard
            let limit = session == nil ? min(limit, toOpen) : limit
            if quiet >= limit {
                if session == nil { send(.refused(.idle)) } else { await gone() }
                return
            }
            do {
                try await Task.sleep(for: limit - quiet)
            } catch {
                return
            }
        }
    }
}
