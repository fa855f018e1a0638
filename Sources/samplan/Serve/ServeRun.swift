import Dispatch
import Glibc
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// Runs the server until SIGTERM or SIGINT, then closes every table as a
/// hang-up closes a terminal session (saved, plan written, the page told),
/// closes the pages still at the code, and only then stops the server: its
/// own graceful shutdown would wait for the pages' WebSockets to close.
enum ServeRun {
    static func run(_ app: some ApplicationProtocol, server: PageServer, logger: Logger) throws {
        let group = ServiceGroup(services: [app], logger: logger)
        let stopped = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        let stopping = StopOnce()
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                guard stopping.first() else { return }
                Task {
                    await server.closeEverything()
                    await group.triggerGracefulShutdown()
                }
            }
            source.resume()
            sources.append(source)
        }
        Task {
            do {
                try await group.run()
            } catch {
                failure.error = error
            }
            stopped.signal()
        }
        stopped.wait()
        sources.forEach { $0.cancel() }
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

/// A second signal while the tables are being closed changes nothing.
private final class StopOnce: Sendable {
    private let done = Atomic<Bool>(false)
    func first() -> Bool { !done.exchange(true, ordering: .relaxed) }
}
