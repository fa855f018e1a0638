/// A validated, immutable rules file: what to ask, in what order, under which
/// conditions, what feedback to give and how each section counts as met.
public struct RuleBook: Sendable {
    public let format: Int
    public let id: String
    public let version: String
    public let title: Localized
    public let languages: [Language]
    /// Who can sit at the table, in the order the rules list them.
    public let parties: [Party]
    public let sources: [Source]
    public let sections: [Section]
    public let feedback: [FeedbackRule]
    /// What tells an answer that settles nothing (`Unsettled`).
    public let unsettled: Unsettled
    /// What settles each question, by position: built once, asked at
    /// every status, plan and advice check.
    let settlings: [Settling]
    /// Every question in asking order, across sections.
    public let questions: [Question]

    /// The questions' ids in asking order.
    let questionIDs: [String]
    /// Each question's position in asking order, by id.
    let questionPositions: [String: Int]
    /// Each question's condition, compiled, by position.
    let questionConditions: [CompiledCondition?]
    /// For each position, the later questions whose condition reads it:
    /// when an answer changes, only these can start or stop applying.
    /// Nil when some condition reads its own or a later question, which
    /// only a walk from the first question settles, and for rules with
    /// fewer than `incrementalFrom` questions, where the walk costs less
    /// than keeping track.
    private(set) var conditionReaders: [[Int]]?
    /// A session's rules have a few dozen questions; a follow-up of a plan
    /// with a hundred actions has three hundred (Benchmarks/README.md, round 6).
    static let incrementalFrom = 150
    private let sectionIndex: [String: Int]
    private let sourceIndex: [String: Int]
    /// Feedback rules, with their conditions compiled, by the question
    /// after which they are checked.
    private let feedbackByTrigger: [String: [(rule: FeedbackRule, condition: CompiledCondition)]]
    /// The question holding each role: from the questions' `role:`, or, for
    /// rules that give none, from Rules/legacy-roles.yaml (`LegacyRoles`).
    private let roleIndex: [QuestionRole: Int]

