/// A session without a terminal or a file: typed lines (or recorded
/// inputs) in; what to show, what to record and what to do out. It owns
/// input cleaning, the length and identity-number checks, the slash
/// commands and which transcript records follow each step; the executable
/// reads lines, makes records durable and carries out the rest. Live
/// sessions, resume and replay all run through it, and a test can run a
/// whole session in process with a String for the screen.
///
/// Nothing is acknowledged before it is durable: `handle` returns a `Step`
/// whose records the caller writes first; only `accept` shows its outcome
/// and moves the session on.
public struct SessionDriver {
    public let interview: Interview
    public var presenter: SessionPresenter
    public private(set) var state: SessionState
    private let planRenderer: PlanRenderer
    /// The question whose text is on screen, to show it again only on change.
    var shown: String?
    /// The last question recorded as asked.
    private var askedRecorded: String?
    /// An action being made or changed (`SessionDriver+Actions`).
    var dialogue: ActionDialogue?
    /// What the closing asked about the list and the pair left as it was.
    var declined: Set<ActionDialogue.Gap> = []
    /// The advice of the last answer, skip or move: `/tiltak` proposes its step.
    var lastAdvice: [String] = []
    /// The actions typed at the closing so far, each its own record: like
    /// the lines of a long answer, they may not hold a number between them.
    var typedAtClosing: [String] = []
    /// The closing's gaps are answered: the list is shown once more.
    var showListAgain = false
    /// Dates just offered to pick from by number.
    var datePick: DatePick?
    /// Answers the pair only confirms, by question id (the parties from
    /// the event's roster): Enter takes them.
    public var defaults: [String: String] = [:] {
        didSet {
            defaults = defaults.compactMapValues(Self.acceptedAsTyped)
            presenter.defaults = defaults
        }
    }
    /// Records to write with the first step (the roster's table number).
    public var firstRecords: [TranscriptRecord.Event] = []

    /// An action is being made or changed, or the closing asks what the
    /// list lacks: the prompt is the dialogue's, not the question's.
    public var isInActionDialogue: Bool { dialogue != nil }

    var language: Language { interview.language }
    var rules: RuleBook { interview.rules }
    var screen: ScreenWriter { presenter.screen }

    /// Longer lines are refused: an answer is a sentence or a paragraph,
    /// and a pasted document would swamp the plan.
    public static let longestLine = 2_000

    /// A value given for the pair to confirm (from the roster), as a typed
    /// line would be taken: cleaned, within the length limit and without
    /// an identity number; nil when a typed line would be refused.
    public static func acceptedAsTyped(_ text: String) -> String? {
        let line = InputCleaner.clean(text).trimmingSpaces
        guard !line.isEmpty, !isTooLong(line), !IdentityNumber.containsInAnyReading(text) else { return nil }
        return line
    }
    /// Characters are grapheme clusters, and one can hold any number of
    /// combining marks: the bytes are limited too (four per character is
    /// far beyond Norwegian text).
    public static let longestLineBytes = 4 * longestLine

    public static func isTooLong(_ line: String) -> Bool {
        line.utf8.count > longestLineBytes || line.count > longestLine
    }

    public init(interview: Interview, screen: ScreenWriter, state: SessionState, planRenderer: PlanRenderer) {
        self.interview = interview
        self.presenter = SessionPresenter(interview: interview, screen: screen)
        self.state = state
        self.planRenderer = planRenderer
    }

    /// What the session waits for now.
    public struct Ask {
        public let question: Question
        public let prompt: String
        /// What Tab offers for the text before the cursor.
        public let completer: @Sendable (String) -> [String]
        /// The question's options as offered now, for a page to show as
        /// buttons; empty for text, dates, numbers and action dialogues.
        public var choices: [String] = []
        /// Several options may be chosen, joined with commas.
        public var multiple = false
    }

