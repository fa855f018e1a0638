import Glibc
import SamplanCore

/// A file samplan could not write or read, with the errno behind it.
struct FileError: Error {
    enum Action { case create, write, read, rename }
    let action: Action
    let path: String
    let errno: Int32

    var exit: Sysexit { action == .create ? .cannotCreate : .ioError }

    func message(in language: Language) -> String {
        let reason = String(cString: strerror(errno))
        let words = language.words
        switch action {
        case .create: return words.cannotCreate(path, reason: reason)
        case .write: return words.cannotWrite(path, reason: reason)
        case .read: return words.cannotRead(path, reason: reason)
        case .rename: return words.cannotRename(path, reason: reason)
        }
    }
}
