import Foundation
import SamplanCore

/// The transcripts under the paths given, one at a time, in path order, so
/// a whole event is read without holding it. Plans beside transcripts and
/// hidden files are passed over quietly; anything else that is not a
/// readable transcript is skipped with a one-line warning naming it.
struct TranscriptWalk {
    let paths: [String]
    let language: Language
    private(set) var skipped = 0
    private(set) var missing = 0
    /// Parsed rules by their hash: an event's sessions share a few.
    private var rules: [String: RuleBook] = [:]

    init(paths: [String], language: Language) {
        self.paths = paths
        self.language = language
    }

    mutating func forEach(_ body: (String, Transcript, RuleBook) -> Void) {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                warn(path, language == .nb ? "finnes ikke" : "does not exist")
                missing += 1
                continue
            }
            let files = isFolder.boolValue ? Self.files(under: path) : [path]
            for file in files {
                let name = (file as NSString).lastPathComponent
                if isFolder.boolValue && (name.hasPrefix(".") || name.hasSuffix(".plan.txt")) { continue }
                if isFolder.boolValue && !name.hasSuffix(".transcript") {
                    warn(file, language == .nb ? "ikke en transkripsjon" : "not a transcript")
                    skipped += 1
                    continue
                }
                guard let (transcript, book) = read(file) else { continue }
                body(file, transcript, book)
            }
        }
    }

    private mutating func read(_ file: String) -> (Transcript, RuleBook)? {
        guard let data = FileManager.default.contents(atPath: file) else {
            warn(file, language == .nb ? "kan ikke leses" : "cannot be read")
            skipped += 1
            return nil
        }
        do {
            let transcript = try Transcript.parse(String(decoding: data, as: UTF8.self))
            for warning in transcript.warnings { Console.error("samplan: " + warning.message(file: file, in: language)) }
            if let book = rules[transcript.header.rulesHash] { return (transcript, book) }
            let book = try transcript.rules(file: file)
            rules[transcript.header.rulesHash] = book
            return (transcript, book)
        } catch {
            Console.error("samplan: " + (language == .nb ? "hopper over, " : "skipping, ") + error.message(file: file, in: language))
            skipped += 1
            return nil
        }
    }

    private func warn(_ file: String, _ reason: String) {
        Console.error(language == .nb ? "samplan: hopper over \(file): \(reason)" : "samplan: skipping \(file): \(reason)")
    }

    /// Regular files under a folder, recursively, sorted by path.
    static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue { files.append(full) }
        }
        return files.sorted()
    }

    /// 66 when a path was missing, 65 when anything was skipped, else 0.
    var exit: Sysexit { missing > 0 ? .noInput : (skipped > 0 ? .dataError : .ok) }
}