    /// The question to answer now, its text written into `out` when it is
    /// not on screen yet; nil when every question that applies is done.
    public mutating func ask(into out: inout some TextOutputStream) -> Ask? {
        guard let current = state.current, let question = rules.question(current) else { return nil }
        if shown != current {
            shown = current
            presenter.show(question, state: state, to: &out)
        }
        if let ask = askDialogue(question, into: &out) { return ask }
        if showListAgain {
            showListAgain = false
            presenter.actionList(actionTable, state: state, to: &out)
            screen.say(language.words.actionsKeepHint, tone: .dim, to: &out)
        }
        let asked = rules.asked(question, answers: interview.answers(state))
        var ask = Ask(
            question: question, prompt: presenter.prompt(for: question, state: state),
            completer: SessionCompletion.completer(for: asked, language: language))
        if case .choice(let options, let multiple) = asked.kind {
            ask.choices = options.map { $0.label[language] }
            ask.multiple = multiple
        }
        return ask
    }

    /// One input the engine has made its step of, not yet taken: its
    /// records go to disk first.
    public struct Pending {
        public let records: [TranscriptRecord.Event]
        fileprivate let before: String?
        fileprivate let next: SessionState
        /// What the engine made of the input.
        public let events: [SessionEvent]
        /// Made by an action dialogue: what it asks next, once taken.
        fileprivate var fromDialogue = false
        fileprivate var dialogueAfter: ActionDialogue?
        /// It answered what the closing asked about the list.
        fileprivate var wasGap = false

        var blockedEvent: SessionEvent? { events.first { if case .blocked = $0 { true } else { false } } }

        func continuing(_ dialogue: ActionDialogue?, gap: Bool) -> Pending {
            var step = self
            step.fromDialogue = true
            step.wasGap = gap
            step.dialogueAfter = dialogue
            return step
        }
    }

    /// What a typed line comes to.
    public enum Outcome {
        /// Shown, nothing to record: help, status, a refusal, an error.
        case shown
        /// Write `step.records` durably, then `accept(step)`.
        case record(Pending)
        /// The pair asked to save the plan now.
        case save
        /// The pair asked to leave (the plan is saved on the way out).
        case quit
    }

    public mutating func handle(_ typed: String, into out: inout some TextOutputStream) -> Outcome {
        // Escape sequences and control characters never reach the engine,
        // the transcript or the screen.
        var line = InputCleaner.clean(typed)
        // Dates were offered: a number or a date takes one into the line
        // refused; a command (`/liste`) leaves the offer open.
        let offered = datePick
        if let pick = datePick, !line.hasPrefix("/") {
            datePick = nil
            switch pick.answer(line, today: state.today) {
            case .chosen(let chosen): line = chosen
            case .noSuchNumber:
                datePick = pick
                screen.say(AnswerProblem.severalDates(pick.said, pick.dates).message(in: language), tone: .bad, indent: "  ", to: &out)
                return .shown
            case .other: break
            }
        }
        let outcome = handleCleaned(line, typed: typed, into: &out)
        // Offered for a command's value («/tiltak 2 frist i vår»): the
        // number goes into the whole command.
        if line.hasPrefix("/"), let pick = datePick, pick != offered {
            datePick = DatePick(line: line, said: pick.said, dates: pick.dates)
        }
        return outcome
    }

