import SamplanCore

/// Line reading without a terminal: no prompt editing, no locale needed.
/// `readLine` keeps UTF-8 intact and turns invalid bytes into U+FFFD.
final class PlainLineReader: LineReader {
    var completer: (@Sendable (String) -> [String])?
    private let echoPrompt: Bool

    /// `echoPrompt` prints the prompt so scripts can wait for `› `.
    init(echoPrompt: Bool) {
        self.echoPrompt = echoPrompt
    }

    func read(prompt: String) -> LineInput {
        if echoPrompt {
            print(prompt, terminator: "")
            Console.flush()
        }
        guard var line = readLine(strippingNewline: true) else {
            if echoPrompt { print() }
            return .end
        }
        if line.hasSuffix("\r") { line.removeLast() }
        // Nothing echoes piped input: show it so the output reads like a
        // session, cleaned, and with any identity number masked (stdout
        // may be a file).
        if echoPrompt { print(IdentityNumber.masked(InputCleaner.clean(line))) }
        return .line(line)
    }

    func remember(_ line: String) {}

    func close() {}
}
