import Glibc

/// An append-only file readable by its owner only, synced to disk after
/// every append: what is acknowledged on screen is on disk.
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
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(action: .write, path: path, errno: errno) }
        self.path = path
        descriptor = fd
    }

    deinit { close(descriptor) }

    func append(_ text: String) throws(FileError) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError(action: .write, path: path, errno: errno)
            }
            bytes = bytes.dropFirst(written)
        }
        guard fdatasync(descriptor) == 0 else { throw FileError(action: .write, path: path, errno: errno) }
    }

    /// Renames the open file (its descriptor stays valid); refuses to
    /// replace an existing file.
    func rename(to newPath: String) throws(FileError) {
        guard access(newPath, F_OK) != 0 else { throw FileError(action: .rename, path: newPath, errno: EEXIST) }
        guard Glibc.rename(path, newPath) == 0 else { throw FileError(action: .rename, path: path, errno: errno) }
        path = newPath
    }
}
