import Foundation
import Glibc

/// Runs the built samplan with piped stdin and stdout (no terminal).
struct PipeRun {
    let status: Int32
    let stdout: String
    let stderr: String

    static func run(
        _ arguments: [String], input: String, environment: [String: String] = [:],
        directory: String? = nil
    ) throws -> PipeRun {
        try run(arguments, bytes: Array(input.utf8), environment: environment, directory: directory)
    }

    static func run(
        _ arguments: [String], bytes input: [UInt8], environment: [String: String] = [:],
        directory: String? = nil
    ) throws -> PipeRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = arguments
        process.environment = ["SAMPLAN_TODAY": "2026-11-23"].merging(environment) { _, new in new }
        // Never the package folder: sessions write Transcripts/ where they run.
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? TempFolder.make())
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        feed(input, to: stdin.fileHandleForWriting.fileDescriptor)
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PipeRun(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Writes `input` to a samplan that may already have finished without
    /// reading it (`check`, `summary`): the closed pipe must not kill the
    /// test process. SIGPIPE is blocked for this thread only (a spawn on
    /// another thread keeps its mask, and no child inherits a disposition)
    /// and a pending one is taken before it is unblocked.
    static func feed(_ input: [UInt8], to descriptor: Int32) {
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var now = timespec()
                sigtimedwait(&pipeSignal, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        var offset = 0
        while offset < input.count {
            let written = input[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if errno != EINTR { return }
        }
    }
}
