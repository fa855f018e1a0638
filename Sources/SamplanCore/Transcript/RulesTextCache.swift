/// Rules texts already unescaped and hashed, found again by their bytes as
/// the transcript stores them. Every transcript of an event embeds the same
/// 60 KB of rules: comparing those bytes (memcmp) is a hundred times
/// cheaper than unescaping and hashing them again, and as safe, since the
/// same bytes give the same text and the same hash.
final class RulesTextCache {
    private var entries: [(raw: [UInt8], text: String, hash: String)] = []
    /// An event has one or two rules versions; a few more are kept.
    private static let capacity = 8

    func lookup(_ bytes: TranscriptBytes, _ range: Range<Int>) -> (text: String, hash: String)? {
        entries.first { bytes.equals(range, $0.raw) }.map { ($0.text, $0.hash) }
    }

    func remember(_ bytes: TranscriptBytes, _ range: Range<Int>, text: String, hash: String) {
        if entries.count == Self.capacity { entries.removeFirst() }
        let raw = Array(UnsafeBufferPointer(start: bytes.base + range.lowerBound, count: range.count))
        entries.append((raw, text, hash))
    }
}
