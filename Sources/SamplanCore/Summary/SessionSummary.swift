/// One session, as a coordinator sees it: one row of `samplan summary`
/// and the source of `samplan due`. Encoded as JSON by the summary's
/// `--format json` (schema in Transcripts/README.md).
public struct SessionSummary: Codable, Sendable, Equatable {
    public var file: String
    /// The session's date, ISO.
    public var date: String
    /// The parties at the table, in the rules' order.
    public var parties: [PartyRow]
    public var language: String
    public var rules: String
    /// Questions answered, of those that apply.
    public var answered: Int
    public var asked: Int
    public var met: Int
    public var partly: Int
    public var open: Int
    /// Every criterion and barrier by id: met, partly or open.
    public var sections: [String: String]
    /// Barriers (by id) that are open.
    public var openBarriers: [String]
    public var firstStep: FirstStepRow?
    /// ISO date of the review, if set.
    public var reviewDate: String?
    /// Every question was asked (the session ended `finished`).
    public var complete: Bool
    /// How fast the parties answer each other, as agreed.
    public var responseTime: String?
    /// The plan's actions as its table numbers them, as they stand after
    /// the follow-ups.
    public var actions: [Action] = []
    /// The follow-ups held, in order (schema 3).
    public var followups: [FollowupRow] = []
    /// What stood in the way, by barrier id (or `other`): how often a
    /// follow-up named it for an action, over all follow-ups.
    public var hindrances: [String: Int] = [:]
    /// Whether the first meeting took place, as the last follow-up that asked said.
    public var firstMeetingHeld: Bool?
    /// ISO date of the next follow-up the last one agreed on.
    public var nextFollowup: String?
    /// The table in the event's roster, for a session started with `--table`.
    public var table: Int?

    /// One follow-up: its date and whether every question was asked.
    public struct FollowupRow: Codable, Sendable, Equatable {
        public var date: String
        public var finished: Bool
    }

    /// One row of the plan's table of actions.
    public struct Action: Codable, Sendable, Equatable {
        /// The action's own number; nil for the first meeting from the questions.
        public var number: Int?
        public var what: String
        /// The position responsible (`role` in the JSON).
        public var owner: String?
        /// ISO date, if set.
        public var date: String?
        /// The criterion or barrier it answers: the section of the advice
        /// or question it was made from; nil for one typed at the closing.
        public var section: String?
        public var first: Bool
        /// The status's id (`done`, `started`, `not_started`, `dropped` in
        /// the built-in follow-up rules), as the last follow-up that asked
        /// said; absent before.
        public var status: String? = nil
        /// What that status means (not in the JSON: the id is).
        public var outcome: ActionStatus.Outcome? = nil

        enum CodingKeys: String, CodingKey {
            case number, what, owner = "role", date, section, first, status
        }
    }

    /// The plan's first step, as the summary gives it.
    public struct FirstStepRow: Codable, Sendable, Equatable {
        public var what: String
        /// The position responsible (`role` in the JSON).
        public var owner: String?
        /// ISO date, if set.
        public var date: String?

        enum CodingKeys: String, CodingKey {
            case what, owner = "role", date
        }
    }

