/// The questions of a follow-up weeks after the gathering, as data
/// (Rules/followup.yaml, read by `FollowupRulesLoader`): where each action
/// stands, what stood in the way and a new date; whether the first meeting
/// took place; when to follow up next; and new actions. `make` fills the
/// per-action template for the plan as it stands and gives rules like any
/// others (a `RuleBook`), so the same engine, driver and shell run them.
/// A follow-up records these rules' text in its transcript, so it replays
/// under them whatever later versions say.
public struct FollowupRules: Sendable {
    public let id: String
    public let version: String
    /// The exact text they were read from, and its SHA-256 (hex).
    public let text: String
    public let hash: String
    let title: Localized
    /// In the order they are offered.
    public let statuses: [ActionStatus]
    let action: ActionTemplate
    let closing: ClosingTemplate

    /// One question of the template: its id (with `{id}` for the action's
    /// id in a per-action one) and texts with placeholders.
    struct QuestionTemplate: Sendable {
        let id: String
        let text: Localized
        let help: Localized?
        /// `id` split at `{id}` once, when read.
        private let template: IDTemplate

        init(id: String, text: Localized, help: Localized?) {
            self.id = id
            self.text = text
            self.help = help
            template = IDTemplate(id)
        }

        func id(for action: Int) -> String { template.filled(action) }
    }

    /// An id with `{id}` once (checked when read), filled on the UTF-8
    /// bytes: a follow-up of a long plan makes a few ids per action, and a
    /// summary replays every follow-up of an event.
    struct IDTemplate: Sendable {
        let before: Substring
        let after: Substring

        init(_ template: String) {
            let bytes = template.utf8
            var start = bytes.startIndex
            while start < bytes.endIndex, !bytes[start...].starts(with: "{id}".utf8) { start = bytes.index(after: start) }
            let end = bytes.index(start, offsetBy: 4, limitedBy: bytes.endIndex) ?? bytes.endIndex
            before = Substring(bytes[..<start])
            after = Substring(bytes[end...])
        }

        func filled(_ action: Int) -> String { before + String(action) + after }
    }

    /// Feedback on the template's questions; its condition names them by
    /// their keys (`new_date`).
    struct FeedbackTemplate: Sendable {
        let id: String
        let severity: FeedbackRule.Severity
        let condition: Condition
        let message: Localized
        let trigger: String
        /// `id` split at `{id}` once, when read (per-action feedback's).
        let idTemplate: IDTemplate
        /// The template keys its condition reads (`new_date`), found once.
        let reads: Set<String>

        init(id: String, severity: FeedbackRule.Severity, condition: Condition, message: Localized, trigger: String) {
            self.id = id
            self.severity = severity
            self.condition = condition
            self.message = message
            self.trigger = trigger
            idTemplate = IDTemplate(id)
            reads = Set(condition.questionIDs)
        }
    }

    struct ActionTemplate: Sendable {
        let section: IDTemplate
        let title: Localized
        let rationale: Localized
        let ownerMissing: Localized
        let due: Localized
        let noDue: Localized
        /// The word an action to clarify something begins with («Avklare»).
        let clarifying: Localized?
        let status: QuestionTemplate
        /// What a done action to clarify something settled.
        let result: QuestionTemplate?
        let barrier: QuestionTemplate
        /// The barrier is not asked of an action not yet due.
        let onlyOverdue: Bool
        let otherBarrier: ChoiceOption
        let whyDropped: QuestionTemplate?
        /// What the «other» hindrance was.
        let whatElse: QuestionTemplate?
        let newDate: QuestionTemplate
        /// A deadline still to come is the new date's answer until another is typed.
        let keepsDue: Bool
        let feedback: [FeedbackTemplate]
    }

    struct ClosingTemplate: Sendable {
        let section: String
        let title: Localized
        let rationale: Localized
        let firstMeeting: QuestionTemplate
        let planned: Localized
        /// The statuses the first meeting gets in the plan when held or not.
        let held: ActionStatus
        let notHeld: ActionStatus
        let nextReview: QuestionTemplate
        let actions: QuestionTemplate
        let feedback: [FeedbackTemplate]
    }

    public func status(_ id: String) -> ActionStatus? { statuses.first { $0.id == id } }

