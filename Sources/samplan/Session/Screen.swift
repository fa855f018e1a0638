import SamplanCore

/// Writes a session to the terminal: wrapped to the width, coloured only on
/// a terminal and never with NO_COLOR.
struct Screen {
    let console: Console
    let language: Language

    enum Tone: String {
        case plain = ""
        case good = "\u{1B}[32m"
        case warning = "\u{1B}[33m"
        case bad = "\u{1B}[31m"
        case dim = "\u{1B}[2m"
        case strong = "\u{1B}[1m"
    }

    /// Text may come from files (rules, transcripts): control characters
    /// are removed before it reaches the terminal; colour is added after.
    func say(_ text: String, tone: Tone = .plain, indent: String = "") {
        for line in TextWrapper.wrap(InputCleaner.cleanKeepingLines(text), width: console.width - 1, indent: indent) {
            print(paint(line, tone))
        }
    }

    /// Lines already laid out to the width (a table), cleaned but not
    /// wrapped again.
    func lines(_ lines: [String], indent: String = "") {
        for line in lines { print(indent + InputCleaner.clean(line)) }
    }

    func blank() { print() }

    private func paint(_ line: String, _ tone: Tone) -> String {
        guard console.colour, tone != .plain, !line.isEmpty else { return line }
        return tone.rawValue + line + "\u{1B}[0m"
    }
}
