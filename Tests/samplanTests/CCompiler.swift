import Foundation

/// A C compiler for the small programs some tests build: clang from PATH or
/// the toolchain (Swift ships it), else the system's cc.
enum CCompiler {
    static let path: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let compilers = path.split(separator: ":").map { $0 + "/clang" } + ["/opt/swift/usr/bin/clang", "/usr/bin/cc"]
        return compilers.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Compiles C `source` with `arguments` into `output`; false when there
    /// is no compiler or it fails.
    static func build(_ source: String, into output: String, arguments: [String]) -> Bool {
        guard let compiler = path else { return false }
        let file = output + ".c"
        guard FileManager.default.createFile(atPath: file, contents: Data(source.utf8)) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = arguments + ["-o", output, file]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
