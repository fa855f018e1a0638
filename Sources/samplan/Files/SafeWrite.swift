import Glibc

/// Whole-file writes that never leave half a file behind: a temporary
/// file beside the target, written, synced, then renamed over it.
enum SafeWrite {
    /// Writes `text` to `path`. Without `replace`, an existing file is
    /// kept and a free numbered name is used instead (plan-2.txt …);
    /// returns the path written.
    @discardableResult
    static func write(_ text: String, to path: String, replace: Bool) throws(FileError) -> String {
        let target = replace ? path : freeName(path)
        let temporary = target + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileError(action: .create, path: target, errno: errno) }
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
        if failure == 0 && rename(temporary, target) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw FileError(action: .write, path: target, errno: failure)
        }
        return target
    }

    /// `path` if nothing is there, else `stem-2.ext`, `stem-3.ext` …
    /// (the extension is everything after the first dot of the file name).
    static func freeName(_ path: String) -> String {
        guard access(path, F_OK) == 0 else { return path }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let dot = name.firstIndex(of: ".") ?? name.endIndex
        let head = path[..<dot]
        let tail = path[dot...]
        var n = 2
        while access("\(head)-\(n)\(tail)", F_OK) == 0 { n += 1 }
        return "\(head)-\(n)\(tail)"
    }

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
