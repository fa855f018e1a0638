import Foundation
import Glibc

/// A samplan that runs while the test types into it line by line through
/// a pipe it holds open, its output gathered as it comes: two writers can
/// then be made to meet on one transcript at a chosen moment.
final class LiveRun: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var stdoutBytes: [UInt8] = []
    private var stderrBytes: [UInt8] = []
    private let readers = DispatchGroup()

    init(_ arguments: [String], environment: [String: String] = [:], directory: String) throws {
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = arguments
        process.environment = ["SAMPLAN_TODAY": "2026-11-23"].merging(environment) { _, new in new }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        gather(output.fileHandleForReading) { self.stdoutBytes += $0 }
        gather(errors.fileHandleForReading) { self.stderrBytes += $0 }
    }

    private func gather(_ handle: FileHandle, into append: @escaping @Sendable ([UInt8]) -> Void) {
        readers.enter()
        Thread.detachNewThread { [lock, readers] in
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { Glibc.read(handle.fileDescriptor, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                lock.lock()
                append(Array(chunk[0..<n]))
                lock.unlock()
            }
            readers.leave()
        }
    }

    var stdout: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: stdoutBytes, as: UTF8.self)
    }

    var stderr: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: stderrBytes, as: UTF8.self)
    }

    /// Types lines (each ended by a newline). A samplan that has already
    /// left does not read them: the closed pipe is not an error here.
    func type(_ lines: [String]) {
        PipeRun.feed(Array(lines.map { $0 + "\n" }.joined().utf8), to: input.fileHandleForWriting.fileDescriptor)
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    /// Waits, polling and never sleeping longer than needed, until the
    /// output holds `text`; false if the process left or 30 s passed first.
    func waitFor(_ text: String) -> Bool {
        for _ in 0..<6_000 {
            if stdout.contains(text) { return true }
            if !process.isRunning { return stdout.contains(text) }
            usleep(5_000)
        }
        return false
    }

    /// The exit status once the process and its output have ended.
    func finish() -> Int32 {
        closeInput()
        process.waitUntilExit()
        readers.wait()
        return process.terminationStatus
    }

    var isRunning: Bool { process.isRunning }
}

/// How many times each race is run: 10 in the everyday `make test`, the
/// full 100 under `make stress` (SAMPLAN_STRESS_TRIALS).
enum StressTrials {
    static var count: Int {
        getenv("SAMPLAN_STRESS_TRIALS").flatMap { Int(String(cString: $0)) } ?? 10
    }
}
