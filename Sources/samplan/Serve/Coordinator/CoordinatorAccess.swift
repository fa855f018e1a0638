import Hummingbird
import SamplanCore
import Synchronization

/// Who may see the coordinator's page: whoever typed its password (set in
/// SAMPLAN_COORDINATOR_PASSWORD, or made at start and printed once). The
/// password travels in a request's body, never in an address; a right one
/// gets a random token in a cookie the page's script cannot read, sent to
/// this site only. Wrong passwords are slowed down as wrong table codes are.
final class CoordinatorAccess: Sendable {
    static let cookie = "samplan_coordinator"
    static let environmentVariable = "SAMPLAN_COORDINATOR_PASSWORD"

    private let password: [UInt8]
    /// The cookie is sent over HTTPS only, when the server speaks it.
    let secure: Bool
    let limiter = WrongCodeLimiter()
    private let tokens = Mutex<Set<String>>([])

    init(password: String, secure: Bool) {
        self.password = Array(password.utf8)
        self.secure = secure
    }

    /// A password for the page: twelve letters of the table codes' alphabet.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = String((0..<12).map { _ in TableCode.alphabet.randomElement(using: &generator)! })
        return [0, 4, 8].map { start in String(letters.dropFirst(start).prefix(4)) }.joined(separator: "-")
    }

    /// A token for a right password; nil for a wrong one. Every byte is
    /// compared, so the time taken says nothing of how much was right.
    func login(_ typed: String) -> String? {
        let bytes = Array(typed.utf8)
        var difference = bytes.count == password.count ? 0 : 1
        for index in 0..<max(bytes.count, password.count) {
            let a = index < bytes.count ? bytes[index] : 0, b = index < password.count ? password[index] : 0
            difference |= Int(a ^ b)
        }
        guard difference == 0 else { return nil }
        var generator = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(generator.next(), radix: 16) }.joined()
        tokens.withLock { _ = $0.insert(token) }
        return token
    }

    func allows(_ request: Request) -> Bool {
        guard let token = request.cookies[Self.cookie]?.value else { return false }
        return tokens.withLock { $0.contains(token) }
    }

    /// The cookie a right password sets: for this site's coordinator pages only.
    func setCookie(_ token: String) -> String {
        "\(Self.cookie)=\(token); Path=/koordinator; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}
