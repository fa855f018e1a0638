import Glibc
import SamplanCore

/// The transcripts under a folder as they are written: each `look` reads
/// again only the files whose size or time of change moved since the last,
/// so a coordinator's view follows 130 tables at a look a second. What it
/// holds is what the files say: nothing else is stored.
final class FolderWatch {
    let folder: String
    /// False: only whether files changed is kept (`summary --watch`
    /// summarises the folder itself), not what they say.
    let reading: Bool
    private let reader = TranscriptReader()
    private var known: [String: Entry] = [:]

    private struct Stamp: Equatable {
        let size: Int
        let seconds: Int
        let nanoseconds: Int
    }

    private struct Entry {
        let stamp: Stamp
        /// Nil for a file that is no readable transcript (yet).
        let seen: EventBoard.Seen?
        let plan: String?
    }

    init(folder: String, reading: Bool = true) {
        self.folder = folder
        self.reading = reading
    }

    /// Reads what changed since the last look; true when anything did
    /// (a file new, changed or gone).
    @discardableResult
    func look() -> Bool {
        var changed = false
        var present: Set<String> = []
        for path in TranscriptWalk.files(under: folder) where path.hasSuffix(".transcript") {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name.hasPrefix(".") { continue }
            guard let stamp = Self.stamp(path) else { continue }
            present.insert(path)
            if known[path]?.stamp == stamp { continue }
            known[path] = reading ? read(path, stamp: stamp) : Entry(stamp: stamp, seen: nil, plan: nil)
            changed = true
        }
        for path in known.keys where !present.contains(path) {
            known[path] = nil
            changed = true
        }
        return changed
    }

    /// Every readable session, by path.
    var sessions: [EventBoard.Seen] { known.keys.sorted().compactMap { known[$0]?.seen } }

    /// The plan the session in `file` saved last, where it is now: beside the transcript.
    func plan(of file: String) -> String? { known[file]?.plan }

    private func read(_ path: String, stamp: Stamp) -> Entry {
        guard let bytes = try? FileAccess.read(path), let (transcript, rules) = try? reader.read(bytes, file: path),
            let summary = try? SessionSummary(file: path, transcript: transcript, rules: rules)
        else { return Entry(stamp: stamp, seen: nil, plan: nil) }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let plan = transcript.lastSavedPlan.map { folder + "/" + ($0.split(separator: "/").last.map(String.init) ?? $0) }
        return Entry(
            stamp: stamp,
            seen: EventBoard.Seen(summary: summary, stopped: EventBoard.Seen.stopped(transcript), lastWritten: stamp.seconds, rules: rules),
            plan: plan)
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Stamp(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}
