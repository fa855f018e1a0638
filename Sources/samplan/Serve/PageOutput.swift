import SamplanCore
import Synchronization

/// A table session's screen text, held until the page is sent it with the
/// next prompt (`PageLineReader`): what a line's records acknowledge never
/// leaves before they are durable.
final class PageOutput: SessionOutput, Sendable {
    private struct Held {
        var text = ""
        var reason: TranscriptRecord.EndReason?
        var plan: String?
        var syncFailed = false
    }

    private let held = Mutex(Held())

    func write(_ text: String) { held.withLock { $0.text += text } }

    /// A fault is shown with the rest, in order: the page has one screen.
    func fault(_ message: String) { write(message + "\n") }

    /// Called only when a sync failed: what it held must not go out, and
    /// no further acknowledgement may (`PageLineReader.read`).
    func dropHeld() {
        held.withLock {
            $0.text = ""
            $0.syncFailed = true
        }
    }

    var syncFailed: Bool { held.withLock { $0.syncFailed } }

    /// The page offers the plan to download; the way back is the code.
    func left(_ reason: TranscriptRecord.EndReason, plan: String?, transcript: String, language: Language) {
        held.withLock {
            $0.reason = reason
            $0.plan = plan
        }
        if reason != .finished { write("  " + language.words.resumeWithCode + "\n") }
    }

    /// The text held so far, handed over and forgotten.
    func take() -> String {
        held.withLock { held in
            defer { held.text = "" }
            return held.text
        }
    }

    /// How the session left, once it has; and the plan it wrote.
    var ending: (reason: TranscriptRecord.EndReason?, plan: String?) { held.withLock { ($0.reason, $0.plan) } }
}
