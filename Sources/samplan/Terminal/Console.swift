internal import CTerminal
import Glibc

/// The process's view of its surroundings, read once: whether it talks to
/// a terminal, its width, colour, language, and today's date.
struct Console: Sendable {
    let interactive: Bool
    let colour: Bool
    let environment: [String: String]

    static func current() -> Console {
        let environment = ProcessEnvironment.read()
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let colour = interactive && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return Console(interactive: interactive, colour: colour, environment: environment)
    }

    /// Columns of the terminal, or 80 when not a terminal.
    var width: Int {
        var size = winsize()
        if interactive, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    static func flush() { fflush(nil) }

    /// Drops output held back for records that could not be made durable
    /// (`Durability.beforeWaiting`): it must not acknowledge them.
    static func dropHeldOutput() { samplan_drop_held_stdout() }

    /// One line to stderr.
    static func error(_ message: String) {
        var text = message
        if !text.hasSuffix("\n") { text += "\n" }
        flush()
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

enum ProcessEnvironment {
    static func read() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            // On UTF-8 code units: searching Characters ran grapheme breaking
            // over every value (LS_COLORS is kilobytes) at every start.
            if let eq = pair.utf8.firstIndex(of: UInt8(ascii: "=")) {
                result[String(pair[..<eq])] = String(pair[pair.utf8.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }
}
