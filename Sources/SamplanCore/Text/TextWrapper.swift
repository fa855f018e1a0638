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
        return layOut(text, room: room, indent: indent, onBytes: isOneScalarPerCharacter(text))
    }

    /// The full wrap. On bytes only where `isOneScalarPerCharacter`, which
    /// the tests check gives the same lines as on Characters.
    static func layOut(_ text: String, room: Int, indent: String, onBytes: Bool) -> [String] {
        var layout = Layout(room: room, indent: indent)
        if onBytes {
            // Found and counted on bytes: grapheme breaking over every
            // paragraph, word and count was a twelfth of a whole session.
            for paragraph in text.utf8.split(separator: newline, omittingEmptySubsequences: false) {
                let words = paragraph.split(separator: space, omittingEmptySubsequences: true).map {
                    Word(text: Substring($0), count: $0.count { $0 & 0xC0 != 0x80 })
                }
                layout.add(words, paragraphIsEmpty: paragraph.isEmpty)
            }
        } else {
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let words = paragraph.split(separator: " ", omittingEmptySubsequences: true).map {
                    Word(text: $0, count: $0.count)
                }
                layout.add(words, paragraphIsEmpty: paragraph.isEmpty)
            }
        }
        return layout.lines.map(\.droppingTrailingSpaces)
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

    /// Every Unicode scalar here is a Character of its own, so the text
    /// splits at space and newline bytes exactly as at those Characters,
    /// and a word's characters are its scalars, counted as the bytes that
    /// do not continue a sequence. That holds below U+0300 (the marks that
    /// join a scalar to the one before start there; its UTF-8 lead byte is
    /// 0xCC), apart from CR LF, and for the dashes, quotes and other
    /// punctuation of U+2010–U+2027 and U+2030–U+205E. Norwegian and
    /// English text, em dashes and all, nearly always is such text.
    static func isOneScalarPerCharacter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0xCC {
                    if byte == 13 { return false }
                    i += 1
                } else if byte == 0xE2, i + 2 < bytes.count, isPunctuation(bytes[i + 1], bytes[i + 2]) {
                    i += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// The last two bytes of U+2010–U+2027 and U+2030–U+205E (after 0xE2).
    private static func isPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        switch second {
        case 0x80: (0x90...0xA7).contains(third) || (0xB0...0xBF).contains(third)
        case 0x81: (0x80...0x9E).contains(third)
        default: false
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    private struct Word {
        let text: Substring
        let count: Int
    }

    /// Fills lines word by word, as wide as `room` allows.
    private struct Layout {
        let room: Int
        let indent: String
        var lines: [String] = []

        mutating func add(_ words: [Word], paragraphIsEmpty: Bool) {
            var line = ""
            var lineCount = 0
            for word in words {
                var rest = word.text
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
            lines.append(line.isEmpty ? (paragraphIsEmpty ? "" : indent) : indent + line)
        }
    }
}
