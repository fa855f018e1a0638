/// Every fixed word samplan shows, in one language: the session, the plan,
/// the coordinator's tools and the command line. One catalog per language
/// (`Words+Bokmal.swift`, `Words+English.swift`), so a text is changed in
/// one place and a new one cannot be written in one language only: the
/// compiler asks each catalog for every requirement. Texts that come from
/// the rules (questions, advice, titles) are in the rules file instead.
/// What went wrong (answers, transcripts, the roster, files) is in
/// `ProblemWords.swift`, a protocol per feature; the rules file's own
/// problems are written for the rules' author, in `RulesProblem`.
public protocol Words: AnswerWords, TranscriptWords, TranscriptWarningWords, RosterWords, FileWords, ReadWords, PlanFileWords,
    PlaybackWords, CheckWords
{
    // The session
    func welcome(_ title: String) -> String
    func everyone(_ count: Int) -> String
    /// `samplan check` on a format-1 file: it loads; how to write format 2.
    var formatOneUpgrade: String { get }
    /// A section's status: criteria are met, barriers resolved.
    func statusMet(barrier: Bool) -> String
    func statusPartly(barrier: Bool) -> String
    var statusOpen: String { get }
    /// Said before a message that rests on our own practice.
    var ourSuggestion: String { get }
    func unknownCommand(_ name: String) -> String
    func keepHint(_ current: String) -> String
    /// A party's name from the event's roster, for the pair to confirm.
    func fromRoster(_ name: String) -> String
    func tableLabel(_ number: Int) -> String
    func rosterTables(_ count: Int, finished: Int, leftEarly: Int, notStarted: Int) -> String
    func tablesNotStarted(_ count: Int) -> String
    func tablesLeftEarly(_ count: Int) -> String
    func tablesMatchedTwice(_ count: Int) -> String
    func tablesNotFollowedUp(_ count: Int) -> String
    func sessionsWithoutTable(_ count: Int) -> String
    func unknownTable(_ number: Int, _ tables: [Int]) -> String
    var adviceKeepHint: String { get }
    var actionsHint: String { get }
    var linesHint: String { get }
    var chooseSeveral: String { get }
    /// The status of an action added at the last follow-up.
    var newStatus: String { get }
    /// Under a yes/no question.
    var yesOrNo: String { get }
    func itemAdded(_ count: Int) -> String
    var skipped: String { get }
    var noEarlier: String { get }
    func noSuchQuestion(_ number: Int, of total: Int) -> String
    var editUsage: String { get }
    var finished: String { get }
    var statusHeading: String { get }
    var why: String { get }
    var identityNumberRefused: String { get }
    func tooLong(_ limit: Int) -> String
    func transcriptRecreated(_ path: String) -> String
    var nothingToSave: String { get }
    func saved(_ path: String) -> String
    func planFile(_ path: String) -> String
    func transcriptFile(_ path: String) -> String
    /// After Ctrl-D or /avslutt: the command that goes on where they left.
    func resumeLater(_ command: String) -> String
    /// `replay --step`: how to go on and how to stop.
    var replayStepHint: String { get }
    /// `replay --step` stopped with q before the end.
    var replayStopped: String { get }
    /// A table's page (`samplan serve`): the way back is the code.
    var resumeWithCode: String { get }
    /// `samplan serve` at start.
    func serving(link: String, folder: String, tables: Int) -> String
    var servingBeyondThisMachine: String { get }
    /// One table on the code sheet (`samplan serve --codes`).
    func codeSheetEntry(table: Int, parties: String, code: String, link: String) -> String
    var goodbye: String { get }
    func welcomeBack(answered: Int, of total: Int, since date: String) -> String
    func stoppedBy(_ signal: String, savedIn transcript: String?) -> String

    // Actions (`/tiltak`, `/liste`, `/fjern`, `/først`)
    var noActionList: String { get }
    var noActionsYet: String { get }
    var actionsSoFar: String { get }
    var actionsKeepHint: String { get }
    var actionUsage: String { get }
    var removeUsage: String { get }
    var firstUsage: String { get }
    func noSuchAction(_ number: Int, numbers: [Int]) -> String
    func noSuchField(_ name: String) -> String
    /// The row comes from a question (the first meeting), changed there.
    func meetingFromQuestion(question: Int?) -> String
    var newAction: String { get }
    func changeAction(_ number: Int) -> String
    var actionCancelled: String { get }
    /// What `/tiltak` proposes for an open question.
    func clarify(_ question: String) -> String
    func suggestAction(_ text: String) -> String
    /// The hint above a field of the action dialogue; `current`: the
    /// field's value now (or suggested, when `adding`).
    func actionWhatHint(current: String?, adding: Bool) -> String
    func actionOwnerHint(current: String?, adding: Bool, gap: Bool) -> String
    func actionDateHint(current: String?, adding: Bool, gap: Bool) -> String
    var actionPrompts: (what: String, owner: String, date: String) { get }
    var firstStepPrompt: String { get }
    var chooseFirst: String { get }
    func chooseFirstAgain(_ numbers: [Int]) -> String
    func actionLacksOwner(_ number: Int, _ what: String) -> String
    func actionLacksDate(_ number: Int, _ what: String) -> String
    func actionRemoved(_ what: String) -> String
    func firstStepMarked(_ number: Int, _ what: String) -> String
    /// «tiltak 3», «tiltak 3 og 5»: where the appendix points.
    func actionReference(_ numbers: [Int]) -> String
    /// «og», «and».
    var and: String { get }
    // Follow-ups
    func followupWelcome(_ sessionDate: String, actions: Int) -> String
    func followupContinues(_ date: String) -> String
    /// An unfinished follow-up continued on a later day than it began.
    func followupContinuesToday(_ began: String, today: String) -> String
    /// Another samplan writes the transcript (exit 75).
    func transcriptInUse(_ path: String) -> String
    /// The transcript is also standard input (exit 64).
    func transcriptIsStandardInput(_ path: String) -> String
    /// A device or process path given where a transcript's own path belongs (exit 64).
    func notATranscriptPath(_ path: String) -> String
    /// A follow-up of a session that was left before its end (exit 65).
    func sessionNotFinished(_ path: String, answered: Int, of total: Int) -> String
    /// A follow-up dated before the session it follows up (exit 65).
    func followupBeforeSession(_ today: String, session: String) -> String
    func followedUpAlready(_ path: String) -> String
    /// In a follow-up's plan file name (ASCII).
    var followupFileWord: String { get }
    /// «2 gjennomført, 1 påbegynt …» of the actions asked about.
    func statusCounts(_ counts: [(label: String, count: Int)], of total: Int) -> String
    func firstMeetingHeld(_ held: Bool) -> String
    var otherHindrance: String { get }
    func hindrance(_ title: String, count: Int) -> String
    func stoodInTheWay(_ hindrances: [String]) -> String
    func newActions(_ names: [String]) -> String
    /// The follow-up note's amendment, one change a line.
    func amendmentDropped(_ what: String) -> String
    /// - Parameter replacing: the deadline it had, if any.
    func amendmentNewDate(_ what: String, _ date: String, replacing: String?) -> String
    func amendmentNewOwner(_ what: String, _ owner: String, replacing: String?) -> String
    func amendmentRenamed(_ old: String, to new: String) -> String
    /// A done action to clarify something, and what it settled.
    func amendmentSettled(_ what: String, _ result: String) -> String
    /// The follow-up's own lines: an action dropped and why, what else
    /// stood in the way, and what an action to clarify something settled.
    func droppedBecause(_ what: String, _ reasons: [String]) -> String
    func otherHindranceSaid(_ what: String, _ text: String) -> String
    func resultOf(_ what: String, _ result: String) -> String
    func amendmentNewAction(_ what: String, owner: String?, date: String?) -> String
    func nextFollowup(_ date: String) -> String

    /// A question left for the action made at it.
    func leftForAction(_ reference: String) -> String
    /// An answer left for an action, in the plan: «(ikke avklart – se tiltak 2)».
    func notClarified(see reference: String) -> String

    // /hjelp
    var helpHeading: String { get }
    /// The commands as typed in this language, with what each does.
    /// What a command does, for `/hjelp` (names in `SlashCommand.table`).
    func helpText(_ command: SlashCommand) -> String
    var helpFooter: [String] { get }
    /// How replay shows a recorded step back, skip and edit.

    // Answers and plans
    var yes: String { get }
    var no: String { get }
    var notSet: String { get }
    var notClarified: String { get }
    /// An open point's position and deadline, in the agreement.
    func openPointTerms(owner: String?, due: String?, action: String?) -> String
    /// What the pair answered to a question that settles nothing, in the appendix.
    func answeredWith(_ answer: String) -> String
    /// Who sees to an open point no position was settled for.
    var signingLeaders: String { get }
    /// What keeps a partly met section from being met, in `/status`.
    func missing(_ what: [String]) -> String
    var weekdays: [String] { get }
    /// A number as written in this language (decimal comma in bokmål).
    func number(_ compact: String) -> String
    var actionHeadings: (deadline: String, responsible: String, action: String) { get }
    var firstStepMark: String { get }
    /// The status column of the table of actions after a follow-up.
    var statusColumn: String { get }
    /// The first meeting's status after a follow-up.
    var held: String { get }
    var notHeld: String { get }

    // summary and followup
    var summaryHeadings: (date: String, parties: String, answers: String, firstStep: String, review: String) { get }
    var summaryLegend: String { get }
    func sessions(_ count: Int, complete: Int) -> String
    func firstStepsWithinFourWeeks(_ count: Int, of total: Int, percent: Int) -> String
    var openByCriterion: String { get }
    func actionsInPlans(_ count: Int, plans: Int) -> String
    var actionsByCriterion: String { get }
    func actionsDueByOwner(_ date: String) -> String
    func notFollowedUpYet(_ count: Int) -> String
    func letterTo(_ parties: [String]) -> String
    /// `nextAhead`: the next follow-up they agreed on is still to come.
    func letterIntro(_ sessionDate: String, actions: Int, followups: Int, nextAhead: Bool) -> String
    func letterDue(_ date: String) -> String
    func letterNext(_ date: String, passed: Bool) -> String
    var letterContacts: String { get }
    var letterHow: String { get }
    var letterWhat: String { get }
    /// How to follow up in a browser: the address and the code follow.
    var letterHowByLink: String { get }
    /// Before the table's code in a letter.
    var letterCode: String { get }
    /// Before the sender's name at a letter's end.
    var letterRegards: String { get }
    /// After a deadline already past, in a letter.
    var overdue: String { get }
    /// `serve`'s line for the coordinator's page, with the password made at start.
    func coordinatorPage(_ link: String, password: String) -> String
    /// The same, with the password the coordinator set.
    func coordinatorPageChosen(_ link: String) -> String
    /// Under `summary --watch`'s table.
    func watchingFolders(_ time: String) -> String
    /// The columns of `summary --format excel`.
    var sheetHeadings: SheetHeadings { get }
    /// A language's name: «bokmål», «engelsk».
    func languageName(_ language: Language) -> String
    /// `due --ask-after` out of range.
    var askAfterRange: String { get }
    /// `due --url`: letters that could give no link (no served table).
    func lettersWithoutLink(_ count: Int) -> String
    /// The follow-up's subcommand in this language.
    var followupCommand: String { get }
    /// A letter's file name ending (ASCII).
    var letterFileWord: String { get }
    func lettersWritten(_ count: Int, _ folder: String) -> String
    func followedUpPlans(_ count: Int, of total: Int, percent: Int) -> String
    func firstStepsTaken(_ count: Int, of planned: Int) -> String
    var actionsByStatus: String { get }
    var doneByCriterion: String { get }
    var mostOftenInTheWay: String { get }
    var barriersNotResolved: String { get }
    func dueBefore(_ date: String) -> String
    var nothingDue: String { get }
    var firstStepDue: String { get }
    var reviewDue: String { get }
    var noOneResponsible: String { get }
    var noContact: String { get }
    func responseTime(_ time: String) -> String
    var contact: String { get }

    // The coordinator's tools and the command line
    func skipping(_ file: String, because reason: String) -> String
    /// A problem message that names its file already.
    func skipping(_ problem: String) -> String
    var doesNotExist: String { get }
    var cannotBeRead: String { get }
    var skippingIt: String { get }
    func notADate(_ text: String) -> String
    func templateUnreadable(_ path: String, _ reason: String) -> String
    func identityNumberInArgument(_ option: String) -> String
    func judgedBy(new: String, path: String, old: String) -> String
    var noChanges: String { get }
    var newFeedback: String { get }
    var vanishedFeedback: String { get }
    var nowUnanswered: String { get }
    var statusChanges: String { get }
    var absent: String { get }
}

