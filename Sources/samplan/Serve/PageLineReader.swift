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
    private let inbox = Mutex<[LineInput]>([])
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
        let (choices, multiple) = asked.withLock { ($0.choices, $0.multiple) }
        send(.screen(output.take(), prompt: prompt, choices: choices, multiple: multiple))
        arrived.wait()
        return inbox.withLock { $0.removeFirst() }
    }

    /// The page's history is the page's own (the browser keeps it).
    func remember(_ line: String) {}

    func close() {}

    /// From the server: a line typed, or `.stopped` when the page is gone.
    func put(_ input: LineInput) {
        inbox.withLock { $0.append(input) }
        arrived.signal()
    }

    /// What Tab offers for `before`, as at the terminal.
    func complete(_ before: String) -> [String] {
        (asked.withLock { $0.completer })?(before) ?? []
    }
}
