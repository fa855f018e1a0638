/// The answers that count: those to questions that still apply. Answers to
/// questions that no longer apply are kept in the session but not here.
public struct Answers: Sendable {
    /// Positions in the rules' asking order of the questions that apply.
    public let applicablePositions: [Int]
    public let today: LocalDate
    /// How the plan's table numbers the actions (the session's).
    public internal(set) var actionNumbering: ActionNumbering = .own
    private let questions: [Question]
    private let positions: [String: Int]
    /// The answer that counts for each question, by position.
    private let slots: CountingSlots

    /// Walks the questions in order; a condition only reads earlier
    /// questions, so one pass settles which apply.
    /// A skipped question counts as unanswered even if it was answered
    /// before; that earlier answer stays in the session.
    public init(rules: RuleBook, recorded: [String: AnswerValue], skipped: Set<String> = [], today: LocalDate) {
        self.init(rules: rules, positional: PositionalAnswers(rules: rules, recorded: recorded, skipped: skipped), today: today)
    }

    /// Built on every engine step, so by position: no id is hashed.
    init(rules: RuleBook, positional: PositionalAnswers, today: LocalDate) {
        let questions = rules.questions
        var slots = CountingSlots(values: positional.slots)
        var applicable: [Int] = []
        applicable.reserveCapacity(questions.count)
        for position in questions.indices {
            if let condition = rules.questionConditions[position], !condition.holds(slots, today: today) { continue }
            applicable.append(position)
            slots.counts[position] = !positional.skipped[position]
        }
        self.applicablePositions = applicable
        self.today = today
        self.questions = rules.questions
        self.positions = rules.questionPositions
        self.slots = slots
    }

    /// Goes on from `known`, the applicability worked out before the
    /// answers and skips at `known.changed` changed: only the questions
    /// whose conditions read a changed one (and, in turn, those reading
    /// them) are looked at again, in asking order, so a step costs the
    /// same however many questions the rules have.
    init(rules: RuleBook, positional: PositionalAnswers, today: LocalDate, known: Applicability, readers: [[Int]]) {
        var slots = CountingSlots(values: positional.slots, counts: known.counts)
        var applies = known.applies
        var due = Set(known.changed)
        for position in known.changed { due.formUnion(readers[position]) }
        var queue = due.sorted()
        var next = 0
        while next < queue.count {
            let position = queue[next]
            next += 1
            let applied = rules.questionConditions[position].map { $0.holds(slots, today: today) } ?? true
            let counted = applied && !positional.skipped[position]
            guard applied != applies[position] || counted != slots.counts[position] else { continue }
            applies[position] = applied
            slots.counts[position] = counted
            // Readers come later in asking order: into the queue, in order.
            for reader in readers[position] where !due.contains(reader) {
                due.insert(reader)
                let at = queue[next...].firstIndex { $0 > reader } ?? queue.endIndex
                queue.insert(reader, at: at)
            }
        }
        self.applicablePositions = applies.indices.filter { applies[$0] }
        self.today = today
        self.questions = rules.questions
        self.positions = rules.questionPositions
        self.slots = slots
    }

    /// What a later step goes on from (`Applicability`).
    func applicability(of rules: RuleBook) -> Applicability {
        var applies = Array(repeating: false, count: questions.count)
        for position in applicablePositions { applies[position] = true }
        return Applicability(questionIDs: rules.questionIDs, today: today, applies: applies, counts: slots.counts)
    }

    /// Questions that apply, in asking order.
    public var applicable: [String] { applicablePositions.map { questions[$0].id } }

    /// The answers that count, by question id.
    public var values: [String: AnswerValue] {
        var values: [String: AnswerValue] = [:]
        for position in questions.indices {
            if let slot = slots[position] { values[questions[position].id] = slot }
        }
        return values
    }

    public var answeredCount: Int { slots.answeredCount }

    public subscript(id: String) -> AnswerValue? { positions[id].flatMap { slots[$0] } }

    public func applies(_ id: String) -> Bool { positions[id].map(applicablePositions.contains) ?? false }

    /// A condition read from the rules, compiled to positions and
    /// evaluated like every other: one evaluator (`CompiledCondition`).
    public func holds(_ condition: Condition) -> Bool {
        CompiledCondition(condition, positions: positions).holds(slots, today: today)
    }

    func holds(_ condition: CompiledCondition) -> Bool { condition.holds(slots, today: today) }
}

extension Condition.Test {
    func passes(_ value: AnswerValue?, today: LocalDate) -> Bool {
        if case .answered(let wanted) = self { return (value != nil) == wanted }
        guard let value else { return false }
        switch self {
        case .answered: return true
        case .equals(let literal): return value.equals(literal)
        case .oneOf(let literals): return literals.contains(where: value.equals)
        case .matches(let pattern): return value.texts.contains(where: pattern.matches)
        case .compare(let comparison, let bound):
            return value.measure(today: today).map { comparison.holds($0, bound) } ?? false
        case .missing(let part):
            guard case .actions(let items) = value else { return false }
            return items.contains { part == .owner ? $0.owner == nil : $0.date == nil }
        case .dayOff(let wanted):
            return value.hasDates && (value.firstDayOff != nil) == wanted
        case .overdue(let wanted):
            return value.hasDates && (value.earliestDate.map { $0 < today } ?? false) == wanted
        case .settled(let wanted, let settling):
            return settling.settles(value) == wanted
        }
    }
}

extension AnswerValue {
    func equals(_ literal: ConditionValue) -> Bool {
        switch (self, literal) {
        case (.choice(let ids), .option(let id)): ids.contains(id)
        case (.yesNo(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.text(let a), .text(let b)): a.lowercased() == b.lowercased()
        default: false
        }
    }

    /// The texts a pattern is matched against.
    var texts: [String] {
        switch self {
        case .text(let text): [text]
        // An action's what may name anything; its position is what the
        // rules judge (a person's name where a position belongs).
        case .actions(let items): items.compactMap(\.owner)
        default: []
        }
    }

    /// The first date in the answer that falls on a day off: the date
    /// itself, or the earliest such action deadline.
    var firstDayOff: LocalDate? {
        switch self {
        case .date(let date): NorwegianCalendar.isDayOff(date) ? date : nil
        case .actions(let items): items.compactMap(\.date).filter(NorwegianCalendar.isDayOff).min()
        default: nil
        }
    }

    /// The date, or the earliest action deadline.
    var earliestDate: LocalDate? {
        switch self {
        case .date(let date): date
        case .actions(let items): items.compactMap(\.date).min()
        default: nil
        }
    }

    /// The answer holds a date: a date, or an action with a deadline.
    var hasDates: Bool {
        switch self {
        case .date: true
        case .actions(let items): items.contains { $0.date != nil }
        default: false
        }
    }

    /// The number compared: a number, a date's days after today, a count.
    func measure(today: LocalDate) -> Double? {
        switch self {
        case .number(let value): value
        case .date(let date): Double(today.days(until: date))
        case .actions(let items): Double(items.count)
        default: nil
        }
    }
}
