import SamplanCore

/// Where a running session's text goes: standard output and standard
/// error at a terminal (`TerminalOutput`), a table's page in `samplan
/// serve` (`PageOutput`). `SessionRunner` is the same for both.
protocol SessionOutput: AnyObject {
    /// Screen text, held until what it acknowledges is durable where the
    /// reader syncs before waiting (`Durability.beforeWaiting`).
    func write(_ text: String)
    /// A write failed: its message, shown at once.
    func fault(_ message: String)
    /// Output held for records that could not be made durable: it must
    /// not acknowledge them.
    func dropHeld()
    /// The session has left: where its files are, and how to go on.
    func left(_ reason: TranscriptRecord.EndReason, plan: String?, transcript: String, language: Language)
}

/// A `SessionOutput` as the `TextOutputStream` the driver writes into.
struct SessionOutputStream: TextOutputStream {
    let output: any SessionOutput
    mutating func write(_ string: String) { output.write(string) }
}

/// The terminal's output: stdout through stdio's buffer, faults on stderr,
/// paths printed whole (people copy them).
final class TerminalOutput: SessionOutput {
    func write(_ text: String) { print(text, terminator: "") }

    func fault(_ message: String) { Console.error(message) }

    func dropHeld() { Console.dropHeldOutput() }

    func left(_ reason: TranscriptRecord.EndReason, plan: String?, transcript: String, language: Language) {
        if let plan { print("  " + language.words.planFile(plan)) }
        print("  " + language.words.transcriptFile(transcript))
        // Left before the end: the exact line that goes on from here.
        if reason != .finished {
            print("  " + language.words.resumeLater(Self.command + " resume " + ShellWord.quoted(transcript)))
        }
    }

    /// How samplan is run here: `samplan`, or what `SAMPLAN_COMMAND` says
    /// (`make run` gives its build's path, as `samplan` is not on the PATH
    /// before `make install`).
    static var command: String {
        guard let given = Console.current().environment["SAMPLAN_COMMAND"], !given.isEmpty else { return "samplan" }
        return ShellWord.quoted(given)
    }
}
