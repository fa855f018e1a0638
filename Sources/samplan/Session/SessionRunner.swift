import SamplanCore

/// Drives the interview engine with lines from a reader, shows what
/// happens, and records it. The same loop serves the terminal, piped
/// input, resume, and replay (which has no recorder).
final class SessionRunner {
    private let interview: Interview
    private let reader: LineReader
    private let presenter: SessionPresenter
    private let screen: Screen
    private let recorder: SessionRecorder?
    private let planRenderer: PlanRenderer
    private(set) var state: SessionState
    /// The question whose text is on screen, to show it again only on change.
    private var shown: String?
    /// The last question recorded as asked.
    private var askedRecorded: String?
    /// A write failed: the session ends with this status.
    private var failure: Sysexit?
    /// A sync failed: answers already taken may not be on disk, so the
    /// session stops rather than accept more.
    private var syncFailed = false
    /// A write failed in a way that ends the session (`stopsAfterFailedWrite`,
    /// or a transcript that cannot be created at all).
    private var stopping = false

    private var language: Language { interview.language }
    private var rules: RuleBook { interview.rules }

    /// Where the transcript is, once there is one.
    var transcriptPath: String? { recorder?.transcriptPath }

    init(interview: Interview, reader: LineReader, screen: Screen, state: SessionState,
         recorder: SessionRecorder?, planRenderer: PlanRenderer) {
        self.interview = interview
        self.reader = reader
        self.screen = screen
        self.presenter = SessionPresenter(interview: interview, screen: screen)
        self.state = state
        self.recorder = recorder
        self.planRenderer = planRenderer
        let language = interview.language
        recorder?.onRecreated = { [screen] path in
            screen.say(SessionText.transcriptRecreated(path, language), tone: .warning, indent: "  ")
        }
        recorder?.durability = reader.durability
        reader.beforeWaiting = { [weak self] in self?.commit() }
    }

    func run() -> Sysexit {
        while let current = state.current, let question = rules.question(current) {
            if shown != current {
                shown = current
                presenter.show(question, state: state)
                reader.completer = Completion.completer(for: question, language: language)
            }
            switch reader.read(prompt: presenter.prompt(for: question, state: state)) {
            case .end:
                // A replay that ran out of recorded input ends with the status.
                if recorder == nil {
                    presenter.status(state)
                    return .ok
                }
                return leave(.eof)
            case .stopped:
                return leave(.hangup)
            case .interrupted:
                continue
            case .line(let line):
                if syncFailed { return failure ?? .ioError }
                if handle(line, question: question) == .quit { return leave(.quit) }
                if stopping { return stopAfterFailedWrite() }
            }
        }
        screen.blank()
        screen.say(SessionText.finished(language), tone: .good)
        presenter.status(state)
        return leave(.finished)
    }

    private enum Next { case goOn, quit }

    /// Longer lines are refused: an answer is a sentence or a paragraph,
    /// and a pasted document would swamp the plan.
    static let longestLine = 2_000
    /// Characters are grapheme clusters, and one can hold any number of
    /// combining marks: the bytes are limited too (four per character is
    /// far beyond Norwegian text).
    static let longestLineBytes = 4 * longestLine

    static func isTooLong(_ line: String) -> Bool {
        line.utf8.count > longestLineBytes || line.count > longestLine
    }

    private func handle(_ typed: String, question: Question) -> Next {
        // Escape sequences and control characters never reach the engine,
        // the transcript or the screen.
        let line = InputCleaner.clean(typed)
        // An identity number is refused before anything keeps it: not the
        // engine, the transcript, the plan, the history, or this message.
        if SessionRunner.isTooLong(line) {
            screen.say(SessionText.tooLong(SessionRunner.longestLine, language), tone: .bad, indent: "  ")
            return .goOn
        }
        // A long answer typed over several lines is kept joined: its lines
        // may not hold a number between them either (eleven lines can hold
        // one digit each).
        if IdentityNumber.contains(line)
            || !state.collecting.isEmpty && IdentityNumber.contains((state.collecting.suffix(10) + [line]).joined(separator: "\n")) {
            screen.say(SessionText.identityNumberRefused(language), tone: .bad, indent: "  ")
            return .goOn
        }
        switch SlashCommand.parse(line) {
        case .answer:
            if apply(.line(line)), !line.isEmpty { reader.remember(line) }
        case .unknown(let name):
            screen.say(SessionText.unknownCommand(name, language), tone: .bad, indent: "  ")
        case .command(let command):
            switch command {
            case .help: screen.lines(SessionHelp.lines(language, width: screen.console.width - 3), indent: "  ")
            case .back: apply(.back)
            case .skip: apply(.skip)
            case .why: presenter.why(question)
            case .status: presenter.status(state)
            case .plan: presenter.planPreview(plan())
            case .save: save(announce: true)
            case .edit(let number?): apply(.edit(number))
            case .edit(nil): screen.say(SessionText.editUsage(language), tone: .bad, indent: "  ")
            case .quit: return .quit
            }
        }
        return .goOn
    }

