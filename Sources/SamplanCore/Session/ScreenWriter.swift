/// Writes a session's text into any `TextOutputStream`: wrapped to the
/// width, coloured only when told, and cleaned of control characters, since
/// text may come from files (rules, transcripts). The executable gives it
/// standard output; tests give it a String.
public struct ScreenWriter {
    public enum Tone: String, Sendable {
        case plain = ""
        case good = "\u{1B}[32m"
        case warning = "\u{1B}[33m"
        case bad = "\u{1B}[31m"
        case dim = "\u{1B}[2m"
        case strong = "\u{1B}[1m"
    }

    /// Columns to write in, read at each write: a terminal may be resized.
    public var width: () -> Int
    public var colour: Bool

    public init(width: @escaping () -> Int = { 80 }, colour: Bool = false) {
        self.width = width
        self.colour = colour
    }

    public func say(_ text: String, tone: Tone = .plain, indent: String = "", to out: inout some TextOutputStream) {
        for line in TextWrapper.wrap(InputCleaner.cleanKeepingLines(text), width: width() - 1, indent: indent) {
            out.write(paint(line, tone) + "\n")
        }
    }

    /// Lines already laid out (a table, a plan), cleaned but not wrapped again.
    public func lines(_ lines: [String], indent: String = "", to out: inout some TextOutputStream) {
        for line in lines { out.write((line.isEmpty ? "" : indent + InputCleaner.clean(line)) + "\n") }
    }

    public func blank(to out: inout some TextOutputStream) { out.write("\n") }

    private func paint(_ line: String, _ tone: Tone) -> String {
        guard colour, tone != .plain, !line.isEmpty else { return line }
        return tone.rawValue + line + "\u{1B}[0m"
    }
}
