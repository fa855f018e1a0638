/// How a follow-up at the table begins, new or continued, decided in one
/// place for every front end: whether it may begin at all, what is said
/// and written first, and what its plan is called. The terminal only
/// shows the lines, writes the records and runs the driver.
public struct FollowupOpening: Sendable {
    /// Why a follow-up cannot begin; the message names the transcript.
    public enum Refusal: Error, Equatable, Sendable {
        /// A session left part-way is resumed, never followed up (its
        /// questions would be lost).
        case sessionNotFinished(answered: Int, of: Int)
        /// A follow-up is never dated before the session.
        case datedBeforeSession(today: LocalDate, session: LocalDate)

        public func message(transcript: String, in language: Language) -> String {
            switch self {
            case .sessionNotFinished(let answered, let total):
                language.words.sessionNotFinished(transcript, answered: answered, of: total)
            case .datedBeforeSession(let today, let session):
                language.words.followupBeforeSession(today.norwegian, session: session.norwegian)
            }
        }
    }

    /// The history with the follow-up in it, as its last.
    public private(set) var history: PlanHistory
    public let pass: FollowupPass
    /// Written at once: a continued follow-up's `resume` (and `continued`).
    public let records: [TranscriptRecord.Event]
    /// Written with the first answer: a new follow-up's `followup` record,
    /// so one left at once leaves nothing and counts as none.
    public let beforeFirstRecord: [TranscriptRecord.Event]
    /// What the screen says first.
    public let greeting: [(text: String, tone: ScreenWriter.Tone)]
    /// The plan's file name without its extension (`STEM-oppfolging-DATE`).
    public let planStem: String

    /// - Parameters:
    ///   - history: the transcript walked (`PlanHistory(transcript:rules:)`).
    ///   - asking: the follow-up rules a new follow-up asks by; one being
    ///     continued keeps those it began with.
    ///   - now: the date and time for a `resume` record.
    public init(
        history: PlanHistory, sessionDate: LocalDate, today: LocalDate, asking: FollowupRules,
        language: Language, transcript: String, now: String
    ) throws(Refusal) {
        var history = history
        let words = language.words
        if var open = history.unfinished {
            if today > open.state.today {
                open.continue(on: today)
                history.replaceLast(open)
                records = [.resumed(at: now), .continued(on: today)]
                greeting = [(words.followupContinuesToday(open.date.norwegian, today: today.norwegian), .strong)]
            } else {
                records = [.resumed(at: now)]
                greeting = [(words.followupContinues(open.date.norwegian), .strong)]
            }
            pass = open
            beforeFirstRecord = []
        } else {
            guard history.session.isFinished else {
                let answers = history.sessionInterview.answers(history.session)
                throw .sessionNotFinished(answered: answers.answeredCount, of: answers.applicable.count)
            }
            guard today >= sessionDate else { throw .datedBeforeSession(today: today, session: sessionDate) }
            let begun = history.start(on: today, language: language, asking: asking)
            history.append(begun)
            pass = begun
            records = []
            beforeFirstRecord = [.followup(date: begun.date, language: language, rules: asking.pin)]
            greeting = [
                (begun.rules.title[language], .strong),
                (words.followupWelcome(sessionDate.norwegian, actions: begun.asked.count), .plain),
            ]
        }
        self.history = history
        planStem = FileStem.ofTranscript(transcript) + "-" + words.followupFileWord + "-" + pass.date.description
    }

    /// The plan with the follow-up's answers so far: what the driver saves.
    public func plan(_ state: SessionState, renderer: PlanRenderer) -> String {
        var now = history
        now.replaceLast(pass.with(state: state))
        return renderer.render(PlanContext(history: now, language: pass.language))
    }
}

/// What `resume` goes on with: the session, a follow-up left unfinished,
/// or nothing (a plan followed up and finished).
public enum Resumption {
    case session(SessionState)
    case followup(language: Language)
    case nothingLeft

    public init(transcript: Transcript, rules: RuleBook) throws(TranscriptProblem) {
        let history = try PlanHistory(transcript: transcript, rules: rules)
        guard !history.followups.isEmpty else {
            self = .session(history.sessionInterview.resumePoint(history.session))
            return
        }
        guard let open = history.unfinished else {
            self = .nothingLeft
            return
        }
        self = .followup(language: open.language)
    }
}