    init(
        format: Int, id: String, version: String, title: Localized, languages: [Language], parties: [Party],
        sources: [Source], sections: [Section], feedback: [FeedbackRule], unsettled: Unsettled = .none
    ) {
        self.unsettled = unsettled
        self.format = format
        self.id = id
        self.version = version
        self.title = title
        self.languages = languages
        self.parties = parties
        self.sources = sources
        self.sections = sections
        self.feedback = feedback
        self.questions = sections.flatMap(\.questions)
        self.questionIDs = questions.map(\.id)
        self.settlings = questions.map { unsettled.settling(for: $0) }
        self.questionPositions = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.sectionIndex = Dictionary(sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.sourceIndex = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let index = questionPositions
        var roles: [QuestionRole: Int] = [:]
        for (position, question) in questions.enumerated() {
            if let role = question.role { roles[role] = position }
        }
        if roles.isEmpty {
            for (questionID, role) in LegacyRoles.roles(forRules: id) {
                if let position = index[questionID] { roles[role] = position }
            }
        }
        self.roleIndex = roles
        let questions = self.questions
        let presence = Self.presenceConditions(parties: parties, questions: questions, roles: roles)
        self.questionConditions = zip(questions, presence).map { question, present in
            let written = [present, question.condition].compactMap { $0 }
            return written.isEmpty ? nil : CompiledCondition(written.count == 1 ? written[0] : .all(written), positions: index)
        }
        self.conditionReaders = questions.count >= Self.incrementalFrom ? Self.readers(of: questionConditions) : nil
        self.feedbackByTrigger = Dictionary(
            grouping: feedback.map { ($0, CompiledCondition($0.condition, positions: index)) },
            by: \.0.trigger)
    }

    /// The same rules, keeping track of which questions apply whatever
    /// their number: for tests, which compare it with the walk.
    func trackingApplicability() -> RuleBook {
        var tracked = self
        tracked.conditionReaders = Self.readers(of: questionConditions)
        return tracked
    }

    private static func readers(of conditions: [CompiledCondition?]) -> [[Int]]? {
        var readers = Array(repeating: [Int](), count: conditions.count)
        for (position, condition) in conditions.enumerated() {
            for read in Set(condition?.positionsRead ?? []) where read >= 0 {
                guard read < position else { return nil }
                readers[read].append(position)
            }
        }
        return readers
    }

    /// A question for optional parties only is asked when one of them is
    /// at the table: the answer to its `present.ID` question is yes. It is
    /// one more condition of the question, evaluated with the rest.
    private static func presenceConditions(
        parties: [Party], questions: [Question],
        roles: [QuestionRole: Int]
    ) -> [Condition?] {
        let optional = Set(parties.filter(\.optional).map(\.id))
        guard !optional.isEmpty else { return Array(repeating: nil, count: questions.count) }
        return questions.map { question in
            guard question.asked.parties.allSatisfy(optional.contains) else { return nil }
            let tests: [Condition] = question.asked.parties.compactMap { party in
                roles[.present(party: party)].map { .test(question: questions[$0].id, presenceTest(party, questions[$0])) }
            }
            return tests.count == 1 ? tests[0] : .any(tests)
        }
    }

    /// The answer to a `present.ID` question that puts the party at the
    /// table: yes, or, for a choice, the option with the party's id (so the
    /// same question can say «no, but we will invite them»).
    static func presenceTest(_ party: String, _ question: Question) -> Condition.Test {
        if case .choice = question.kind { return .equals(.option(party)) }
        return .equals(.bool(true))
    }

    /// The parties at the table by these answers: every one that is not
    /// optional, and each optional one whose `present.ID` answer puts it there.
    public func presentParties(_ answers: Answers) -> [Party] {
        parties.filter { party in
            guard party.optional else { return true }
            guard let question = question(for: .present(party: party.id)) else { return false }
            return Self.presenceTest(party.id, question).passes(answers[question.id], today: answers.today)
        }
    }

    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }

    /// The question as it is put to the pair: a choice without the options
    /// of parties not at the table. Shown, completed and parsed the same way.
    public func asked(_ question: Question, answers: @autoclosure () -> Answers) -> Question {
        guard case .choice(let options, let multiple) = question.kind, options.contains(where: { $0.party != nil }) else { return question }
        let present = Set(presentParties(answers()).map(\.id))
        var asked = question
        asked.kind = .choice(options: options.filter { $0.party.map(present.contains) ?? true }, multiple: multiple)
        return asked
    }

    /// The question that holds `role`, if these rules have one.
    public func question(for role: QuestionRole) -> Question? { roleIndex[role].map { questions[$0] } }

    /// The feedback rules checked after this question, in file order.
    func feedback(triggeredBy question: String) -> [(rule: FeedbackRule, condition: CompiledCondition)] {
        feedbackByTrigger[question] ?? []
    }

    /// Position of a question in asking order.
    public func position(ofQuestion id: String) -> Int? { questionPositions[id] }

    public func question(_ id: String) -> Question? { questionPositions[id].map { questions[$0] } }

    public func section(_ id: String) -> Section? { sectionIndex[id].map { sections[$0] } }

    public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
}

/// A document the rules cite, shown beside feedback as its short citation.
public struct Source: Sendable, Equatable {
    public let id: String
    /// Short form shown with feedback, for example "Proba 2017", in the
    /// session's language («NAV-loven» / "NAV Act").
    public let cite: Localized
    public let title: String
    public let file: String?
    public let url: String?
}

