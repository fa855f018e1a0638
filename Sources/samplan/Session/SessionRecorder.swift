import Glibc
import SamplanCore

/// Writes a session's transcript as it happens, and its plan on save.
/// The transcript file is created at the first input (an empty session
/// leaves nothing behind) and renamed after the parties once all are
/// known; records are synced as `durability` says.
final class SessionRecorder {
    let folder: String
    let header: TranscriptHeader
    var durability = Durability.everyRecord
    private var file: AppendFile?
    /// Records written since the last sync (`Durability.beforeWaiting`).
    private var unsynced = false
    private var named: Bool
    private var parties: [String]?
    /// Where this session's plan goes; chosen at the first save, then ours
    /// to replace.
    private(set) var planPath: String?
    /// The name a resumed session's plan had, for its first save.
    private var preferredPlanPath: String?
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

    /// Goes on with an existing transcript (resume). A last line torn by a
    /// crash is cut off first, so what is appended starts a line of its own.
    init(resuming file: AppendFile, transcript: Transcript) throws(FileError) {
        let path = file.path
        folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        header = transcript.header
        try file.endAfterLastCompleteLine()
        self.file = file
        written = transcript.records.map { $0.line + "\n" }
        // The file has its name already, whatever the parties say.
        named = true
        parties = transcript.parties
        // The plan goes beside the transcript, under the name it had (it may
        // be numbered), following a transcript that was moved or copied. But
        // a file already there was not written by this session: it gets a
        // numbered sibling, never replaced.
        preferredPlanPath = transcript.lastSavedPlan.map { saved in
            let name = saved.split(separator: "/").last.map(String.init) ?? saved
            return folder + "/" + name
        }
    }

    /// A resumed session goes on with its own plan file: the file under the
    /// name it last saved is replaced when it still holds exactly the draft
    /// this transcript wrote there (`draft`, rendered again from the
    /// answers only when a file is there). Anything else there was written
    /// by someone else and is kept; the plan then gets a numbered sibling.
    func adoptPlan(ifItHolds draft: @autoclosure () -> String) {
        guard let path = preferredPlanPath, let bytes = try? FileAccess.read(path), bytes.elementsEqual(draft().utf8) else { return }
        planPath = path
    }

    /// A follow-up's plan is a new file beside the transcript, under this
    /// name (numbered if a file is there already).
    func preferPlan(named stem: String) {
        planPath = nil
        preferredPlanPath = folder + "/" + stem + ".plan.txt"
    }

    /// Records written just before the first record of this run, and only
    /// if there is one: a follow-up left before anything was typed leaves
    /// nothing behind, as a session does.
    var beforeFirstRecord: [TranscriptRecord.Event] = []

    func record(_ events: [TranscriptRecord.Event]) throws(FileError) {
        guard !events.isEmpty else { return }
        if !beforeFirstRecord.isEmpty {
            let pending = beforeFirstRecord
            beforeFirstRecord = []
            do {
                try record(pending + events)
            } catch {
                beforeFirstRecord = pending
                throw error
            }
            return
        }
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
        let fresh = try Self.createWhole(path, header.text + written.joined())
        file = fresh
        onRecreated?(fresh.path)
    }

    private func openFile() throws(FileError) -> AppendFile {
        if let file { return file }
        try SafeWrite.makeFolder(folder)
        let stem = FileStem.provisional(date: header.today, milliseconds: Clock.millisecondsToday())
        let created = try Self.createWhole("\(folder)/\(stem).transcript", header.text)
        file = created
        return created
    }

    /// A new transcript at `path`, or at the next free numbered name beside
    /// it, that already holds `text` (the header, 60 KB of rules, and any
    /// records). It is written and synced under a hidden name of this
    /// process's own and then renamed without replacing: a kill during that
    /// write must not leave a transcript whose header is cut off, and two
    /// sessions starting at the same moment must not take each other's
    /// file. A failure leaves nothing behind.
    private static func createWhole(_ path: String, _ text: String) throws(FileError) -> AppendFile {
        let created = try createPartial(beside: path)
        do throws(FileError) {
            // Held from before the file has its name until this process
            // ends: a resume or follow-up of it started meanwhile is refused.
            guard try created.lockForWriting() else { throw FileError(action: .create, path: path, errno: EWOULDBLOCK) }
            try created.append(text)
            while true {
                do {
                    try created.rename(to: SafeWrite.freeName(path))
                    return created
                } catch  where error.errno == EEXIST {
                    // Taken since the look: the next free name.
                    continue
                }
            }
        } catch {
            created.discard()
            throw error
        }
    }

    /// A hidden file of this process's own beside `path`. One left by a
    /// killed run with the same pid (common in containers) is not reused:
    /// the next number is taken.
    private static func createPartial(beside path: String) throws(FileError) -> AppendFile {
        while true {
            do {
                return try AppendFile(creating: SafeWrite.uniqueHiddenName(beside: path, suffix: "partial"))
            } catch  where error.errno == EEXIST {
                continue
            }
        }
    }

    /// Records the parties when they change, and names the files after
    /// them the first time all are known.
    func noteParties(_ names: [String]) throws(FileError) {
        if parties == names { return }
        parties = names
        try record([.parties(names)])
        guard !named, let file else { return }
        named = true
        let stem = FileStem.make(date: header.today, names: names)
        var n = 1
        while true {
            let candidate = n == 1 ? stem : "\(stem)-\(n)"
            n += 1
            // A plan by that name belongs to another session.
            if SafeWrite.exists("\(folder)/\(candidate).plan.txt") { continue }
            do {
                try file.rename(to: "\(folder)/\(candidate).transcript")
                return
            } catch  where error.errno == EEXIST {
                continue
            }
        }
    }

    /// Writes the plan beside the transcript and records where.
    @discardableResult
    func savePlan(_ text: String) throws(FileError) -> String {
        let target: String
        if let planPath {
            target = try SafeWrite.write(text, to: planPath, replace: true)
        } else if let preferredPlanPath {
            target = try SafeWrite.write(text, to: preferredPlanPath, replace: false)
        } else {
            let base =
                transcriptPath.map { folder + "/" + FileStem.ofTranscript($0) }
                ?? "\(folder)/\(FileStem.provisional(date: header.today, milliseconds: Clock.millisecondsToday()))"
            try SafeWrite.makeFolder(folder)
            target = try SafeWrite.write(text, to: base + ".plan.txt", replace: false)
        }
        planPath = target
        try record([.saved(plan: target)])
        return target
    }
}