extension Words {
    /// «3. Hva — stilling — 15.01.2027», and ► for the first step.
    public func actionLine(number: Int?, what: String, owner: String?, date: String?, first: Bool) -> String {
        (number.map { "\($0). " } ?? "– ") + "\(what) — \(owner ?? notSet) — \(date ?? notSet)" + (first ? " ►" : "")
    }

    /// The average to one decimal, with a point: «3.5».
    func perPlan(_ count: Int, _ plans: Int) -> String {
        let tenths = (count * 10 + max(plans, 1) / 2) / max(plans, 1)
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// «3», «3 og 5», «3, 4 og 5» with this language's «og».
    func list(_ numbers: [Int], and: String) -> String { list(numbers.map { String($0) }, and: and) }

    func list(_ texts: [String], and: String) -> String {
        guard texts.count > 1 else { return texts.first ?? "" }
        return texts.dropLast().joined(separator: ", ") + " \(and) " + texts.last!
    }

    /// «a, b og c» in this language.
    public func list(_ texts: [String]) -> String { list(texts, and: and) }
}

extension Language {
    /// This language's catalog.
    public var words: any Words {
        switch self {
        case .nb: BokmalWords()
        case .en: EnglishWords()
        }
    }
}

/// The headings of `summary --format excel`, in the coordinator's language.
public struct SheetHeadings: Sendable {
    let table, date, finished, answered, asked, met, partly, open, openBarriers: String
    let firstStep, firstStepOwner, firstStepDate, review, actions, followups, lastFollowup, language, rules, file: String
}
