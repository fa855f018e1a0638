import SamplanCore

/// Standard output as a `TextOutputStream`, through stdio's buffer (which a
/// piped session holds until its records are durable).
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) { print(string, terminator: "") }
}

/// The terminal's `ScreenWriter`: the console's width at each write, colour
/// only on a terminal and never with NO_COLOR.
struct Screen {
    let console: Console
    let language: Language

    var writer: ScreenWriter { ScreenWriter(width: { [console] in console.width }, colour: console.colour) }

    func say(_ text: String, tone: ScreenWriter.Tone = .plain, indent: String = "") {
        var out = StandardOutput()
        writer.say(text, tone: tone, indent: indent, to: &out)
    }

    func blank() { print() }
}
