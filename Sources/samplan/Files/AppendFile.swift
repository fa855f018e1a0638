internal import CSamplanLibc
import Glibc

/// An append-only file readable by its owner only, synced to disk after
/// every append or when told (`Durability`): what is acknowledged on
/// screen is on disk.
final class AppendFile {
    private(set) var path: String
    private let descriptor: Int32

    /// Creates a new file; never opens an existing one (O_EXCL).
    init(creating path: String) throws(FileError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileError(action: .create, path: path, errno: errno) }
        self.path = path
        descriptor = fd
    }

    /// Opens an existing file to go on appending (resume).
    init(appendingTo path: String) throws(FileError) {
        // Read too: a torn last line is found by reading the end.
        // Without blocking: a FIFO at the path must not make us wait.
        let fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw FileError(action: .write, path: path, errno: errno) }
        self.path = path
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Takes the file for this process alone, for as long as it stays open
    /// (an exclusive `flock` on the open file, which a rename keeps and a
    /// crash or kill -9 gives back). False when another process holds it.
    func lockForWriting() throws(FileError) -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw FileError(action: .write, path: path, errno: errno)
        }
        return true
    }

    /// Whether `other` (a descriptor such as standard input) is this very file.
    func isSameFile(as other: Int32) -> Bool {
        var mine = stat(), theirs = stat()
        guard fstat(descriptor, &mine) == 0, fstat(other, &theirs) == 0 else { return false }
        return mine.st_dev == theirs.st_dev && mine.st_ino == theirs.st_ino
    }

    /// Whether the open file is a regular file (not a FIFO, device or folder).
    var isRegularFile: Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// False when the file was deleted, or moved and something else (or
    /// nothing) is at the path now: appends would go nowhere anyone looks.
    var isStillAtPath: Bool {
        var open = stat(), named = stat()
        guard fstat(descriptor, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Removes a file that could not be written in full.
    func discard() { unlink(path) }

    /// Appends and (unless told not to) syncs, or, on failure (a full
    /// disk), cuts the file back to where it was so no torn line is left
    /// for later appends to follow.
    func append(_ text: String, sync: Bool = true) throws(FileError) {
        let before = lseek(descriptor, 0, SEEK_END)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let failure = errno
                if before >= 0 { _ = ftruncate(descriptor, before) }
                throw FileError(action: .write, path: path, errno: failure)
            }
            bytes = bytes.dropFirst(written)
        }
        if sync { try self.sync() }
    }

    /// Everything appended so far, on disk.
    func sync() throws(FileError) {
        guard fdatasync(descriptor) == 0 else { throw FileError(action: .write, path: path, errno: errno) }
    }

    /// Renames the open file (its descriptor stays valid); refuses, with
    /// EEXIST, to replace anything at `newPath`, even something created
    /// there a moment ago by another session.
    func rename(to newPath: String) throws(FileError) {
        guard samplan_rename_noreplace(path, newPath) == 0 else {
            throw FileError(action: .rename, path: errno == EEXIST ? newPath : path, errno: errno)
        }
        path = newPath
    }

    /// Cuts off a last line that has no newline (a write torn by a crash
    /// or a full disk) and syncs, so the next append starts a line of its
    /// own instead of joining the torn one into a record nothing can read.
    /// Returns the number of bytes removed.
    @discardableResult
    func endAfterLastCompleteLine() throws(FileError) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(action: .read, path: path, errno: errno) }
        let size = Int(info.st_size)
        var end = size
        var chunk = [UInt8](repeating: 0, count: 4096)
        scan: while end > 0 {
            let start = max(0, end - chunk.count)
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, end - start, off_t(start)) }
            guard count == end - start else { throw FileError(action: .read, path: path, errno: count < 0 ? errno : EIO) }
            for index in stride(from: count - 1, through: 0, by: -1) where chunk[index] == 10 {
                end = start + index + 1
                break scan
            }
            end = start
        }
        // No newline at all is no transcript: leave such a file alone.
        guard end > 0, end < size else { return 0 }
        guard ftruncate(descriptor, off_t(end)) == 0 else { throw FileError(action: .write, path: path, errno: errno) }
        try sync()
        return size - end
    }
}
