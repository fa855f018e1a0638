import Dispatch
import SamplanCore
import Synchronization

/// A table session's `LineReader`: the page's lines in, and at every read
/// the screen text so far with the prompt out. It runs on the session's own
/// thread (`TableSession`), which it blocks until the page sends a line; the
/// server's tasks only hand lines over (`put`) and ask for completions.
final class PageLineReader: LineReader, Sendable {
    private struct Asked {
        var completer: (@Sendable (String) -> [String])?
        var choices: [String] = []
        var multiple = false
    }

    private let asked = Mutex(Asked())
    /// What the page sent, and whether the session waits for a line: one
    /// line is taken per answer the page was sent, so a double click
    /// cannot answer the next question unseen, and nothing piles up.
    private struct Inbox {
        var inputs: [LineInput] = []
        var waiting = false
    }

    private let inbox = Mutex(Inbox())
    private let arrived = DispatchSemaphore(value: 0)
    private let output: PageOutput
    private let send: @Sendable (ServerMessage) -> Void

    init(output: PageOutput, send: @escaping @Sendable (ServerMessage) -> Void) {
        self.output = output
        self.send = send
    }

    /// Records are written as they come and synced once before the page is
    /// answered: one sync per line, however many records it makes.
    var durability: Durability { .beforeWaiting }

    /// A page sends one line and waits for its answer: a line that could
    /// not be recorded is the page's to send again, nothing else is queued.
    var stopsAfterFailedWrite: Bool { false }

    /// The runner's commit: set and called on the session's own thread only.
    nonisolated(unsafe) var beforeWaiting: (() -> Void)?

    var completer: (@Sendable (String) -> [String])? {
        get { asked.withLock { $0.completer } }
        set { asked.withLock { $0.completer = newValue } }
    }

    func prepare(for ask: SessionDriver.Ask) {
        asked.withLock { $0 = Asked(completer: ask.completer, choices: ask.choices, multiple: ask.multiple) }
    }

    func read(prompt: String) -> LineInput {
        beforeWaiting?()
        // The records could not be made durable: no acknowledgement; the
        // session leaves (its end names the fault).
        if output.syncFailed { return .stopped }
        let (choices, multiple) = asked.withLock { ($0.choices, $0.multiple) }
        inbox.withLock { $0.waiting = true }
        send(.screen(output.take(), prompt: prompt, choices: choices, multiple: multiple))
        arrived.wait()
        return inbox.withLock { inbox in
            inbox.waiting = false
            return inbox.inputs.removeFirst()
        }
    }

    /// The page's history is the page's own (the browser keeps it).
    func remember(_ line: String) {}

    func close() {}

    /// From the server: a line typed, taken only while the session waits
    /// for one (false otherwise); `.end` (Ctrl-D) likewise; `.stopped`
    /// (the page is gone, the server stops) always, ahead of anything else.
    @discardableResult
    func put(_ input: LineInput) -> Bool {
        let taken = inbox.withLock { inbox in
            if input == .stopped {
                let alreadyQueued = !inbox.inputs.isEmpty
                inbox.inputs = [.stopped]
                return !alreadyQueued
            }
            guard inbox.waiting, inbox.inputs.isEmpty else { return false }
            inbox.inputs.append(input)
            return true
        }
        // One signal per queued input: a `.stopped` that replaced a queued
        // line needs none of its own.
        if taken { arrived.signal() }
        return taken || input == .stopped
    }

    /// What Tab offers for `before`, as at the terminal.
    func complete(_ before: String) -> [String] {
        (asked.withLock { $0.completer })?(before) ?? []
    }
}
