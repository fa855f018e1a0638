import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import HummingbirdWebSocket
import Logging
import NIOCore
import SamplanCore
import Synchronization

/// The request context of the WebSocket route: the client's address, for
/// `WrongCodeLimiter`.
struct TableRequestContext: WebSocketRequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let webSocket: WebSocketHandlerReference<Self>
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        webSocket = .init()
        remoteAddress = source.channel.remoteAddress
    }
}

/// `samplan serve`'s web side: the page (three files built into the
/// binary) and one WebSocket endpoint speaking the page's protocol
/// (README, «The page's protocol»). Every decision about a session is the driver's;
/// this only carries lines in and screen text out.
final class PageServer: Sendable {
    let desk: TableDesk
    let limits: Limits
    let limiter: WrongCodeLimiter
    /// The coordinator's page, when the server has one.
    let coordinator: CoordinatorRoutes?
    private let connections = Atomic<Int>(0)
    /// Each open page's way to be told, by connection number.
    private let pages = Mutex<[Int: @Sendable (ServerMessage) -> Void]>([:])
    /// Open pages by address.
    private let perAddress = Mutex<[String: Int]>([:])
    private let nextPage = Atomic<Int>(0)

    struct Limits: Sendable {
        /// Open WebSockets at once, over all tables.
        var connections = 1_000
        /// Open WebSockets from one address. A laptop needs one or two, but
        /// a venue whose laptops reach the server through one address (NAT,
        /// a server outside the venue) has every table there.
        var perAddress = 300
        /// Time a new page has to send its code.
        var toOpen: Duration = .seconds(30)
        /// Messages waiting to go to a page that does not read them: beyond
        /// this the page is closed rather than held in memory.
        var unsent = 64
        /// One message's bytes: a longest line (`SessionDriver.longestLineBytes`) with room for JSON.
        var messageBytes = 32 * 1024
        /// A page with no line for this long is saved and closed.
        var idle: Duration = .seconds(60 * 60)
        /// How often the server pings a page; one that has not answered
        /// by the next ping is gone (a browser answers by itself).
        var ping: Duration = .seconds(20)
    }

    init(desk: TableDesk, limits: Limits = Limits(), limiter: WrongCodeLimiter = WrongCodeLimiter(), coordinator: CoordinatorRoutes? = nil) {
        self.desk = desk
        self.limits = limits
        self.limiter = limiter
        self.coordinator = coordinator
    }

