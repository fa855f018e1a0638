internal import CTerminal
import Glibc
import SamplanCore

/// Line reading without a terminal: no prompt editing, no locale needed.
/// Reads fd 0 itself rather than with `readLine`: the standard library
/// retries `getline` on EINTR, and once stdio has flagged the stream
/// `getline` fails without setting errno again, so a signal during a read
/// made it spin forever. Invalid UTF-8 becomes U+FFFD.
///
/// Lines already waiting in the pipe are handed out without a sync each
/// (`Durability.beforeWaiting`): the session's output is held in stdout's
/// buffer and leaves only after `beforeWaiting` has made the transcript
/// durable, so nothing is shown as accepted before it is on disk.
final class PlainLineReader: LineReader {
    var completer: (@Sendable (String) -> [String])?
    let durability = Durability.beforeWaiting
    var beforeWaiting: (() -> Void)?
    let stopsAfterFailedWrite = true
    private let echoPrompt: Bool
    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already handed out.
    private var consumed = 0
    private var atEnd = false
    /// Lines handed out since the transcript was last made durable.
    private var linesSinceSettled = 0

    /// At most this many lines between syncs: the output they cause stays
    /// well inside stdout's buffer, so stdio never lets it out early. A
    /// line's echo is at most the 64 KiB read at once (a longer line needs
    /// another read, and so a settle, before it is complete); an answer is
    /// at most 2,000 characters, its feedback a few KiB.
    static let longestGroup = 32
    static let heldOutput = 1 << 20

    /// `echoPrompt` prints the prompt so scripts can wait for `› `; it is
    /// the session's reader, so stdout is also fully buffered from here
    /// on (call it before anything is printed).
    init(echoPrompt: Bool) {
        self.echoPrompt = echoPrompt
        if echoPrompt { _ = samplan_hold_stdout(Self.heldOutput) }
        StopSignals.install(closingStdin: true)
    }

    func read(prompt: String) -> LineInput {
        if echoPrompt { print(prompt, terminator: "") }
        guard var bytes = nextLine() else {
            if echoPrompt { print() }
            return StopSignals.received == nil ? .end : .stopped
        }
        if bytes.last == 13 { bytes.removeLast() }
        let line = String(decoding: bytes, as: UTF8.self)
        // Nothing echoes piped input: show it so the output reads like a
        // session, cleaned, and with any identity number masked (stdout
        // may be a file).
        if echoPrompt { print(Self.echo(line)) }
        return .line(line)
    }

    /// A line as echoed: cleaned, any identity number masked, and a line
    /// too long to be taken shortened (a refused megabyte is not worth
    /// printing back).
    static func echo(_ line: String) -> String {
        let shown = IdentityNumber.masked(InputCleaner.clean(line))
        guard SessionDriver.isTooLong(shown) else { return shown }
        // Scalars, not characters: one character can hold a megabyte of marks.
        return String(String.UnicodeScalarView(shown.unicodeScalars.prefix(60))) + " … (\(line.utf8.count) bytes)"
    }

    /// The next line without its newline; the last one may lack it; nil at
    /// the end of input or when a stop signal arrived.
    private func nextLine() -> [UInt8]? {
        if linesSinceSettled >= Self.longestGroup { settle() }
        while true {
            if let newline = buffer[consumed...].firstIndex(of: 10) {
                let line = Array(buffer[consumed..<newline])
                consumed = newline + 1
                linesSinceSettled += 1
                return line
            }
            if atEnd {
                guard consumed < buffer.count else { return nil }
                let rest = Array(buffer[consumed...])
                consumed = buffer.count
                return rest
            }
            if StopSignals.received != nil { return nil }
            if consumed > 0 {
                buffer.removeFirst(consumed)
                consumed = 0
            }
            // The read may block: first make everything durable, then let
            // the output (and the prompt scripts wait for) out.
            settle()
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                atEnd = true
            }
        }
    }

    private func settle() {
        beforeWaiting?()
        Console.flush()
        linesSinceSettled = 0
    }

    func remember(_ line: String) {}

    func close() {}
}
