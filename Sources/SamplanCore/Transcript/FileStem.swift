/// File names for a session: the date and the parties, made safe
/// (lower-case ASCII letters, digits and dashes; æ ø å spelt out).
public enum FileStem {
    public static func make(date: LocalDate, names: [String]) -> String {
        ([date.description] + names.map { slug($0) }).filter { !$0.isEmpty }.joined(separator: "-")
    }

    /// Before the parties are known: the date and the time of day.
    public static func provisional(date: LocalDate, milliseconds: Int) -> String {
        let clock = TranscriptRecord.clock(milliseconds).prefix(8).replacing(":", with: "")
        return "\(date.description)-\(clock)"
    }

    public static func slug(_ text: String, limit: Int = 40) -> String {
        var out = ""
        var count = 0
        var dash = false
        // Only the start can reach the name: stop once it is full.
        for character in text.lowercased() where count < limit {
            let spelt: String =
                switch character {
                case "æ": "ae"
                case "ø": "o"
                case "å": "a"
                case "é", "è", "ê": "e"
                case "ü": "u"
                case "ö": "o"
                case "ä": "a"
                default: character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
                }
            if spelt.isEmpty {
                dash = !out.isEmpty
            } else {
                if dash {
                    out += "-"
                    count += 1
                }
                out += spelt
                count += spelt.count
                dash = false
            }
        }
        if count > limit { out = String(out.prefix(limit)) }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

extension FileStem {
    /// A transcript's file name without its folder and, only where it is
    /// there, its `.transcript` suffix: what the plan and letters beside it
    /// are named after.
    public static func ofTranscript(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let stem = name.hasSuffix(".transcript") ? String(name.dropLast(".transcript".count)) : name
        return stem.isEmpty ? "plan" : stem
    }
}
