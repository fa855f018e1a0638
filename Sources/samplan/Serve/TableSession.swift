import Foundation
import SamplanCore

/// One table's session while a page holds it: a `SessionRunner` on a
/// thread of its own, where file writes and syncs may block without
/// holding up any other table; the page's lines reach it through a
/// `PageLineReader`, and what it says goes back through `send`.
final class TableSession: Sendable {
    let table: Int
    private let reader: PageLineReader
    private let output = PageOutput()
    private let finished = DispatchSemaphore(value: 0)
    private let send: @Sendable (ServerMessage) -> Void

    init(table: Int, send: @escaping @Sendable (ServerMessage) -> Void) {
        self.table = table
        self.send = send
        reader = PageLineReader(output: output, send: send)
    }

    /// Starts the session's thread. `ended` is called on it with the
    /// transcript's path (nil when nothing was written) once the session
    /// has left and everything it wrote is durable.
    func start(
        transcript: String?, setup: ServeSetup, language: Language, columns: Int,
        ended: @escaping @Sendable (String?) -> Void
    ) {
        let (reader, output, finished, table, send) = (reader, output, finished, table, send)
        let thread = Thread {
            var path = transcript
            defer {
                ended(path)
                finished.signal()
            }
            let opened: TableOpening.Opened
            do {
                opened = try TableOpening.open(
                    table: table, transcript: transcript, setup: setup, language: language, columns: columns, output: output)
            } catch {
                send(ServerMessage(type: .refused, text: output.take(), reason: Refusal.open(error).rawValue))
                return
            }
            switch opened {
            case .finished(let plan):
                send(TableSession.endMessage(output.take(), reason: .finished, plan: plan, folder: setup.folder))
            case .session(let driver, let recorder):
                let runner = SessionRunner(driver: driver, reader: reader, recorder: recorder, output: output)
                let status = runner.run()
                path = runner.transcriptPath ?? transcript
                let (reason, plan) = output.ending
                send(
                    TableSession.endMessage(
                        output.take(), reason: status == .ok ? reason ?? .quit : nil, plan: plan, folder: setup.folder))
            }
        }
        // A session's own work is small; the default 8 MiB stack is not needed
        // by 130 of them.
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// A line typed at the page.
    func line(_ text: String) { reader.put(.line(text)) }

    /// The page is gone, or the server stops: save and leave, as a hang-up.
    func hangUp() { reader.put(.stopped) }

    /// Waits until the session has left and its files are written. Any
    /// number may wait: each passes the signal on to the next.
    func waitUntilEnded() {
        finished.wait()
        finished.signal()
    }

    func complete(_ before: String) -> [String] { reader.complete(before) }

    /// The last text and the plan, read back from its file for the page to
    /// offer; `reason` nil when the session stopped on a failed write.
    static func endMessage(_ text: String, reason: TranscriptRecord.EndReason?, plan: String?, folder: String) -> ServerMessage {
        let name = plan.map { String($0.split(separator: "/").last ?? Substring($0)) }
        let local = name.map { folder + "/" + $0 }
        let planText = local.flatMap { try? FileAccess.read($0) }.map { String(decoding: $0, as: UTF8.self) }
        return .ended(text, reason: reason?.rawValue ?? "failed", plan: planText == nil ? nil : name, planText: planText)
    }
}

extension Refusal {
    /// A transcript another process writes is `busy`; any other fault, `failed`.
    static func open(_ error: any Error) -> Refusal {
        (error as? ExitCodeError)?.exit == .temporaryFailure ? .busy : .failed
    }
}
