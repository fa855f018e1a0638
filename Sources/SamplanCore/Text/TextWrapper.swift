/// Wraps text at word boundaries to a width counted in characters.
public enum TextWrapper {
    /// Each paragraph (line of the input) is wrapped on its own; `indent`
    /// starts every produced line. A word longer than the width is split.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let room = max(width - indent.count, 10)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                while word.count > room {
                    if !line.isEmpty { lines.append(indent + line); line = "" }
                    lines.append(indent + String(word.prefix(room)))
                    word = word.dropFirst(room)
                }
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= room {
                    line += " " + word
                } else {
                    lines.append(indent + line)
                    line = String(word)
                }
            }
            lines.append(line.isEmpty ? (paragraph.isEmpty ? "" : indent) : indent + line)
        }
        return lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
    }
}
