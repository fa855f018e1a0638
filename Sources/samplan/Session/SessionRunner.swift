import SamplanCore

/// Reads lines for a `SessionDriver` and carries out what it asks: records
/// made durable before their outcome is shown, the parties noted, the plan
/// saved, the session left. New sessions and resume run through it; replay
/// feeds recorded inputs to the driver itself (`ReplayCommand`).
final class SessionRunner {
    private var driver: SessionDriver
    private let reader: LineReader
    private let recorder: SessionRecorder
    private let output: any SessionOutput
    private var out: SessionOutputStream
    /// A write failed: the session ends with this status.
    private var failure: Sysexit?
    /// A sync failed: answers already taken may not be on disk, so the
    /// session stops rather than accept more.
    private var syncFailed = false

    private var language: Language { driver.interview.language }

    /// Where the transcript is, once there is one.
    var transcriptPath: String? { recorder.transcriptPath }

    init(driver: SessionDriver, reader: LineReader, recorder: SessionRecorder, output: any SessionOutput = TerminalOutput()) {
        self.driver = driver
        self.reader = reader
        self.recorder = recorder
        self.output = output
        out = SessionOutputStream(output: output)
        let (screen, language) = (driver.presenter.screen, driver.interview.language)
        recorder.onRecreated = { path in
            var out = SessionOutputStream(output: output)
            screen.say(language.words.transcriptRecreated(path), tone: .warning, indent: "  ", to: &out)
        }
        recorder.durability = reader.durability
        reader.beforeWaiting = { [weak self] in self?.commit() }
    }

    func run() -> Sysexit {
        while let ask = driver.ask(into: &out) {
            reader.prepare(for: ask)
            switch reader.read(prompt: InputCleaner.clean(ask.prompt)) {
            case .end: return leave(.eof)
            case .stopped: return leave(.hangup)
            case .interrupted: continue
            case .line(let line):
                if syncFailed { return failure ?? .ioError }
                // Every line typed is under the arrow keys, a refused one
                // too: it is mended, not typed again (in memory only; never
                // one holding an identity number).
                if !line.trimmingSpaces.isEmpty, !IdentityNumber.containsInAnyReading(line) { reader.remember(line) }
                switch driver.handle(line, into: &out) {
                case .shown: break
                case .record(let step): if !take(step) { return stopAfterFailedWrite() }
                case .save: save(announce: true)
                case .quit: return leave(.quit)
                }
            }
        }
        driver.presenter.finished(driver.state, to: &out)
        return leave(.finished)
    }

    /// Records a step and shows it; false when the session must stop: a
    /// piped session's next lines would answer the wrong questions, and a
    /// transcript that cannot be created will not be created by retrying.
    private func take(_ step: SessionDriver.Pending) -> Bool {
        do {
            try recorder.record(step.records)
        } catch {
            // Not on disk, so not accepted: the question stays, and the
            // answer is still under the arrow keys for typing it again.
            complain(error)
            return !(reader.stopsAfterFailedWrite || error.action == .create)
        }
        driver.accept(step, into: &out)
        if let parties = driver.parties {
            do {
                try recorder.noteParties(parties)
            } catch {
                complain(error, ending: false)
            }
        }
        return true
    }

    /// Writes the plan; silent when nothing has been recorded yet.
    private func save(announce: Bool) {
        guard recorder.transcriptPath != nil, recorder.beforeFirstRecord.isEmpty else {
            if announce { driver.presenter.screen.say(language.words.nothingToSave, tone: .dim, indent: "  ", to: &out) }
            return
        }
        do {
            let path = try recorder.savePlan(driver.plan())
            if announce { driver.presenter.screen.say(language.words.saved(path), tone: .good, indent: "  ", to: &out) }
        } catch {
            complain(error)
        }
    }

    private func leave(_ reason: TranscriptRecord.EndReason) -> Sysexit {
        if reason == .quit || reason == .eof { driver.presenter.screen.say(language.words.goodbye, to: &out) }
        // Nothing typed in a follow-up: nothing to save, end or name.
        guard recorder.transcriptPath != nil, recorder.beforeFirstRecord.isEmpty else { return failure ?? .ok }
        save(announce: false)
        do {
            try recorder.record([.ended(reason)])
        } catch {
            complain(error)
        }
        commit()
        if let transcript = recorder.transcriptPath {
            output.left(reason, plan: recorder.planPath, transcript: transcript, language: language)
        }
        return failure ?? .ok
    }

    /// After a write that ends the session: what is on disk stays, and the
    /// transcript is named so the session can be resumed once the fault is
    /// fixed; nothing more is written.
    private func stopAfterFailedWrite() -> Sysexit {
        commit()
        if let transcript = recorder.transcriptPath {
            output.left(.hangup, plan: recorder.planPath, transcript: transcript, language: language)
        }
        return failure ?? .ioError
    }

    /// Makes what is recorded durable (`Durability.beforeWaiting`).
    private func commit() {
        do {
            try recorder.commit()
        } catch {
            syncFailed = true
            output.dropHeld()
            output.fault("samplan: " + error.message(in: language))
            failure = error.exit
        }
    }

    /// A write failed. The message flushes stdout, so what is recorded is
    /// made durable first: held output never leaves ahead of its records.
    private func complain(_ error: FileError, ending: Bool = true) {
        commit()
        output.fault("samplan: " + error.message(in: language))
        if ending { failure = error.exit }
    }
}
