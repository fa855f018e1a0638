import Glibc
import SamplanCore

/// Writes a session's transcript as it happens, and its plan on save.
/// The transcript file is created at the first input (an empty session
/// leaves nothing behind) and renamed after the parties once both are
/// known; records are synced as `durability` says.
final class SessionRecorder {
    let folder: String
    let header: TranscriptHeader
    var durability = Durability.everyRecord
    private var file: AppendFile?
    /// Records written since the last sync (`Durability.beforeWaiting`).
    private var unsynced = false
    private var named: Bool
    private var parties: (dps: String, nav: String)?
    /// Where this session's plan goes; chosen at the first save, then ours
    /// to replace.
    private(set) var planPath: String?
    /// Every record line written, to write the whole transcript again if
    /// the file is deleted or moved during the session.
    private var written: [String] = []
    /// Said once on screen when the transcript had to be written again.
    var onRecreated: ((String) -> Void)?

    var transcriptPath: String? { file?.path }

    init(folder: String, header: TranscriptHeader) {
        self.folder = folder
        self.header = header
        named = false
    }

    /// Goes on with an existing transcript (resume).
    init(resuming path: String, transcript: Transcript) throws(FileError) {
        folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        header = transcript.header
        file = try AppendFile(appendingTo: path)
        written = transcript.records.map { $0.line + "\n" }
        named = transcript.parties != nil
        parties = transcript.parties
        // The plan lives beside the transcript: keep its file name (it may
        // be numbered) but follow a transcript that was moved or copied.
        planPath = transcript.lastSavedPlan.map { saved in
            let name = saved.split(separator: "/").last.map(String.init) ?? saved
            return folder + "/" + name
        }
    }

    func record(_ events: [TranscriptRecord.Event]) throws(FileError) {
        guard !events.isEmpty else { return }
        let file = try openFile()
        let now = Clock.millisecondsToday()
        let lines = events.map { TranscriptRecord(time: now, $0).line + "\n" }
        if !file.isStillAtPath { try recreate(at: file.path) }
        let syncNow = durability == .everyRecord
        try self.file?.append(lines.joined(), sync: syncNow)
        unsynced = !syncNow
        written += lines
    }

    /// Makes every record written so far durable.
    func commit() throws(FileError) {
        guard unsynced, let file else { return }
        try file.sync()
        unsynced = false
    }

    /// The transcript was deleted or moved away: write all of it again at
    /// its path (or a free name beside it) and go on there.
    private func recreate(at path: String) throws(FileError) {
        let fresh = try Self.createWhole(SafeWrite.freeName(path), header.text + written.joined())
        file = fresh
        onRecreated?(fresh.path)
    }

    private func openFile() throws(FileError) -> AppendFile {
        if let file { return file }
        try SafeWrite.makeFolder(folder)
        let stem = FileStem.provisional(date: header.today, milliseconds: Clock.millisecondsToday())
        let created = try Self.createWhole(SafeWrite.freeName("\(folder)/\(stem).transcript"), header.text)
        file = created
        return created
    }

    /// A new transcript at `path` that already holds `text` (the header, 60
    /// KB of rules, and any records). It is written and synced under a
    /// hidden name and then renamed: a kill during that write must not
    /// leave a transcript whose header is cut off, which nothing can read
    /// or resume. A failure leaves nothing behind.
    private static func createWhole(_ path: String, _ text: String) throws(FileError) -> AppendFile {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let partial = String(path[..<slash]) + "." + path[slash...] + ".partial"
        // One left by a session killed while writing it holds no answers.
        unlink(partial)
        let created = try AppendFile(creating: partial)
        do {
            try created.append(text)
            try created.rename(to: path)
        } catch {
            created.discard()
            throw error
        }
        return created
    }

    /// Records the parties when they change, and names the files after
    /// them the first time both are known.
    func noteParties(dps: String, nav: String) throws(FileError) {
        if let parties, parties.dps == dps, parties.nav == nav { return }
        parties = (dps, nav)
        try record([.parties(dps: dps, nav: nav)])
        guard !named, let file else { return }
        named = true
        let stem = FileStem.make(date: header.today, dps: dps, nav: nav)
        var n = 1
        var candidate = stem
        while fileExists("\(folder)/\(candidate).transcript") || fileExists("\(folder)/\(candidate).plan.txt") {
            n += 1
            candidate = "\(stem)-\(n)"
        }
        try file.rename(to: "\(folder)/\(candidate).transcript")
    }

    /// Writes the plan beside the transcript and records where.
    @discardableResult
    func savePlan(_ text: String) throws(FileError) -> String {
        let target: String
        if let planPath {
            target = try SafeWrite.write(text, to: planPath, replace: true)
        } else {
            let base = transcriptPath.map { String($0.dropLast(".transcript".count)) }
                ?? "\(folder)/\(FileStem.provisional(date: header.today, milliseconds: Clock.millisecondsToday()))"
            try SafeWrite.makeFolder(folder)
            target = try SafeWrite.write(text, to: base + ".plan.txt", replace: false)
        }
        planPath = target
        try record([.saved(plan: target)])
        return target
    }

    private func fileExists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}
