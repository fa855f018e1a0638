import SamplanCore

/// How a session begins, at a terminal (`new`, `resume`, `oppfølging`) and
/// at a table's page (`serve`): the driver and the recorder a
/// `SessionRunner` goes on with, and what is said before the first
/// question. Faults go to the output and end in `ExitCodeError`.
enum SessionOpening {
    /// A new session; with a roster's table, the pair confirms the
    /// parties it names and the transcript records the table's number.
    static func new(
        book: RuleBook, rulesText: String, seat: Roster.Table?, renderer: PlanRenderer, language: Language,
        today: LocalDate, screen: ScreenWriter, folder: String
    ) -> (SessionDriver, SessionRecorder) {
        let interview = Interview(rules: book, language: language)
        let header = TranscriptHeader(
            samplanVersion: SamplanVersion.current, rulesID: book.id, rulesVersion: book.version,
            rulesText: rulesText, language: language, today: today, started: Clock.nowISO())
        var driver = SessionDriver(
            interview: interview, screen: screen, state: interview.start(today: today), planRenderer: renderer)
        if let seat {
            driver.defaults = book.rosterDefaults(seat)
            driver.firstRecords = [.table(seat.number)]
        }
        return (driver, SessionRecorder(folder: folder, header: header))
    }

    /// An interrupted session, at `state`, appending to its transcript.
    static func resumed(
        file: AppendFile, recorded: Transcript, book: RuleBook, state: SessionState, renderer: PlanRenderer,
        screen: ScreenWriter, output: any SessionOutput
    ) throws(ExitCodeError) -> (SessionDriver, SessionRecorder) {
        let language = recorded.header.language
        let interview = Interview(rules: book, language: language)
        let answered = interview.answers(state)
        var out = SessionOutputStream(output: output)
        screen.say(
            language.words.welcomeBack(
                answered: answered.answeredCount, of: answered.applicable.count, since: recorded.header.today.norwegian),
            tone: .strong, to: &out)
        let recorder: SessionRecorder
        do {
            recorder = try SessionRecorder(resuming: file, transcript: recorded)
            try recorder.record([.resumed(at: Clock.nowISO())])
        } catch {
            output.fault("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
        let driver = SessionDriver(interview: interview, screen: screen, state: state, planRenderer: renderer)
        // The draft as the last save wrote it: answers may have been taken
        // after it (a crash before the next save).
        recorder.adoptPlan(
            ifItHolds: {
                guard let saved = recorded.asOfLastSave, case .session(let then)? = try? Resumption(transcript: saved, rules: book) else {
                    return driver.plan()
                }
                return SessionDriver(interview: interview, screen: screen, state: then, planRenderer: renderer).plan()
            }())
        return (driver, recorder)
    }

    /// A follow-up, new or continued: the same driver and recorder, with
    /// the follow-up's questions; its plan is a note beside the agreement.
    /// - Parameter asking: the follow-up rules a new follow-up asks by; one
    ///   being continued keeps those it began with.
    static func followup(
        file: AppendFile, recorded: Transcript, rules: RuleBook, asking: FollowupRules, language: Language,
        today: LocalDate, screen: ScreenWriter, output: any SessionOutput
    ) throws(ExitCodeError) -> (SessionDriver, SessionRecorder) {
        let history = try TranscriptSource.history(recorded, rules: rules, path: file.path, language: language)
        let opening: FollowupOpening
        do {
            opening = try FollowupOpening(
                history: history, sessionDate: recorded.header.today, today: today,
                asking: asking, language: language, transcript: file.path, now: Clock.nowISO())
        } catch {
            output.fault(error.message(transcript: file.path, in: language))
            throw ExitCodeError(.dataError)
        }
        let recorder: SessionRecorder
        do {
            recorder = try SessionRecorder(resuming: file, transcript: recorded)
            if !opening.records.isEmpty { try recorder.record(opening.records) }
        } catch {
            output.fault("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
        recorder.beforeFirstRecord = opening.beforeFirstRecord
        var out = SessionOutputStream(output: output)
        for line in opening.greeting { screen.say(line.text, tone: line.tone, to: &out) }
        recorder.preferPlan(named: opening.planStem)
        let renderer = try PlanTemplates.renderer(language: language, template: nil, rulesPath: nil, rulesID: rules.id)
        var driver = SessionDriver(
            interview: opening.pass.interview, screen: screen, state: opening.pass.state, planRenderer: renderer)
        // A follow-up never rewrites the signed agreement: it writes a note,
        // with an amendment where commitments changed.
        let note = PlanRenderer.followupNote(language)
        driver.planMaker = { state in opening.plan(state, renderer: note) }
        return (driver, recorder)
    }
}
