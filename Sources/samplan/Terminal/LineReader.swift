/// What one read from the person at the keyboard gave.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the half-typed line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
    /// SIGTERM or SIGHUP: save and leave.
    case stopped
}

/// Reads answers one line at a time. Two implementations: libedit on a
/// terminal, plain reading for pipes (scripts, tests, benchmarks).
protocol LineReader: AnyObject {
    func read(prompt: String) -> LineInput
    /// Offers the words that may follow the text before the cursor.
    var completer: (@Sendable (String) -> [String])? { get set }
    /// Remembers an accepted answer for the arrow keys, in memory only.
    func remember(_ line: String)
    func close()
}