    private mutating func handleCleaned(_ line: String, typed: String, into out: inout some TextOutputStream) -> Outcome {
        guard let current = state.current, let question = rules.question(current) else { return .quit }
        if Self.isTooLong(line) {
            screen.say(language.words.tooLong(Self.longestLine), tone: .bad, indent: "  ", to: &out)
            return .shown
        }
        // An identity number is refused before anything keeps it. A long
        // answer typed over several lines is kept joined: its lines may not
        // hold a number between them either (eleven lines can hold a digit each).
        if IdentityNumber.contains(line) || line != typed && IdentityNumber.containsInAnyReading(typed)
            || !state.collecting.isEmpty && IdentityNumber.contains((state.collecting.suffix(10) + [line]).joined(separator: "\n"))
            || question.kind.isActions && IdentityNumber.contains((typedAtClosing.suffix(10) + [line]).joined(separator: "\n"))
        {
            screen.say(language.words.identityNumberRefused, tone: .bad, indent: "  ", to: &out)
            return .shown
        }
        if dialogue != nil { return answerDialogue(line, into: &out) }
        switch SlashCommand.parse(line) {
        case .answer:
            if question.kind.isActions && state.collecting.isEmpty { return closing(line, into: &out) }
            // Enter confirms what the roster says.
            if line.isEmpty, state.recorded(question.id) == nil, let given = defaults[question.id] {
                return stepOrRefuse(.line(given), into: &out)
            }
            let outcome = stepOrRefuse(.line(line), into: &out)
            if case .record(let step) = outcome, let several = step.events.lazy.compactMap(\.severalDates).first {
                datePick = DatePick(line: line, said: several.said, dates: several.dates)
            }
            return outcome
        case .unknown(let name):
            screen.say(language.words.unknownCommand(name), tone: .bad, indent: "  ", to: &out)
        case .command(let command):
            switch command {
            case .help: screen.lines(SessionHelp.lines(language, width: screen.width() - 3), indent: "  ", to: &out)
            case .back: return stepOrRefuse(.back, into: &out)
            case .skip: return stepOrRefuse(.skip, into: &out)
            case .why: presenter.why(question, to: &out)
            case .status: presenter.status(state, to: &out)
            case .plan: presenter.planPreview(plan(), to: &out)
            case .save: return .save
            case .edit(let number?): return stepOrRefuse(.edit(number), into: &out)
            case .edit(nil): screen.say(language.words.editUsage, tone: .bad, indent: "  ", to: &out)
            case .quit: return .quit
            case .action, .actions, .remove, .first: return actionCommand(command, into: &out)
            }
        }
        return .shown
    }

    func stepOrRefuse(_ input: SessionInput, into out: inout some TextOutputStream) -> Outcome {
        guard let step = step(input) else {
            screen.say(language.words.identityNumberRefused, tone: .bad, indent: "  ", to: &out)
            return .shown
        }
        return .record(step)
    }

    /// The step an input makes, or nil when what it would write holds an
    /// identity number: a record as written, or the file name and record
    /// the two parties make together.
    public func step(_ input: SessionInput) -> Pending? {
        let before = state.current
        let (next, events) = interview.step(state, input)
        let records =
            (askedRecorded == nil ? firstRecords : [])
            + StepRecords.events(
                rules: rules, language: language, askedRecorded: askedRecorded,
                before: before, input: input, events: events, after: next.current)
        if records.contains(where: { IdentityNumber.contains(TranscriptRecord(time: 0, $0).writtenText) }) { return nil }
        if namesParty(events), let parties = parties(of: next), revealsIdentityNumber(parties, today: next.today) { return nil }
        return Pending(records: records, before: before, next: next, events: events)
    }

    /// Takes a step whose records are durable: shows what came of it.
    public mutating func accept(_ step: Pending, into out: inout some TextOutputStream) {
        askedRecorded = step.next.current ?? askedRecorded
        state = step.next
        if step.fromDialogue {
            dialogue = step.dialogueAfter
            if dialogue == nil && step.wasGap { askNextGap() }
        }
        show(step.events, before: step.before, into: &out)
    }

    /// A recorded input, as replay feeds it: nothing is written, so the
    /// state steps in place (a copy per step made a long answer of many
    /// lines quadratic).
    public mutating func replay(_ input: SessionInput, into out: inout some TextOutputStream) {
        let before = state.current
        let events = interview.step(&state, input)
        show(events, before: before, into: &out)
    }

