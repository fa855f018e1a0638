/// Reads transcripts one after another, as the coordinator's tools do. An
/// event's sessions share one or two rules files: each rules text is
/// unescaped, hashed and loaded once, not once per transcript.
public final class TranscriptReader {
    private let texts = RulesTextCache()
    private var books: [String: RuleBook] = [:]
    /// How many rules texts were loaded: one per distinct rules, however many files.
    private(set) var rulesLoaded = 0

    public init() {}

    /// The transcript in `bytes` (invalid UTF-8 is replaced, not refused)
    /// and the rules it was recorded with.
    public func read(_ bytes: [UInt8], file: String) throws(TranscriptProblem) -> (Transcript, RuleBook) {
        let transcript = try Transcript.parse(bytes: bytes, rules: texts)
        if let book = books[transcript.header.rulesHash] { return (transcript, book) }
        let book = try transcript.rules(file: file)
        rulesLoaded += 1
        books[transcript.header.rulesHash] = book
        return (transcript, book)
    }
}
