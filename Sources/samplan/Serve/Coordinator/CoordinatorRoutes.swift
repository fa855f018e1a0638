import HTTPTypes
import Hummingbird
import NIOCore
import SamplanCore

/// The request context of the page's HTTP routes: the client's address,
/// for the wrong-password limiter.
struct PageRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// The coordinator's routes, under /koordinator: the page (no data in
/// it), the password, the board as server-sent events, a table's plan and
/// the summary as a sheet. Everything but the page and the password asks
/// for the cookie a right password set.
struct CoordinatorRoutes {
    let access: CoordinatorAccess
    let room: CoordinatorRoom
    /// Longer than any password anyone types.
    static let passwordBytes = 256

    func add(to router: Router<PageRequestContext>) {
        for asset in PageAssets.coordinator {
            router.get(RouterPath(asset.path)) { _, _ in asset.response() }
        }
        router.post("/koordinator/login") { request, context in try await login(request, context) }
        router.get("/koordinator/events") { request, _ in events(request) }
        // Whether this browser is let in already, and the server's language:
        // the page asks at start.
        router.get("/koordinator/session") { request, _ in
            Response(status: access.allows(request) ? .noContent : .unauthorized, headers: [.contentLanguage: room.language.rawValue])
        }
        router.get("/koordinator/plan/:table") { request, context in plan(request, context) }
        router.get("/koordinator/samling.csv") { request, _ in sheet(request) }
    }

    private func login(_ request: Request, _ context: PageRequestContext) async throws -> Response {
        var request = request
        let client = PageServer.client(context.remoteAddress?.ipAddress, forwardedFor: request.headers[values: PageServer.forwardedFor])
        if let wait = access.limiter.wait(for: client) {
            return Response(status: .tooManyRequests, headers: [.retryAfter: String(wait)])
        }
        let body = try await request.collectBody(upTo: Self.passwordBytes)
        guard let token = access.login(String(buffer: body)) else {
            _ = access.limiter.wrong(from: client)
            return Response(status: .unauthorized)
        }
        return Response(status: .noContent, headers: [.setCookie: access.setCookie(token)])
    }

    private func events(_ request: Request) -> Response {
        guard access.allows(request) else { return Response(status: .unauthorized) }
        let (number, boards) = room.subscribe()
        let room = self.room
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8"],
            body: ResponseBody { writer in
                defer { room.unsubscribe(number) }
                for await board in boards {
                    try await writer.write(ByteBuffer(string: "event: board\ndata: " + board + "\n\n"))
                }
                try await writer.finish(nil)
            })
    }

    private func plan(_ request: Request, _ context: PageRequestContext) -> Response {
        guard access.allows(request) else { return Response(status: .unauthorized) }
        guard let table = context.parameters.get("table", as: Int.self), let path = room.plan(table: table),
            let bytes = try? FileAccess.read(path)
        else { return Response(status: .notFound) }
        return Response(
            status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func sheet(_ request: Request) -> Response {
        guard access.allows(request) else { return Response(status: .unauthorized) }
        return Response(
            status: .ok,
            headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"samling.csv\""],
            body: ResponseBody(byteBuffer: ByteBuffer(string: room.sheet())))
    }
}
