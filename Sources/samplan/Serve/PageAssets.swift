import Hummingbird

/// The page's files, built into the binary (Serve/Page/): nothing is
/// read from disk by path, so no request can reach a file of the folder.
struct PageAsset: Sendable {
    let path: String
    let type: String
    let bytes: [UInt8]

    func response() -> Response {
        Response(
            status: .ok, headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

enum PageAssets {
    static let all = [
        PageAsset(path: "/", type: "text/html; charset=utf-8", bytes: PackageResources.index_html),
        PageAsset(path: "/app.js", type: "text/javascript; charset=utf-8", bytes: PackageResources.app_js),
        PageAsset(path: "/style.css", type: "text/css; charset=utf-8", bytes: PackageResources.style_css),
    ]

    /// The coordinator's page: no data in it; its script fetches the board.
    static let coordinator = [
        PageAsset(path: "/koordinator", type: "text/html; charset=utf-8", bytes: PackageResources.coordinator_html),
        PageAsset(path: "/koordinator.js", type: "text/javascript; charset=utf-8", bytes: PackageResources.coordinator_js),
    ]
}

/// What every response says about itself: only the page's own script,
/// style and WebSocket; no framing, no sniffing, no caching. (The page
/// sends no referrer: its own meta tag says so.)
struct PageHeaders<Context: RequestContext>: RouterMiddleware {

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
