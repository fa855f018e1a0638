import Glibc
import ArgumentParser
import SamplanCore

/// Why a file could not be read.
enum ReadProblem: Error {
    case missing(String)
    case unreadable(String, errno: Int32)

    var exit: Sysexit {
        switch self {
        case .missing: .noInput
        case .unreadable: .ioError
        }
    }

    func message(in language: Language) -> String {
        switch (self, language) {
        case (.missing(let path), .nb): "samplan: finner ikke filen «\(path)»."
        case (.missing(let path), .en): "samplan: cannot find the file “\(path)”."
        case (.unreadable(let path, let code), .nb): "samplan: kan ikke lese «\(path)»: \(String(cString: strerror(code)))."
        case (.unreadable(let path, let code), .en): "samplan: cannot read “\(path)”: \(String(cString: strerror(code)))."
        }
    }
}

enum FileAccess {
    /// Reads a file, or prints why it cannot and throws the exit status.
    static func readOrExit(_ path: String, language: Language) throws(ExitCodeError) -> [UInt8] {
        do {
            return try read(path)
        } catch {
            Console.error(error.message(in: language))
            throw ExitCodeError(error.exit)
        }
    }

    /// The whole file as bytes.
    static func read(_ path: String) throws(ReadProblem) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing(path) : .unreadable(path, errno: errno)
        }
        defer { Glibc.close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, errno: errno)
            }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
        }
    }
}

/// Loading rules from a path or the built-in copy, reporting as the
/// design says: errors with line and caret to stderr, then exit 65.
enum RulesSource {
    static func load(_ path: String?, language: Language) throws(ExitCodeError) -> RuleBook {
        try loadWithText(path, language: language).book
    }

    /// The rules and their exact text, which a transcript embeds.
    static func loadWithText(_ path: String?, language: Language) throws(ExitCodeError) -> (book: RuleBook, text: String) {
        do {
            guard let path else { return (try BuiltinRules.load(), BuiltinRules.text) }
            let bytes = try FileAccess.readOrExit(path, language: language)
            return (try RulesLoader.load(data: bytes, file: path), String(decoding: bytes, as: UTF8.self))
        } catch let error as RulesError {
            Console.error(error.render(in: language))
            throw ExitCodeError(.dataError)
        } catch let error as ExitCodeError {
            throw error
        } catch {
            throw ExitCodeError(.ioError)
        }
    }
}

/// An exit status to leave with, after the message has been printed.
struct ExitCodeError: Error {
    let exit: Sysexit
    init(_ exit: Sysexit) { self.exit = exit }
}

/// Runs a command body, turning an `ExitCodeError` (its message already
/// printed) into the exit status ArgumentParser understands.
func exitingWithStatus(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCodeError {
        throw error.exit.code
    }
}
