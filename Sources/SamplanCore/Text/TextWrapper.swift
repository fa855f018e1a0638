/// Wraps text at word boundaries to a width counted in characters.
public enum TextWrapper {
    /// Each paragraph (line of the input) is wrapped on its own; `indent`
    /// starts every produced line. A word longer than the width is split.
    /// Linear in the text: counts are kept, never recomputed (a long word
    /// used to be recounted at every split).
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let room = max(width - indent.count, 10)
        // Most text shown is one short line: bytes are at least characters.
        if text.utf8.count <= room, isOneTidyLine(text) { return [text.isEmpty ? "" : indent + text] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineCount = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var rest = Substring(word)
                var restCount = word.count
                while restCount > room {
                    if lineCount > 0 {
                        lines.append(indent + line)
                        line = ""
                        lineCount = 0
                    }
                    let cut = rest.index(rest.startIndex, offsetBy: room)
                    lines.append(indent + String(rest[..<cut]))
                    rest = rest[cut...]
                    restCount -= room
                }
                if lineCount == 0 {
                    line = String(rest)
                    lineCount = restCount
                } else if lineCount + 1 + restCount <= room {
                    line += " " + rest
                    lineCount += 1 + restCount
                } else {
                    lines.append(indent + line)
                    line = String(rest)
                    lineCount = restCount
                }
            }
            lines.append(line.isEmpty ? (paragraph.isEmpty ? "" : indent) : indent + line)
        }
        return lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
    }

    /// No newline, no space at either end, no two spaces in a row: the
    /// words are already as wrapping would join them. (On bytes:
    /// `String.contains` goes through Foundation here.)
    static func isOneTidyLine(_ text: String) -> Bool {
        var previous: UInt8 = 32
        for byte in text.utf8 {
            if byte == 10 || (byte == 32 && previous == 32) { return false }
            previous = byte
        }
        return previous != 32 || text.isEmpty
    }
}
