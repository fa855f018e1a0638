import Foundation
import Synchronization
import Testing

@testable import samplan

/// The session's side of a page: one line per answer the page was sent.
/// `read` blocks, as it does on a session's own thread: each runs on a
/// thread of its own here too, never on the tests' shared pool.
struct PageLineReaderTests {
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    @Test func aLineIsTakenOnlyWhileTheSessionWaitsForOne() async throws {
        let sent = Mutex<[ServerMessage]>([])
        let output = PageOutput()
        let reader = PageLineReader(output: output) { message in sent.withLock { $0.append(message) } }
        // Not waiting yet: a line is out of order, and nothing is queued.
        #expect(!reader.put(.line("for tidlig")))
        output.write("Spørsmålet\n")
        let read = Task { await Self.onThread { reader.read(prompt: "› ") } }
        while sent.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(5)) }
        #expect(sent.withLock { $0 } == [.screen("Spørsmålet\n", prompt: "› ", choices: [], multiple: false)])
        #expect(reader.put(.line("svar")))
        // The session has one line; a second before its answer is refused.
        #expect(!reader.put(.line("en til")))
        #expect(await read.value == .line("svar"))
    }

    @Test func aHangUpGoesAheadOfALineNotYetTaken() async throws {
        let output = PageOutput()
        let reader = PageLineReader(output: output) { _ in }
        let read = Task { await Self.onThread { reader.read(prompt: "› ") } }
        while !reader.put(.line("svar")) { try await Task.sleep(for: .milliseconds(5)) }
        reader.put(.stopped)
        let first = await read.value
        // Either the line was taken before the hang-up, or the hang-up replaced it.
        if first == .line("svar") {
            #expect(await Self.onThread { reader.read(prompt: "› ") } == .stopped)
        } else {
            #expect(first == .stopped)
        }
    }

    @Test func afterAFailedSyncNothingIsAcknowledged() {
        let sent = Mutex<[ServerMessage]>([])
        let output = PageOutput()
        let reader = PageLineReader(output: output) { message in sent.withLock { $0.append(message) } }
        output.write("✓ svar\n")
        output.dropHeld()
        #expect(reader.read(prompt: "› ") == .stopped)
        #expect(sent.withLock { $0 }.isEmpty)
    }
}