    /// One step of the engine, on screen only once it is on disk; false
    /// when the identity-number guard refused it (and nothing changed).
    @discardableResult
    private func apply(_ input: SessionInput) -> Bool {
        let before = state.current
        guard let recorder else {
            // A replay writes nothing, so nothing to undo: step in place.
            // (A copy per step made a long answer of many lines quadratic.)
            show(interview.step(&state, input), before: before)
            return true
        }
        let (next, events) = interview.step(state, input)
        let records = StepRecords.events(rules: rules, language: language, askedRecorded: askedRecorded,
                                         before: before, input: input, events: events, after: next.current)
        // What would be written, as written: records, and the file name the
        // parties make together.
        if records.contains(where: { IdentityNumber.contains(TranscriptRecord(time: 0, $0).writtenText) })
            || namesParty(events) && parties(next).map({ revealsIdentityNumber($0, recorder) }) == true {
            screen.say(SessionText.identityNumberRefused(language), tone: .bad, indent: "  ")
            return false
        }
        do {
            try recorder.record(records)
        } catch {
            // Not on disk, so not accepted: the question stays.
            complain(error)
            if reader.stopsAfterFailedWrite || error.action == .create { stopping = true }
            return true
        }
        askedRecorded = next.current ?? askedRecorded
        state = next
        show(events, before: before)
        noteParties()
        return true
    }

    private func show(_ events: [SessionEvent], before: String?) {
        for event in events { presenter.render(event, state: state) }
        if state.current == before, case .advice? = events.last { presenter.adviceKeepHint() }
        if state.current != before { shown = nil }
    }

    /// The parties as their record and the file name will hold them: the
    /// name is cut at 40 letters and keeps ASCII only, the record neither.
    private func revealsIdentityNumber(_ parties: (dps: String, nav: String), _ recorder: SessionRecorder) -> Bool {
        IdentityNumber.contains(recorder.stem(dps: parties.dps, nav: parties.nav))
            || IdentityNumber.contains(TranscriptRecord(time: 0, .parties(dps: parties.dps, nav: parties.nav)).writtenText)
    }

    private func namesParty(_ events: [SessionEvent]) -> Bool {
        events.contains { if case .answered(let id, _) = $0 { id == "dps_unit" || id == "nav_office" } else { false } }
    }

    /// The DPS unit and the NAV office, once both are answered (rules files
    /// use the question ids `dps_unit` and `nav_office` for them).
    private func parties(_ state: SessionState) -> (dps: String, nav: String)? {
        let answers = interview.answers(state)
        guard case .text(let dps)? = answers["dps_unit"], case .text(let nav)? = answers["nav_office"] else { return nil }
        return (dps, nav)
    }

    /// The parties name the files.
    private func noteParties() {
        guard let parties = parties(state) else { return }
        do {
            try recorder?.noteParties(dps: parties.dps, nav: parties.nav)
        } catch {
            complain(error, ending: false)
        }
    }

    /// The plan as it would be written. Every answer in it has passed the
    /// identity-number guard; the last look over the whole text is for
    /// answers that meet in one line of it.
    private func plan() -> String {
        IdentityNumber.masked(planRenderer.render(PlanContext(rules: rules, state: state, language: language)))
    }

    /// Writes the plan; silent when nothing has been recorded yet.
    private func save(announce: Bool) {
        guard let recorder, recorder.transcriptPath != nil else {
            if announce { screen.say(SessionText.nothingToSave(language), tone: .dim, indent: "  ") }
            return
        }
        do {
            let path = try recorder.savePlan(plan())
            if announce { screen.say(SessionText.saved(path, language), tone: .good, indent: "  ") }
        } catch {
            complain(error)
        }
    }

    private func leave(_ reason: TranscriptRecord.EndReason) -> Sysexit {
        if reason == .quit || reason == .eof { screen.say(SessionText.goodbye(language)) }
        guard let recorder, recorder.transcriptPath != nil else { return failure ?? .ok }
        save(announce: false)
        do {
            try recorder.record([.ended(reason)])
        } catch {
            complain(error)
        }
        commit()
        if let transcript = recorder.transcriptPath {
            // Paths are printed whole, never wrapped: people copy them.
            for line in SessionText.files(plan: recorder.planPath, transcript: transcript, language).split(separator: "\n") {
                print("  " + line)
            }
        }
        return failure ?? .ok
    }

    /// After a write that ends the session: what is on disk stays, and the
    /// transcript is named so the session can be resumed once the fault is
    /// fixed; nothing more is written.
    private func stopAfterFailedWrite() -> Sysexit {
        commit()
        if let transcript = recorder?.transcriptPath {
            for line in SessionText.files(plan: recorder?.planPath, transcript: transcript, language).split(separator: "\n") {
                print("  " + line)
            }
        }
        return failure ?? .ioError
    }

    /// Makes what is recorded durable (`Durability.beforeWaiting`).
    private func commit() {
        do {
            try recorder?.commit()
        } catch {
            syncFailed = true
            Console.dropHeldOutput()
            Console.error("samplan: " + error.message(in: language))
            failure = error.exit
        }
    }

    /// A write failed. The message flushes stdout, so what is recorded is
    /// made durable first: held output never leaves ahead of its records.
    private func complain(_ error: FileError, ending: Bool = true) {
        commit()
        Console.error("samplan: " + error.message(in: language))
        if ending { failure = error.exit }
    }
}

/// What Tab offers: commands after a slash, otherwise a choice's options.
enum Completion {
    static func completer(for question: Question, language: Language) -> @Sendable (String) -> [String] {
        let commands = SlashCommand.names(for: language)
        var labels: [String] = []
        var multiple = false
        if case .choice(let options, let many) = question.kind {
            labels = options.map { $0.label[language] }
            multiple = many
        }
        return { [labels, multiple] before in
            if before.hasPrefix("/") {
                return commands.filter { $0.hasPrefix(before.lowercased()) }
            }
            // With several choices, complete the part after the last comma.
            var head = ""
            var word = before
            if multiple, let comma = before.lastIndex(of: ",") {
                head = String(before[...comma]) + " "
                word = before[before.index(after: comma)...].trimmingPrefixSpaces
            }
            let lowered = word.lowercased()
            return labels.filter { $0.lowercased().hasPrefix(lowered) }.map { head + $0 }
        }
    }
}

extension StringProtocol {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
