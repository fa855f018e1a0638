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
        switch (action, language) {
        case (.create, .nb): return "Kan ikke opprette «\(path)»: \(reason)."
        case (.create, .en): return "Cannot create “\(path)”: \(reason)."
        case (.write, .nb): return "Kan ikke skrive til «\(path)»: \(reason)."
        case (.write, .en): return "Cannot write to “\(path)”: \(reason)."
        case (.read, .nb): return "Kan ikke lese «\(path)»: \(reason)."
        case (.read, .en): return "Cannot read “\(path)”: \(reason)."
        case (.rename, .nb): return "Kan ikke gi «\(path)» nytt navn: \(reason)."
        case (.rename, .en): return "Cannot rename “\(path)”: \(reason)."
        }
    }
}
