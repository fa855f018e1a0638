import Foundation
import Logging
import SamplanCore
import Synchronization

/// One table's session while a page holds it: a `SessionRunner` on a
/// thread of its own, where file writes and syncs may block without
/// holding up any other table; the page's lines reach it through a
/// `PageLineReader`, and what it says goes back through `send`.
final class TableSession: Sendable {
    let table: Int
    private let reader: PageLineReader
    private let output = PageOutput()
    private let send: @Sendable (ServerMessage) -> Void
    private let logger: Logger

    /// Whether the session has left (its files written), with its
    /// transcript; and whoever waits for that.
    private struct End {
        var done = false
        var transcript: String?
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let end = Mutex(End())

    init(table: Int, logger: Logger, send: @escaping @Sendable (ServerMessage) -> Void) {
        self.table = table
        self.logger = logger
        self.send = send
        reader = PageLineReader(output: output, send: send)
    }

    /// Starts the session's thread; `ended` is called on it once the
    /// session has left and everything it wrote is durable.
    func start(
        transcript: String?, setup: ServeSetup, language: Language, columns: Int, ended: @escaping @Sendable () -> Void
    ) {
        let thread = Thread { [self] in
            let path = run(transcript: transcript, setup: setup, language: language, columns: columns)
            let waiting = end.withLock { end in
                end.done = true
                end.transcript = path
                defer { end.waiting = [] }
                return end.waiting
            }
            waiting.forEach { $0.resume() }
            ended()
        }
        // A session's own work is small; 130 of them need not have 8 MiB stacks.
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The session, on its thread; the transcript it wrote, if any.
    private func run(transcript: String?, setup: ServeSetup, language: Language, columns: Int) -> String? {
        let opened: TableOpening.Opened
        do {
            opened = try TableOpening.open(
                table: table, transcript: transcript, setup: setup, language: language, columns: columns, output: output)
        } catch {
            // The reason (files and paths) is for the coordinator, not the page.
            let refusal = Refusal.open(error)
            logger.error("table \(table) could not be opened (\(refusal.rawValue)): \(output.take())")
            send(.refused(refusal))
            return transcript
        }
        switch opened {
        case .finished(let plan):
            send(Self.endMessage(output.take(), reason: .finished, plan: plan))
            return transcript
        case .session(let driver, let recorder, let followup):
            let runner = SessionRunner(driver: driver, reader: reader, recorder: recorder, output: output)
            let status = runner.run()
            let (reason, plan) = output.ending
            if status != .ok { logger.error("table \(table): the session stopped on a failed write (the text above says which file)") }
            // Left before anything was written: no record says why, the session does.
            let left = reason ?? (hungUp.load(ordering: .relaxed) ? .hangup : .quit)
            send(Self.endMessage(output.take(), reason: status == .ok ? left : nil, plan: plan, note: followup))
            return runner.transcriptPath ?? transcript
        }
    }

    /// A line typed at the page; false when the session is not waiting
    /// for one (a line is sent only after the last one's answer).
    func line(_ text: String) -> Bool { reader.put(.line(text)) }

    /// Ctrl-D at the page: save and leave, as Ctrl-D at the terminal.
    func finishHere() { _ = reader.put(.end) }

    /// The page is gone, or the server stops: save and leave, as a hang-up.
    func hangUp() {
        hungUp.store(true, ordering: .relaxed)
        _ = reader.put(.stopped)
    }

    /// Its page is gone (or the server stops): it is saving, not held.
    var isHungUp: Bool { hungUp.load(ordering: .relaxed) || outcome.ended }
    private let hungUp = Atomic<Bool>(false)

    /// Returns once the session has left and its files are written.
    func ended() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = end.withLock { end in
                if !end.done { end.waiting.append(continuation) }
                return end.done
            }
            if done { continuation.resume() }
        }
    }

    /// Whether it has left, and the transcript it wrote.
    var outcome: (ended: Bool, transcript: String?) { end.withLock { ($0.done, $0.transcript) } }

    func complete(_ before: String) -> [String] { reader.complete(before) }

    /// The last text and the plan, read back from its file for the page to
    /// offer; `reason` nil when the session stopped on a failed write.
    /// `note`: the document is a follow-up's note.
    static func endMessage(_ text: String, reason: TranscriptRecord.EndReason?, plan: String?, note: Bool = false) -> ServerMessage {
        let planText = plan.flatMap { try? FileAccess.read($0) }.map { String(decoding: $0, as: UTF8.self) }
        let name = plan.map { String($0.split(separator: "/").last ?? Substring($0)) }
        var message = ServerMessage.ended(text, reason: reason?.rawValue ?? "failed", plan: planText == nil ? nil : name, planText: planText)
        if note && planText != nil { message.note = true }
        return message
    }
}

extension Refusal {
    /// A transcript another process writes is `busy`; any other fault, `failed`.
    static func open(_ error: any Error) -> Refusal {
        (error as? ExitCodeError)?.exit == .temporaryFailure ? .busy : .failed
    }
}
