internal import CSamplanLibc
import Glibc

/// Whole-file writes that never leave half a file behind: a temporary
/// file beside the target, written, synced, then renamed into place.
enum SafeWrite {
    /// Writes `text` to `path`. Without `replace`, an existing file is
    /// kept and a free numbered name is used instead (plan-2.txt …), even
    /// when another process takes a name between the look and the rename;
    /// returns the path written. With `replace`, only a regular file is
    /// ever replaced (`regularOrAbsent`).
    @discardableResult
    static func write(_ text: String, to path: String, replace: Bool) throws(FileError) -> String {
        let temporary = try writeTemporary(text, beside: path)
        if replace {
            guard rename(temporary, path) == 0 else {
                let failure = errno
                unlink(temporary)
                throw FileError(action: .write, path: path, errno: failure)
            }
            return path
        }
        while true {
            let target = freeName(path)
            if samplan_rename_noreplace(temporary, target) == 0 { return target }
            let failure = errno
            // Taken since the look: try the next free name.
            if failure == EEXIST { continue }
            unlink(temporary)
            throw FileError(action: .write, path: target, errno: failure)
        }
    }

    /// A hidden file beside `path` holding `text`, synced; its name is this
    /// process's own, and it is created with O_EXCL, never reused.
    private static func writeTemporary(_ text: String, beside path: String) throws(FileError) -> String {
        var temporary = uniqueHiddenName(beside: path, suffix: "tmp")
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        // One left by a killed run of a process with the same pid (common
        // in containers) is not ours to reuse: take the next number.
        while fd < 0 && errno == EEXIST {
            temporary = uniqueHiddenName(beside: path, suffix: "tmp")
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else { throw FileError(action: .create, path: path, errno: errno) }
        var failure: Int32 = 0
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            bytes = bytes.dropFirst(written)
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        close(fd)
        guard failure == 0 else {
            unlink(temporary)
            throw FileError(action: .write, path: path, errno: failure)
        }
        return temporary
    }

    /// `.NAME.SUFFIX-PID-N` in the folder of `path`: hidden, so summaries
    /// pass it over, and never the name of another process's file.
    static func uniqueHiddenName(beside path: String, suffix: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        uniqueCounter += 1
        return String(path[..<slash]) + "." + path[slash...] + ".\(suffix)-\(getpid())-\(uniqueCounter)"
    }

    // One thread writes files in a session; summaries only read.
    nonisolated(unsafe) private static var uniqueCounter = 0

    /// `path` if nothing is there, else `stem-2.ext`, `stem-3.ext` …
    /// (the extension is everything after the first dot of the file name).
    static func freeName(_ path: String) -> String {
        guard exists(path) else { return path }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let dot = name.firstIndex(of: ".") ?? name.endIndex
        let head = path[..<dot]
        let tail = path[dot...]
        var n = 2
        while exists("\(head)-\(n)\(tail)") { n += 1 }
        return "\(head)-\(n)\(tail)"
    }

    /// Something is at `path`, a dangling symbolic link included.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Nil when `path` is a regular file or nothing; otherwise what it is,
    /// for the message. A plan never replaces a device, a FIFO, a folder
    /// or a symbolic link (`plan -o /dev/full --force` once turned the
    /// device into a file).
    static func notRegular(_ path: String) -> FileKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        default: return .special
        }
    }

    enum FileKind { case folder, symbolicLink, special }

    /// Creates a folder (and its parents) readable by the owner only.
    static func makeFolder(_ path: String) throws(FileError) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0 && errno != EEXIST {
                throw FileError(action: .create, path: built, errno: errno)
            }
        }
    }
}