    /// One party at the table: its label in the session's language
    /// («DPS»), its unit or office as answered, and the position to
    /// contact about the plan.
    public struct PartyRow: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var unit: String?
        public var contact: String?
    }

    /// The parties' units, «–» for one not answered, joined by « / ».
    public var partyNames: String { parties.map { $0.unit ?? "–" }.joined(separator: " / ") }

    public var firstStepDate: LocalDate? { firstStep?.date.flatMap { LocalDate(iso: $0) } }
    public var review: LocalDate? { reviewDate.flatMap { LocalDate(iso: $0) } }
    public var sessionDate: LocalDate? { LocalDate(iso: date) }

    /// The row for a transcript, replayed under its own rules. The parties
    /// and plan fields are read from the questions' roles (Rules/README.md).
    public init(file: String, transcript: Transcript, rules: RuleBook) throws(TranscriptProblem) {
        let language = transcript.header.language
        let interview = Interview(rules: rules, language: language)
        let history = try PlanHistory(transcript: transcript, rules: rules)
        // The plan as it stands now: the actions after the follow-ups.
        let state = history.planState
        let answers = interview.answers(state)
        // A transcript is a file anyone can edit: every text it gives is
        // made one clean line here, for the table, the CSV and the JSON alike.
        func text(_ role: QuestionRole) -> String? {
            guard let question = rules.question(for: role), let value = answers[question.id] else { return nil }
            return Self.oneCleanLine(value.display(for: question, in: language))
        }
        func isoDate(_ role: QuestionRole) -> String? {
            if let question = rules.question(for: role), case .date(let day)? = answers[question.id] { return day.description }
            return nil
        }
        self.file = Self.oneCleanLine(file)
        date = transcript.header.today.description
        parties = rules.presentParties(answers).map { party in
            PartyRow(
                id: party.id, label: Self.oneCleanLine(party.short[language]), unit: text(.names(party: party.id)),
                contact: text(.contact(party: party.id)))
        }
        self.language = language.rawValue
        self.rules = Self.oneCleanLine("\(rules.id) \(rules.version)")
        answered = answers.answeredCount
        asked = answers.applicable.count
        var sections: [String: String] = [:]
        var counts: [SectionStatus: Int] = [:]
        var openBarriers: [String] = []
        for section in rules.sections where section.kind == .criterion || section.kind == .barrier {
            let status = rules.status(of: section, answers: answers)
            sections[section.id] = status.rawValue
            counts[status, default: 0] += 1
            if section.kind == .barrier && status == .open { openBarriers.append(section.id) }
        }
        self.sections = sections
        met = counts[.met] ?? 0
        partly = counts[.partly] ?? 0
        open = counts[.open] ?? 0
        self.openBarriers = openBarriers
        firstStep = FirstStep.of(answers, rules: rules, language: language).map { step in
            FirstStepRow(what: Self.oneCleanLine(step.what), owner: step.owner.map(Self.oneCleanLine), date: step.date?.description)
        }
        reviewDate = isoDate(.reviewDate)
        complete = history.session.isFinished
        responseTime = text(.responseTime)
        actions = history.table.rows.map { row in
            let section: String? =
                switch row.source {
                case .advice(let id)?: rules.feedback.first { $0.id == id }?.sectionID
                case .question(let id)?: rules.question(id)?.sectionID
                case nil: row.actionID == nil ? rules.question(for: .firstStepDate)?.sectionID : nil
                }
            return Action(
                number: row.number, what: Self.oneCleanLine(row.what), owner: row.owner.map(Self.oneCleanLine),
                date: row.date?.description, section: section, first: row.first, status: row.status?.id,
                outcome: row.status?.outcome)
        }
        followups = history.followups.map { FollowupRow(date: $0.date.description, finished: $0.isFinished) }
        for pass in history.followups {
            for id in pass.asked { for barrier in pass.barriers(of: id) { hindrances[barrier, default: 0] += 1 } }
            if let held = pass.firstMeetingHeld { firstMeetingHeld = held }
        }
        nextFollowup = history.followups.last?.nextReview?.description
        table = transcript.table
    }

    enum CodingKeys: String, CodingKey {
        case file, date, parties, language, rules, answered, asked, met, partly, open, sections, openBarriers, firstStep,
            reviewDate, complete, responseTime, actions, followups, hindrances, firstMeetingHeld, nextFollowup, table
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        file = try values.decode(String.self, forKey: .file)
        date = try values.decode(String.self, forKey: .date)
        parties = try values.decode([PartyRow].self, forKey: .parties)
        language = try values.decode(String.self, forKey: .language)
        rules = try values.decode(String.self, forKey: .rules)
        answered = try values.decode(Int.self, forKey: .answered)
        asked = try values.decode(Int.self, forKey: .asked)
        met = try values.decode(Int.self, forKey: .met)
        partly = try values.decode(Int.self, forKey: .partly)
        open = try values.decode(Int.self, forKey: .open)
        sections = try values.decode([String: String].self, forKey: .sections)
        openBarriers = try values.decode([String].self, forKey: .openBarriers)
        firstStep = try values.decodeIfPresent(FirstStepRow.self, forKey: .firstStep)
        reviewDate = try values.decodeIfPresent(String.self, forKey: .reviewDate)
        complete = try values.decode(Bool.self, forKey: .complete)
        responseTime = try values.decodeIfPresent(String.self, forKey: .responseTime)
        // Absent in summaries written before actions were listed.
        actions = try values.decodeIfPresent([Action].self, forKey: .actions) ?? []
        followups = try values.decodeIfPresent([FollowupRow].self, forKey: .followups) ?? []
        hindrances = try values.decodeIfPresent([String: Int].self, forKey: .hindrances) ?? [:]
        firstMeetingHeld = try values.decodeIfPresent(Bool.self, forKey: .firstMeetingHeld)
        nextFollowup = try values.decodeIfPresent(String.self, forKey: .nextFollowup)
        table = try values.decodeIfPresent(Int.self, forKey: .table)
    }

    /// The first step was taken, as a follow-up said: the first meeting
    /// held, or the action marked as the first step done.
    public var firstStepTaken: Bool {
        if let marked = actions.first(where: \.first), let outcome = marked.outcome { return outcome == .done }
        return firstMeetingHeld == true
    }

    public var nextFollowupDate: LocalDate? { nextFollowup.flatMap { LocalDate(iso: $0) } }

    /// Newlines as spaces; escape sequences, other control characters and
    /// hidden format characters (bidi overrides) removed.
    /// Every text of a row is one line, cleaned and, as a last look over a
    /// transcript that may be old or edited by hand, with any identity
    /// number masked: the table, CSV, JSON, `due` and letters all read it.
    static func oneCleanLine(_ text: String) -> String {
        IdentityNumber.masked(InputCleaner.clean(text.contains("\n") ? text.replacing("\n", with: " ") : text))
    }

    /// A follow-up was taken to its end. One left part-way counts as
    /// begun, not as a follow-up.
    public var isFollowedUp: Bool { followups.contains(where: \.finished) }

    /// The first step lies within four weeks of the session.
    public var firstStepWithinFourWeeks: Bool {
        guard let day = firstStepDate, let session = sessionDate else { return false }
        return session.days(until: day) <= 28
    }
}