    /// Every route: the page's files, and `/ws`.
    func application(
        listen: (host: String, port: Int), tls: TLSConfiguration?, logger: Logger = Logger(label: "samplan"),
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let router = Router(context: PageRequestContext.self)
        router.add(middleware: PageHeaders())
        for asset in PageAssets.all {
            router.get(RouterPath(asset.path)) { _, _ in asset.response() }
        }
        coordinator?.add(to: router)
        let webSockets = Router(context: TableRequestContext.self)
        webSockets.ws("/ws") { request, _ in
            PageServer.sameOrigin(request) ? .upgrade([:]) : .dontUpgrade
        } onUpgrade: { inbound, outbound, context in
            let client = PageServer.client(
                context.requestContext.remoteAddress?.ipAddress, forwardedFor: context.request.headers[values: Self.forwardedFor])
            await self.serve(inbound: inbound, outbound: outbound, client: client, logger: context.logger)
        }
        let ws = WebSocketServerConfiguration(maxFrameSize: limits.messageBytes, autoPing: .enabled(timePeriod: limits.ping))
        // Plain HTTP connections left open are closed after a minute.
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(60))
        var server: HTTPServerBuilder = .http1WebSocketUpgrade(webSocketRouter: webSockets, configuration: .init(http1: http1, ws: ws))
        if let tls { server = try .tls(server, tlsConfiguration: tls) }
        return Application(
            router: router, server: server,
            configuration: ApplicationConfiguration(address: .hostname(listen.host, port: listen.port), serverName: "samplan"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? listen.port) },
            logger: logger)
    }

    /// A browser always says which page opens a WebSocket: one opened by
    /// another site's page (or a sandboxed one, «null») is refused. A
    /// client that is no page (a script, a test) sends no web origin and
    /// may connect: it has to know a code like anyone else.
    static func sameOrigin(_ request: Request) -> Bool {
        let own = request.head.authority.map { ["http://" + $0, "https://" + $0] } ?? []
        return request.headers[values: .origin].allSatisfy { origin in
            own.contains(origin) || !(origin.hasPrefix("http://") || origin.hasPrefix("https://") || origin == "null")
        }
    }

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    /// Who a page is, for the wrong-code limiter and the log: its address;
    /// behind a proxy on this machine (nginx, Caddy), the address the proxy
    /// names last. Another client's X-Forwarded-For is not believed.
    static func client(_ peer: String?, forwardedFor: [String]) -> String {
        guard let peer else { return "?" }
        guard peer == "127.0.0.1" || peer == "::1",
            let named = forwardedFor.last?.split(separator: ",").last.map({ String($0.filter { $0 != " " }) }), !named.isEmpty
        else { return peer }
        return named
    }

    /// One page's connection, from its code to its end.
    func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, client: String, logger: Logger) async {
        let (messages, send) = AsyncStream<ServerMessage>.makeStream(bufferingPolicy: .bufferingOldest(limits.unsent))
        // A page that does not read its messages is closed, not buffered for.
        let sendable: @Sendable (ServerMessage) -> Void = { message in
            if case .dropped = send.yield(message) { send.finish() }
        }
        let count = connections.wrappingAdd(1, ordering: .relaxed).newValue
        let number = nextPage.wrappingAdd(1, ordering: .relaxed).newValue
        pages.withLock { $0[number] = sendable }
        let fromHere = perAddress.withLock { counts in
            counts[client, default: 0] += 1
            return counts[client]!
        }
        defer {
            pages.withLock { $0[number] = nil }
            perAddress.withLock { counts in
                counts[client]! -= 1
                if counts[client] == 0 { counts[client] = nil }
            }
            connections.wrappingSubtract(1, ordering: .relaxed)
        }
        let connection = PageConnection(server: self, client: client, logger: logger, send: sendable)
        let idle = Task { await connection.watchIdle(limit: self.limits.idle, toOpen: self.limits.toOpen) }
        await withTaskGroup(of: Void.self) { group in
            // The writer drains every message, those sent as the page
            // closes too (a refusal's reason, a session's end).
            group.addTask {
                for await message in messages {
                    try? await outbound.write(.text(message.json))
                    if message.closes { break }
                }
                try? await outbound.close(.normalClosure, reason: nil)
            }
            if count > limits.connections || fromHere > limits.perAddress {
                sendable(.refused(.full))
            } else {
                do {
                    for try await message in inbound.messages(maxSize: limits.messageBytes) {
                        guard case .text(let text) = message, let decoded = ClientMessage.decode(text) else {
                            sendable(.refused(.malformed))
                            break
                        }
                        if await !connection.handle(decoded) { break }
                    }
                } catch {
                    // Too large, or the connection broke: only this page is closed.
                    sendable(.refused(.malformed))
                }
            }
            idle.cancel()
            await connection.gone()
            send.finish()
        }
    }
}

extension PageServer {
    /// The server is stopping: every table's session is saved and ended as
    /// after a hang-up (its page is told, with the plan), then every page
    /// still open is told and closed. No table opens after this.
    func closeEverything() async {
        coordinator?.room.stop()
        await desk.closeAll()
        for send in pages.withLock({ Array($0.values) }) { send(.refused(.stopping)) }
    }
}

extension ServerMessage {
    /// After these, the server closes the connection.
    var closes: Bool {
        switch type {
        case .ended: true
        case .refused: reason != Refusal.code.rawValue && reason != Refusal.slow.rawValue
        default: false
        }
    }
}