    public func statusID(_ action: Int) -> String { self.action.status.id(for: action) }
    public func barrierID(_ action: Int) -> String { self.action.barrier.id(for: action) }
    public func dateID(_ action: Int) -> String { self.action.newDate.id(for: action) }
    public func resultID(_ action: Int) -> String? { self.action.result?.id(for: action) }
    public func whyID(_ action: Int) -> String? { self.action.whyDropped?.id(for: action) }
    public func elseID(_ action: Int) -> String? { self.action.whatElse?.id(for: action) }
    /// Whether a new date's question starts with the deadline the action has.
    public var keepsDue: Bool { action.keepsDue }

    /// Whether an action's text says it is one to clarify something:
    /// it begins with the rules' word («Avklare», "Clarify") in either language.
    public func clarifies(_ what: String) -> Bool {
        guard let word = action.clarifying else { return false }
        return [word.nb, word.en].contains { word in
            // Only the action's first word is compared.
            guard !word.isEmpty, let end = what.firstIndex(where: { $0 == ":" || $0 == " " }) else { return false }
            return what[..<end].lowercased() == word.lowercased()
        }
    }
    public var firstMeetingID: String { closing.firstMeeting.id }
    public var nextReviewID: String { closing.nextReview.id }
    public var actionsID: String { closing.actions.id }
    /// The option for a hindrance that is none of the rules' barriers.
    public var otherBarrier: String { action.otherBarrier.id }
    public var firstMeetingHeld: ActionStatus { closing.held }
    public var firstMeetingNotHeld: ActionStatus { closing.notHeld }

