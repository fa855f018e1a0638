import SamplanCore

/// What a table's code opens, decided from its transcript as `resume` and
/// `oppfølging` decide at a terminal: a new session when the table has
/// none; the resume of one left before its end; once the session has
/// finished, its plan again the same day and the follow-up on a later day.
enum TableOpening {
    enum Opened {
        /// `followup`: its document is a follow-up note, not the agreement.
        case session(SessionDriver, SessionRecorder, followup: Bool)
        /// Nothing to ask: the plan it wrote, if any.
        case finished(plan: String?)
    }

    static func open(
        table: Int, transcript: String?, setup: ServeSetup, language: Language, columns: Int, output: PageOutput
    ) throws(ExitCodeError) -> Opened {
        let screen = ScreenWriter(width: { columns }, colour: true)
        guard let transcript else {
            let (opened, recorder) = SessionOpening.new(
                book: setup.book, rulesText: setup.rulesText, seat: setup.tables[table] ?? nil,
                renderer: try setup.renderer(language), language: language, today: setup.today(),
                screen: screen, folder: setup.folder)
            var driver = opened
            driver.firstRecords = [.table(table)]
            var out = SessionOutputStream(output: output)
            driver.presenter.welcome(to: &out)
            return .session(driver, recorder, followup: false)
        }
        let (file, recorded) = try TranscriptSource.openForWriting(transcript, language: language)
        // The plan it saved, beside the transcript wherever the folder was then.
        let savedPlan = recorded.lastSavedPlan.map { saved in
            let folder = transcript.lastIndex(of: "/").map { String(transcript[..<$0]) } ?? "."
            return folder + "/" + (saved.split(separator: "/").last.map(String.init) ?? saved)
        }
        let sessionLanguage = recorded.header.language
        let book = try TranscriptSource.rules(for: recorded, path: transcript, override: nil, language: sessionLanguage)
        let resumption: Resumption
        do {
            resumption = try Resumption(transcript: recorded, rules: book)
        } catch {
            output.fault("samplan: " + error.message(file: transcript, in: sessionLanguage))
            throw ExitCodeError(.dataError)
        }
        switch resumption {
        case .session(let point) where point.current != nil:
            var (driver, recorder) = try SessionOpening.resumed(
                file: file, recorded: recorded, book: book, state: point,
                renderer: try setup.renderer(sessionLanguage), screen: screen, output: output)
            // The roster still names the table's parties for the pair to confirm.
            if let seat = setup.tables[table] ?? nil { driver.defaults = book.rosterDefaults(seat) }
            return .session(driver, recorder, followup: false)
        case .session where recorded.header.today == setup.today():
            // Finished today: opened again to fetch the plan, not to follow up.
            return .finished(plan: savedPlan)
        case .session, .followup:
            // A new follow-up in the session's language, or one left
            // unfinished in its own.
            var language = sessionLanguage
            if case .followup(let its) = resumption { language = its }
            let (driver, recorder) = try SessionOpening.followup(
                file: file, recorded: recorded, rules: book, asking: .builtin, language: language,
                today: setup.today(), screen: screen, output: output)
            return .session(driver, recorder, followup: true)
        case .nothingLeft:
            return .finished(plan: savedPlan)
        }
    }
}