    private mutating func show(_ events: [SessionEvent], before: String?, into out: inout some TextOutputStream) {
        let judged = events.lazy.compactMap { event -> Int? in
            switch event {
            case .actionAdded(let id), .actionChanged(let id): id
            default: nil
            }
        }.first
        for event in events { presenter.render(event, state: state, judging: judged, to: &out) }
        let edited = events.contains(where: \.editsActions)
        if state.current == before, state.awaitingKeep, !edited, case .advice? = events.last { presenter.adviceKeepHint(to: &out) }
        if state.current != before { shown = nil }
        // An action edit leaves the advice that was on screen to propose from.
        if let advice = events.lazy.compactMap({ if case .advice(let ids) = $0 { ids } else { nil } }).first, !edited {
            lastAdvice = advice
        } else if let back = events.lazy.compactMap(\.returnsTo).last {
            // Back at an answered question, its advice is the one
            // `/tiltak` proposes from, as when it was first given.
            lastAdvice =
                state.recorded(back) == nil ? [] : interview.fired(after: back, answers: interview.answers(state), severity: .advice)
        } else if events.contains(where: \.movesOn) {
            lastAdvice = []
        }
    }

    /// The plan as it would be written. Every answer in it has passed the
    /// identity-number guard; the last look over the whole text is for
    /// answers that meet in one line of it.
    public func plan() -> String {
        IdentityNumber.masked(planMaker?(state) ?? planRenderer.render(PlanContext(rules: rules, state: state, language: language)))
    }

    /// Renders the plan from this session's state when the plan is more
    /// than this session: a follow-up renders the plan and its history.
    public var planMaker: (@Sendable (SessionState) -> String)?

    /// The names of the parties at the table, once every one is answered
    /// (the questions with the roles `names.ID`) and it is settled who is
    /// at the table; nil before.
    public var parties: [String]? { parties(of: state) }

    private func parties(of state: SessionState) -> [String]? {
        let answers = interview.answers(state)
        for party in rules.parties where party.optional {
            guard let question = rules.question(for: .present(party: party.id)) else { continue }
            if answers[question.id] == nil && !state.isSkipped(question.id) { return nil }
        }
        var names: [String] = []
        for party in rules.presentParties(answers) {
            guard let question = rules.question(for: .names(party: party.id)) else { continue }
            guard case .text(let name)? = answers[question.id] else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : names
    }

    private func namesParty(_ events: [SessionEvent]) -> Bool {
        let naming = rules.parties.flatMap { party in
            [QuestionRole.names(party: party.id), .present(party: party.id)].compactMap { rules.question(for: $0)?.id }
        }
        return events.contains { if case .answered(let id, _) = $0 { naming.contains(id) } else { false } }
    }

    /// The parties as their record and the file name will hold them: the
    /// name is cut at 40 letters and keeps ASCII only, the record neither.
    private func revealsIdentityNumber(_ parties: [String], today: LocalDate) -> Bool {
        IdentityNumber.contains(FileStem.make(date: today, names: parties))
            || IdentityNumber.contains(TranscriptRecord(time: 0, .parties(parties)).writtenText)
    }
}

extension SessionEvent {
    var editsActions: Bool {
        switch self {
        case .actionAdded, .actionChanged, .actionRemoved, .firstStepMarked, .noSuchAction, .noActionList: true
        default: false
        }
    }

    /// The question `/tilbake` or `/endre` went to.
    var returnsTo: String? {
        switch self {
        case .movedBack(let id), .jumped(let id): id
        default: nil
        }
    }

    /// An answer was given or kept, or the pair moved to another question.
    var movesOn: Bool {
        switch self {
        case .answered, .kept, .skipped, .movedBack, .jumped: true
        default: false
        }
    }
}

extension SessionDriver {
    /// A follow-up continued on a later day: dates typed from now on are
    /// checked against `date` (`TranscriptRecord.Event.continued`).
    public mutating func `continue`(on date: LocalDate) {
        state.goOn(on: date)
    }
}