/// A part of the interview: the opening, the close, or one success criterion
/// or barrier from the research.
public struct Section: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case opening, criterion, barrier, closing
    }

    public let id: String
    public let kind: Kind
    public let title: Localized
    /// For the prompt, where the full title does not fit (`SessionPrompt`);
    /// `/status` and the plan use the title.
    public let short: Localized?
    public let rationale: Localized
    /// What the rationale rests on.
    public let basis: Basis
    public let questions: [Question]
    /// When absent the section is met when every question that applies is
    /// answered, partly met when some are, and open otherwise.
    public let status: StatusRule?
}

/// Conditions that make a section met or partly met; otherwise it is open.
public struct StatusRule: Sendable {
    public let met: Condition
    public let partly: Condition?
}

/// What a dated question's event is called as the plan's first step, and
/// who owns it (`step:` in the rules).
public struct FirstStepLabel: Sendable {
    public let what: Localized
    public let by: Localized?
}

/// One question of the interview.
public struct Question: Sendable {
    public let id: String
    public let sectionID: String
    /// The parties who should answer.
    public let asked: Asked
    public internal(set) var kind: Kind
    public let text: Localized
    public let help: Localized?
    /// Asked only when this holds for the answers given so far.
    public let condition: Condition?
    /// What the answer means to samplan (`QuestionRole`), if anything.
    public var role: QuestionRole? = nil
    /// On the date question with the role `first-step.date` and no
    /// `first-step` question: the event that date is, so the plan can show
    /// it as the first step (the first meeting, who calls it).
    public var step: FirstStepLabel? = nil
    /// What is left to settle when the question has no answer that settles
    /// it, after «Avklare: » in the plan's open point and the action made
    /// of it («hvem som svarer på spørsmål om taushetsplikt»). Without it,
    /// the question.
    public var clarify: Localized? = nil
    /// What else settles nothing here (text answers): the rules' own
    /// platitudes for this question, such as «Bedre samarbeid» as a purpose.
    public var unsettled: Pattern? = nil

    public enum Kind: Sendable {
        case text
        case longText
        case choice(options: [ChoiceOption], multiple: Bool)
        case yesNo
        /// `unitOne` follows exactly 1 («1 NAV-kontor»), `unit` any other number.
        case number(min: Double?, max: Double?, unit: Localized?, unitOne: Localized? = nil)
        case date
        /// A position («enhetsleder»), not a person: `type: role` in a rules file.
        case position
        case actions

        public var name: String {
            switch self {
            case .text: "text"
            case .longText: "longtext"
            case .choice: "choice"
            case .yesNo: "yesno"
            case .number: "number"
            case .date: "date"
            case .position: "role"
            case .actions: "actions"
            }
        }

        public static let names = ["text", "longtext", "choice", "yesno", "number", "date", "role", "actions"]
    }
}

/// One option of a choice question.
public struct ChoiceOption: Sendable, Equatable {
    public let id: String
    public let label: Localized
    /// «Vet ikke», «Ikke avklart», an insecure channel: chosen, it settles
    /// nothing the parties can sign (`Unsettled`).
    public var unsettled: Bool = false
    /// Offered only when this party is at the table («Den ansvarlige
    /// stillingen i kommunen» when the municipality is there).
    public var party: String? = nil
}

/// Feedback given after an answer when its condition holds.
public struct FeedbackRule: Sendable {
    public enum Severity: String, Sendable, CaseIterable {
        /// The answer is refused and the question asked again.
        case blocking
        /// Shown with its source; the pair may keep the answer.
        case advice
    }

    public let id: String
    public let sectionID: String
    public let severity: Severity
    public let condition: Condition
    public let message: Localized
    /// What the message rests on.
    public let basis: Basis
    /// The question after which the rule is checked: the last, in asking
    /// order, of the questions its condition reads.
    public let trigger: String
    /// The step this advice suggests, which can become an action of the plan.
    public var action: SuggestedAction? = nil
}

/// A step an advice suggests (`action:` on a feedback rule): its text, and
/// the party whose responsible position usually takes it.
public struct SuggestedAction: Sendable {
    public let text: Localized
    public let owner: String?
}
