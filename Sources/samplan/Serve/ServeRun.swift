import Dispatch
import Hummingbird
import SamplanCore

/// Runs the server until SIGTERM or SIGINT, then closes every table as a
/// hang-up closes a terminal session (saved, plan written) and returns.
enum ServeRun {
    static func run(_ app: some ApplicationProtocol, desk: TableDesk) throws {
        let stopped = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        Task {
            do {
                // Hummingbird stops gracefully on SIGTERM and SIGINT.
                try await app.runService()
            } catch {
                failure.error = error
            }
            for session in await desk.closeAll() {
                await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                    DispatchQueue.global().async {
                        session.waitUntilEnded()
                        done.resume()
                    }
                }
            }
            stopped.signal()
        }
        stopped.wait()
        if let error = failure.error {
            Console.error("samplan: serve: \(error)")
            throw ExitCodeError(.cannotCreate)
        }
    }
}

/// The server's error, handed from its task to the waiting main thread
/// (the semaphore orders the two).
private final class ServeFailure: @unchecked Sendable {
    var error: (any Error)?
}