    /// - Parameters:
    ///   - plan: the rules the session was held under (their barriers are
    ///     what may have stood in the way).
    ///   - parties: those at the table in the session; each follow-up
    ///     question is for all of them.
    ///   - rows: the plan's actions as numbered then; the first meeting
    ///     (a row with no action id) is asked about as a meeting.
    ///   - today: the follow-up's date: an action due later is not asked
    ///     what stood in the way when the rules say `only_overdue`.
    public func make(for plan: RuleBook, parties: [Party], rows: [ActionTable.Row], today: LocalDate) -> RuleBook {
        let everyone = Asked(parties: parties.map(\.id), spelling: "all")
        let barriers =
            plan.sections.filter { $0.kind == .barrier }.map { ChoiceOption(id: $0.id, label: $0.title) }
            + [action.otherBarrier]
        let options = statuses.map { ChoiceOption(id: $0.id, label: $0.label) }
        var sections: [Section] = []
        var feedback: [FeedbackRule] = []
        for row in rows {
            guard let id = row.actionID else { continue }
            let sectionID = action.section.filled(id)
            let values = { (language: Language) -> [String: String] in
                let owner = row.owner ?? action.ownerMissing[language]
                let due = row.date.map { Placeholders.fill(action.due[language], ["date": $0.norwegian]) } ?? action.noDue[language]
                return ["number": String(row.number ?? id), "what": row.what, "owner": owner, "due": due]
            }
            let filling = (nb: values(.nb), en: values(.en))
            let title = Placeholders.fill(action.title, nb: filling.nb, en: filling.en)
            // The template's keys of the questions asked of this action.
            var ids = ["status": statusID(id), "new_date": dateID(id)]
            let condition = { (asking: (ActionStatus) -> Bool) in
                Condition.test(question: statusID(id), .oneOf(statuses.filter(asking).map { .option($0.id) }))
            }
            var newDate = question(
                action.newDate, id: dateID(id), section: sectionID, asked: everyone, kind: .date,
                values: filling, condition: condition(\.needsNewDate))
            newDate.role = .actionDate(id: id)
            var questions = [
                question(
                    action.status, id: statusID(id), section: sectionID, asked: everyone,
                    kind: .choice(options: options, multiple: false), values: filling, condition: nil)
            ]
            if let result = action.result, let resultID = resultID(id), clarifies(row.what) {
                ids["result"] = resultID
                questions.append(
                    question(
                        result, id: resultID, section: sectionID, asked: everyone, kind: .text, values: filling,
                        condition: condition(\.asksResult)))
            }
            // Whether «other» was chosen where it was asked.
            var saidOther: [Condition] = []
            let notDue = row.date.map { $0 >= today } ?? false
            if !(action.onlyOverdue && notDue) {
                ids["barrier"] = barrierID(id)
                questions.append(
                    question(
                        action.barrier, id: barrierID(id), section: sectionID, asked: everyone,
                        kind: .choice(options: barriers, multiple: true), values: filling, condition: condition(\.hindered)))
                saidOther.append(.all([condition(\.hindered), .test(question: barrierID(id), .equals(.option(action.otherBarrier.id)))]))
            }
            if let why = action.whyDropped, let whyID = whyID(id) {
                ids["why_dropped"] = whyID
                questions.append(
                    question(
                        why, id: whyID, section: sectionID, asked: everyone,
                        kind: .choice(options: barriers, multiple: true), values: filling, condition: condition(\.asksWhy)))
                saidOther.append(.all([condition(\.asksWhy), .test(question: whyID, .equals(.option(action.otherBarrier.id)))]))
            }
            if let whatElse = action.whatElse, let elseID = elseID(id), !saidOther.isEmpty {
                ids["what_else"] = elseID
                questions.append(
                    question(
                        whatElse, id: elseID, section: sectionID, asked: everyone, kind: .text, values: filling,
                        condition: .any(saidOther)))
            }
            questions.append(newDate)
            sections.append(
                Section(
                    id: sectionID, kind: .opening, title: title, short: title, rationale: action.rationale,
                    basis: .practice, questions: questions, status: nil))
            // Feedback on a question not asked of this action is not given.
            feedback += action.feedback.filter { $0.reads.allSatisfy { ids[$0] != nil } }.map { rule in
                FeedbackRule(
                    id: rule.idTemplate.filled(id), sectionID: sectionID,
                    severity: rule.severity, condition: rule.condition.renamingQuestions { ids[$0] ?? $0 },
                    message: rule.message, basis: .practice, trigger: ids[rule.trigger] ?? rule.trigger)
            }
        }
        var next: [Question] = []
        if let meeting = rows.first(where: { $0.actionID == nil }) {
            let values = { (language: Language) -> [String: String] in
                let planned = meeting.date.map { Placeholders.fill(closing.planned[language], ["date": $0.norwegian]) } ?? ""
                return ["meeting": meeting.what, "planned": planned]
            }
            let filling = (nb: values(.nb), en: values(.en))
            next.append(
                question(
                    closing.firstMeeting, id: firstMeetingID, section: closing.section, asked: everyone,
                    kind: .yesNo, values: filling, condition: nil))
        }
        var review = question(
            closing.nextReview, id: nextReviewID, section: closing.section, asked: everyone, kind: .date,
            values: ([:], [:]), condition: nil)
        review.role = .reviewDate
        next.append(review)
        var list = question(
            closing.actions, id: actionsID, section: closing.section, asked: everyone, kind: .actions,
            values: ([:], [:]), condition: nil)
        list.role = .actions
        next.append(list)
        sections.append(
            Section(
                id: closing.section, kind: .closing, title: closing.title, short: nil,
                rationale: closing.rationale, basis: .practice, questions: next, status: nil))
        let closingIDs = ["meeting": firstMeetingID, "next_review": nextReviewID, "actions": actionsID]
        feedback += closing.feedback.map { rule in
            FeedbackRule(
                id: rule.id, sectionID: closing.section, severity: rule.severity,
                condition: rule.condition.renamingQuestions { closingIDs[$0] ?? $0 },
                message: rule.message, basis: .practice, trigger: closingIDs[rule.trigger] ?? rule.trigger)
        }
        let planTitle = (nb: ["plan": plan.title.nb.sentenceMiddle], en: ["plan": plan.title.en.sentenceMiddle])
        return RuleBook(
            format: 2, id: plan.id + "-followup", version: plan.version,
            title: Placeholders.fill(title, nb: planTitle.nb, en: planTitle.en),
            languages: plan.languages, parties: parties.map { Party(id: $0.id, name: $0.name, short: $0.short, optional: false) },
            sources: plan.sources, sections: sections, feedback: feedback)
    }

    private func question(
        _ template: QuestionTemplate, id: String, section: String, asked: Asked, kind: Question.Kind,
        values: (nb: [String: String], en: [String: String]), condition: Condition?
    ) -> Question {
        Question(
            id: id, sectionID: section, asked: asked, kind: kind, text: Placeholders.fill(template.text, nb: values.nb, en: values.en),
            help: template.help.map { Placeholders.fill($0, nb: values.nb, en: values.en) }, condition: condition)
    }
}
