import SamplanCore

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

/// When the transcript is synced to disk. Either way nothing is shown as
/// accepted before it is durable.
enum Durability {
    /// After every record: someone at a terminal sees each answer accepted.
    case everyRecord
    /// Records are written at once and synced together just before samplan
    /// waits for input (and at least every `PlainLineReader.longestGroup`
    /// lines); what they acknowledge is held back until then. Piped input
    /// that is already waiting costs one sync, not one per line.
    case beforeWaiting
}

/// Reads answers one line at a time. Two implementations: libedit on a
/// terminal, plain reading for pipes (scripts, tests, benchmarks).
protocol LineReader: AnyObject {
    func read(prompt: String) -> LineInput
    /// Offers the words that may follow the text before the cursor.
    var completer: (@Sendable (String) -> [String])? { get set }
    /// How the session using this reader syncs its transcript.
    var durability: Durability { get }
    /// Called just before the reader may block for input: the session
    /// makes what it has recorded durable.
    var beforeWaiting: (() -> Void)? { get set }
    /// Lines queued in advance (a pipe) no longer line up with the
    /// questions once one of them could not be recorded: the session stops
    /// instead of answering later questions with them.
    var stopsAfterFailedWrite: Bool { get }
    /// Remembers an accepted answer for the arrow keys, in memory only.
    func remember(_ line: String)
    /// What the next read is for: Tab's words, and a page's buttons.
    func prepare(for ask: SessionDriver.Ask)
    func close()
}

extension LineReader {
    func prepare(for ask: SessionDriver.Ask) { completer = ask.completer }
}
