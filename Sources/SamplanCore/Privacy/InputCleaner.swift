/// What a typed (or pasted, or piped) line may not carry into a
/// transcript or onto a terminal: escape sequences and other control
/// characters, and invisible format characters (bidi overrides such as
/// U+202E, which make a line read differently from what it holds,
/// zero-width spaces, soft hyphens). Tabs become spaces. The zero-width
/// joiner and non-joiner stay: emoji and some scripts need them.
public enum InputCleaner {
    public static func clean(_ text: String) -> String {
        if isClean(text, keepingLines: false) { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" || scalar == "\u{9B}" {
                index = afterEscape(scalars, index)
                continue
            }
            if scalar == "\t" {
                out.append(" ")
            } else if !isControl(scalar) && !isHiddenFormat(scalar) {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// The text with every control character dropped and nothing else
    /// taken: a second reading for the identity-number guard, since
    /// cleaning takes the character after an escape with it, and an ESC
    /// put between two digits would otherwise hide one of them.
    public static func withoutControls(_ text: String) -> String {
        if isClean(text, keepingLines: false) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) { out.append(scalar) }
        return String(out)
    }

    /// Keeps newlines; for text shown on a terminal from files.
    public static func cleanKeepingLines(_ text: String) -> String {
        if isClean(text, keepingLines: true) { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }.joined(separator: "\n")
    }

    /// Almost every line is clean: one pass over the bytes finds out, with
    /// no copy. C0 controls and DEL are single bytes; C1 controls (U+0080
    /// to U+009F, ESC's 8-bit forms among them) are 0xC2 0x80…0x9F, the
    /// soft hyphen 0xC2 0xAD, and the common format characters of U+2000
    /// to U+206F are 0xE2 0x80 or 0x81 and a third byte. Other scripts and
    /// emoji (lead bytes from 0xD8 on) are left to the scalar check.
    static func isClean(_ text: String, keepingLines: Bool) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 {
                guard keepingLines && byte == 0x0A else { return false }
            } else if byte == 0x7F || (previous == 0xC2 && (byte < 0xA0 || byte == 0xAD)) {
                return false
            } else if byte >= 0xD8 && byte != 0xE2 {
                return false
            } else if beforePrevious == 0xE2 && isGeneralPunctuationFormat(previous, byte) {
                return false
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }

    /// U+200B…U+200F, U+202A…U+202E and U+2060…U+206F as their last two
    /// UTF-8 bytes (after 0xE2).
    private static func isGeneralPunctuationFormat(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && ((0x8B...0x8F).contains(third) || (0xAA...0xAE).contains(third)))
            || (second == 0x81 && (0xA0...0xAF).contains(third))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A format character (Cf) other than the zero-width joiner and
    /// non-joiner.
    static func isHiddenFormat(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0xAD, scalar != "\u{200C}", scalar != "\u{200D}" else { return false }
        return scalar.properties.generalCategory == .format
    }

    /// Skips an ESC sequence: CSI (ESC [ or 0x9B … final byte), OSC and
    /// other strings (ESC ] P X ^ _ … BEL or ESC \), or ESC and one byte.
    private static func afterEscape(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var index = start + 1
        let csi = s[start] == "\u{9B}" || (index < s.count && s[index] == "[")
        if s[start] == "\u{1B}" && csi { index += 1 }
        if csi {
            while index < s.count, !(0x40...0x7E).contains(s[index].value) { index += 1 }
            return min(index + 1, s.count)
        }
        guard index < s.count else { return index }
        if ["]", "P", "X", "^", "_"].contains(s[index]) {
            index += 1
            while index < s.count {
                if s[index] == "\u{7}" { return index + 1 }
                if s[index] == "\u{1B}", index + 1 < s.count, s[index + 1] == "\\" { return index + 2 }
                index += 1
            }
            return index
        }
        return index + 1
    }
}
