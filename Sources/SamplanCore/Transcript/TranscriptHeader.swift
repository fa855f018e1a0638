/// The first lines of a transcript: what is needed to replay it exactly,
/// years later, whatever rules samplan then has built in.
public struct TranscriptHeader: Equatable, Sendable {
    public static let formatVersion = 1
    public static let magic = "samplan-transcript"

    public var samplanVersion: String
    public var rulesID: String
    public var rulesVersion: String
    /// SHA-256 of the rules text, hex.
    public var rulesHash: String
    public var language: Language
    /// The session's date: relative dates and date rules count from it.
    public var today: LocalDate
    /// When the session began, ISO 8601 with the UTC offset.
    public var started: String
    /// The rules file itself, so the transcript is self-contained.
    public var rulesText: String

    public init(
        samplanVersion: String, rulesID: String, rulesVersion: String, rulesText: String,
        language: Language, today: LocalDate, started: String
    ) {
        self.init(
            samplanVersion: samplanVersion, rulesID: rulesID, rulesVersion: rulesVersion, rulesText: rulesText,
            rulesHash: SHA256.hex(rulesText.utf8), language: language, today: today, started: started)
    }

    /// With the hash already known (a reader that has seen these rules).
    init(
        samplanVersion: String, rulesID: String, rulesVersion: String, rulesText: String, rulesHash: String,
        language: Language, today: LocalDate, started: String
    ) {
        self.samplanVersion = samplanVersion
        self.rulesID = rulesID
        self.rulesVersion = rulesVersion
        self.rulesHash = rulesHash
        self.language = language
        self.today = today
        self.started = started
        self.rulesText = rulesText
    }

    /// The header as text, each line ending in a newline. The rules come
    /// last, as one escaped line, so the readable part is at the top.
    public var text: String {
        [
            "\(Self.magic)\t\(Self.formatVersion)",
            "samplan\t\(samplanVersion)",
            "rules\t\(TranscriptEscaping.escape(rulesID))\t\(TranscriptEscaping.escape(rulesVersion))\tsha256:\(rulesHash)",
            "language\t\(language.rawValue)",
            "today\t\(today.description)",
            "started\t\(started)",
            "rules-yaml\t\(TranscriptEscaping.escape(rulesText))",
        ].map { $0 + "\n" }.joined()
    }
}
