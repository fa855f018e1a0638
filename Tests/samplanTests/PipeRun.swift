import Foundation

/// Runs the built samplan with piped stdin and stdout (no terminal).
struct PipeRun {
    let status: Int32
    let stdout: String
    let stderr: String

    static func run(_ arguments: [String], input: String, environment: [String: String] = [:],
                    directory: String? = nil) throws -> PipeRun {
        try run(arguments, bytes: Array(input.utf8), environment: environment, directory: directory)
    }

    static func run(_ arguments: [String], bytes input: [UInt8], environment: [String: String] = [:],
                    directory: String? = nil) throws -> PipeRun {
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
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PipeRun(status: process.terminationStatus,
                       stdout: String(decoding: out, as: UTF8.self),
                       stderr: String(decoding: err, as: UTF8.self))
    }
}
