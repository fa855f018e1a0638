import Dispatch
import Foundation
import SamplanCore

/// The transcripts under the paths given, in path order. In a folder only
/// files named `*.transcript` are read (plans, letters and hidden files
/// beside them are passed over quietly); a transcript that cannot be read
/// is skipped with a one-line warning naming it.
///
/// Reading and replaying a transcript is independent of every other, so
/// it runs on every core, a batch at a time; results and warnings come
/// back in path order, and only a batch is held at once.
struct TranscriptWalk {
    let paths: [String]
    let language: Language
    private(set) var skipped = 0
    private(set) var missing = 0
    /// Warnings kept for `printHeldWarnings` rather than written at once.
    private let holdingWarnings: Bool
    private var held: [String] = []

    init(paths: [String], language: Language, holdingWarnings: Bool = false) {
        self.paths = paths
        self.language = language
        self.holdingWarnings = holdingWarnings
    }

    /// The warnings held back, written now (standard error).
    mutating func printHeldWarnings() {
        held.forEach { Console.error($0) }
        held = []
    }

    private mutating func complain(_ message: String) {
        if holdingWarnings { held.append(message) } else { Console.error(message) }
    }

    private enum Entry {
        case missing(String)
        case transcript(String)

        var transcriptPath: String? {
            if case .transcript(let file) = self { file } else { nil }
        }
    }

    /// Each transcript as `transform` makes it (on any thread), handed to
    /// `body` in path order on this one.
    mutating func forEach<T: Sendable>(
        _ transform: @escaping @Sendable (String, Transcript, RuleBook) throws(TranscriptProblem) -> T,
        _ body: (String, T) -> Void
    ) {
        let entries = self.entries()
        let workers = Workers(count: max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)))
        var start = 0
        while start < entries.count {
            let batch = Array(entries[start..<min(start + Self.batchSize, entries.count)])
            start += batch.count
            for (entry, outcome) in zip(batch, workers.run(batch.map(\.transcriptPath), transform)) {
                report(entry, outcome, body)
            }
        }
    }

    /// Enough to keep the cores busy; few enough to hold.
    private static let batchSize = 64

    private mutating func report<T>(_ entry: Entry, _ outcome: Outcome<T>?, _ body: (String, T) -> Void) {
        switch (entry, outcome) {
        case (.missing(let path), _):
            warn(path, language.words.doesNotExist)
            missing += 1
        case (.transcript(let file), .read(let value, let warnings)?):
            for warning in warnings { complain("samplan: " + warning.message(file: file, in: language)) }
            body(file, value)
        case (.transcript(let file), .problem(let problem)?):
            complain(language.words.skipping(problem.message(file: file, in: language)))
            skipped += 1
        case (.transcript, .unreadable(let problem)?):
            complain(problem.message(in: language) + language.words.skippingIt)
            skipped += 1
        case (.transcript(let file), nil):
            warn(file, language.words.cannotBeRead)
            skipped += 1
        }
    }

    private func entries() -> [Entry] {
        var entries: [Entry] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                entries.append(.missing(path))
                continue
            }
            guard isFolder.boolValue else {
                entries.append(.transcript(path))
                continue
            }
            for file in Self.files(under: path) {
                let name = (file as NSString).lastPathComponent
                // In a folder, a transcript is known by its name: plans,
                // letters, READMEs and hidden files beside them are passed
                // over quietly. A file named on the command line is read.
                if name.hasPrefix(".") || !name.hasSuffix(".transcript") { continue }
                entries.append(.transcript(file))
            }
        }
        return entries
    }

    private mutating func warn(_ file: String, _ reason: String) {
        complain(language.words.skipping(file, because: reason))
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
