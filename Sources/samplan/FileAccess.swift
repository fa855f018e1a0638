import ArgumentParser
import Glibc
import SamplanCore

/// Why a file could not be read.
enum ReadProblem: Error {
    case missing(String)
    case unreadable(String, errno: Int32)
    /// A folder, FIFO, device or socket: samplan reads regular files only,
    /// so a FIFO named `*.transcript` cannot make it wait forever, nor
    /// /dev/zero behind a symbolic link fill the memory.
    case notRegular(String)
    /// Larger than any transcript or rules file samplan writes or needs.
    case tooLarge(String, limit: Int)

    var exit: Sysexit {
        switch self {
        case .missing, .notRegular: .noInput
        case .unreadable: .ioError
        case .tooLarge: .dataError
        }
    }

    func message(in language: Language) -> String {
        let words = language.words
        return switch self {
        case .missing(let path): words.fileMissing(path)
        case .unreadable(let path, let code): words.fileUnreadable(path, reason: String(cString: strerror(code)))
        case .notRegular(let path): words.fileNotRegular(path)
        case .tooLarge(let path, let limit): words.fileTooLarge(path, limit: limit)
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

    /// Far above a real transcript (a long session is under 100 KB, its
    /// rules included) or rules file, and well within memory.
    static let largestFile = 128 << 20

    /// The whole file as bytes: a regular file only, of at most `limit`
    /// bytes. Opened without blocking, so a FIFO is refused instead of
    /// waited on; the limit also holds for a file that grows while read.
    static func read(_ path: String, limit: Int = largestFile) throws(ReadProblem) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing(path) : .unreadable(path, errno: errno)
        }
        defer { Glibc.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular(path) }
        guard Int(info.st_size) <= limit else { throw .tooLarge(path, limit: limit) }
        var result: [UInt8] = []
        result.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, errno: errno)
            }
            if n == 0 { return result }
            guard result.count + n <= limit else { throw .tooLarge(path, limit: limit) }
            result.append(contentsOf: chunk[0..<n])
        }
    }
}

/// Loading rules from a path or the built-in copy, reporting as the
/// design says: errors with line and caret to stderr, then exit 65.
enum RulesSource {
    /// The built-in rules `--rules NAME` names (`kommune-nav`), unless a
    /// file of that name is here: a file always wins.
    static func builtin(_ path: String) -> BuiltinRules.Entry? {
        access(path, F_OK) != 0 ? BuiltinRules.named(path) : nil
    }

    static func load(_ path: String?, language: Language) throws(ExitCodeError) -> RuleBook {
        try loadWithText(path, language: language).book
    }

    /// The rules and their exact text, which a transcript embeds.
    static func loadWithText(_ path: String?, language: Language) throws(ExitCodeError) -> (book: RuleBook, text: String) {
        do {
            guard let path else { return (try BuiltinRules.load(), BuiltinRules.text) }
            if let entry = builtin(path) { return (try entry.load(), entry.text) }
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

    /// What `samplan check PATH` reads as follow-up rules: the built-in
    /// ones by name (`followup`, unless a file has that name), or a file
    /// that says `format: followup-…`; nil for any other rules file.
    static func followupToCheck(_ path: String, language: Language) throws(ExitCodeError) -> FollowupRules? {
        if access(path, F_OK) != 0 && path == FollowupRules.builtin.id { return .builtin }
        guard access(path, F_OK) == 0 else { return nil }
        let bytes = try FileAccess.readOrExit(path, language: language)
        guard FollowupRulesLoader.declares(String(decoding: bytes, as: UTF8.self)) else { return nil }
        return try loadFollowup(bytes, path: path, language: language)
    }

    /// Follow-up rules from a file (`oppfølging --followup-rules FILE`).
    static func loadFollowup(_ path: String, language: Language) throws(ExitCodeError) -> FollowupRules {
        try loadFollowup(FileAccess.readOrExit(path, language: language), path: path, language: language)
    }

    private static func loadFollowup(_ bytes: [UInt8], path: String, language: Language) throws(ExitCodeError) -> FollowupRules {
        do {
            return try FollowupRulesLoader.load(data: bytes, file: path)
        } catch {
            Console.error(error.render(in: language))
            throw ExitCodeError(.dataError)
        }
    }
}

/// An exit status to leave with, after the message has been printed;
/// `Samplan.main` turns it into the process's status, for every command.
struct ExitCodeError: Error {
    let exit: Sysexit
    init(_ exit: Sysexit) { self.exit = exit }
}
