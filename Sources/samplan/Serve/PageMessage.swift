import Foundation

/// The page's protocol (README, «The page's protocol»): one JSON object per WebSocket
/// text message. What a client sends.
struct ClientMessage: Decodable, Sendable {
    enum Kind: String, Decodable, Sendable {
        /// The table's code, first and once; with the page's language and
        /// width for a new session.
        case open
        /// A typed line: an answer, a slash command, an empty Enter.
        case line
        /// Tab: what may follow `text`, the text before the cursor.
        case complete
        /// Ctrl-D on an empty line: save and leave, as at the terminal.
        case end
    }

    let type: Kind
    var code: String?
    var text: String?
    var language: String?
    var columns: Int?
}

/// What the server sends.
struct ServerMessage: Encodable, Sendable, Equatable {
    enum Kind: String, Encodable, Sendable {
        /// Screen text since the last message, then the session waits for a
        /// line at `prompt`. It answers a line only once the line's records
        /// are durable: it is the acknowledgement.
        case screen
        /// Tab's answer.
        case completions
        /// The session has ended: its last text, and the plan when there is one.
        case ended
        /// The server will not do what was asked (`Refusal`).
        case refused
    }

    let type: Kind
    var text: String?
    var prompt: String?
    var choices: [String]?
    var multiple: Bool?
    var options: [String]?
    var reason: String?
    var plan: String?
    var planText: String?
    /// The document is a follow-up's note, not the agreement.
    var note: Bool?
    var retryAfter: Int?

    static func screen(_ text: String, prompt: String, choices: [String], multiple: Bool) -> ServerMessage {
        ServerMessage(type: .screen, text: text, prompt: prompt, choices: choices, multiple: multiple)
    }

    static func completions(for text: String, _ options: [String]) -> ServerMessage {
        ServerMessage(type: .completions, text: text, options: options)
    }

    static func ended(_ text: String, reason: String, plan: String?, planText: String?) -> ServerMessage {
        ServerMessage(type: .ended, text: text, reason: reason, plan: plan, planText: planText)
    }

    static func refused(_ refusal: Refusal, retryAfter: Int? = nil) -> ServerMessage {
        ServerMessage(type: .refused, reason: refusal.rawValue, retryAfter: retryAfter)
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these fields cannot fail.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Why the server refused; the page says it in the reader's language.
enum Refusal: String, Error, Sendable {
    /// No table has this code.
    case code
    /// Too many wrong codes from this client: wait `retryAfter` seconds.
    case slow
    /// The table's session is open in another browser.
    case busy
    /// Not JSON, or not a message of this protocol, or out of order.
    case malformed
    /// The server has as many connections as it takes.
    case full
    /// The server is stopping (its tables are saved): try again when it is back.
    case stopping
    /// No line for too long: the session was saved and closed.
    case idle
    /// The transcript could not be opened or written (the server's log says why).
    case failed
}

extension ClientMessage {
    static func decode(_ text: String) -> ClientMessage? {
        try? JSONDecoder().decode(ClientMessage.self, from: Data(text.utf8))
    }
}
