/// Reads and validates follow-up rules (`format: followup-1`,
/// Rules/README.md «Follow-up rules»), reporting every problem of a file
/// at once with its line and column, as `RulesLoader` does.
public enum FollowupRulesLoader {
    /// The formats this samplan reads; any other is refused, never guessed.
    public static let formats = ["followup-1"]

    static let topLevelFields = ["format", "id", "version", "title", "statuses", "each_action", "closing"]
    static let actionFields = ["section", "title", "rationale", "owner_missing", "due", "no_due", "clarifying", "questions", "feedback"]
    static let actionQuestions = ["status", "barrier", "new_date"]
    /// Added in follow-up rules 1.1.0; rules without them ask as before.
    static let optionalActionQuestions = ["result", "why_dropped", "what_else"]
    static let closingFields = ["section", "title", "rationale", "questions", "feedback"]
    static let closingQuestions = ["meeting", "next_review", "actions"]

    /// Whether a text says it is follow-up rules (its `format` begins
    /// with `followup`), so `samplan check` reads it with this loader.
    public static func declares(_ text: String) -> Bool {
        guard let root = try? YAMLReader.read(text), case .mapping(let mapping) = root,
            let format = mapping.first(where: { $0.key.string == "format" })?.value.string
        else { return false }
        return format.hasPrefix("followup")
    }

    public static func load(data: [UInt8], file: String) throws(RulesError) -> FollowupRules {
        try load(text: RulesLoader.text(of: data, file: file), file: file)
    }

    public static func load(text: String, file: String) throws(RulesError) -> FollowupRules {
        let context = RulesReadContext()
        return try RulesLoader.result(read(text: text, context: context), context: context, text: text, file: file)
    }

    private static func read(text: String, context: RulesReadContext) -> FollowupRules? {
        guard let top = RulesLoader.topLevel(of: text, field: "follow-up rules", context: context) else { return nil }
        if let node = top.required("format", context: context) {
            guard let format = node.string, formats.contains(format) else {
                context.report(.unsupportedFormat(node.string ?? ""), at: node.mark)
                return nil
            }
        }
        top.rejectUnknown(allowed: topLevelFields, context: context)
        let id = top.id(context: context)
        let version = top.text("version", required: true, context: context)
        let title = top.localized("title", required: true, context: context)
        let statuses = readStatuses(top, context: context)
        let action = top.required("each_action", context: context).flatMap { readAction($0, statuses: statuses, context: context) }
        let closing = top.required("closing", context: context).flatMap { readClosing($0, statuses: statuses, context: context) }
        guard let id, let version, let title, let statuses, let action, let closing, context.diagnostics.isEmpty else { return nil }
        return FollowupRules(
            id: id.0, version: version, text: text, hash: SHA256.hex(text.utf8), title: title,
            statuses: statuses, action: action, closing: closing)
    }

    private static func readStatuses(_ top: YAMLFields, context: RulesReadContext) -> [ActionStatus]? {
        guard let node = top.required("statuses", context: context),
            let items = YAMLFields.list(node, field: "statuses", context: context)
        else { return nil }
        if items.isEmpty { context.report(.emptyList("statuses"), at: node.mark) }
        var registry = IDRegistry(.option)
        let statuses = items.compactMap { item -> ActionStatus? in
            guard let fields = YAMLFields(item, field: "statuses", context: context) else { return nil }
            fields.rejectUnknown(allowed: ["id", "label", "outcome", "asks"], context: context)
            let id = fields.id(context: context)
            let label = fields.localized("label", required: true, context: context)
            let outcome: ActionStatus.Outcome? = RulesLoader.enumValue(fields, "outcome", context: context)
            var asks: Set<ActionStatus.Next> = []
            if let asksNode = fields["asks"], let list = YAMLFields.list(asksNode, field: "asks", context: context) {
                for entry in list {
                    guard let name = YAMLFields.text(entry, field: "asks", context: context) else { continue }
                    guard let next = ActionStatus.Next(rawValue: name) else {
                        context.report(
                            .unknownValue(field: "asks", value: name, allowed: ActionStatus.Next.allCases.map(\.rawValue)),
                            at: entry.mark)
                        continue
                    }
                    asks.insert(next)
                }
            }
            guard let id, registry.register(id.0, at: id.1, context: context), let label, let outcome else { return nil }
            return ActionStatus(id: id.0, label: label, outcome: outcome, asks: asks)
        }
        return statuses.count == items.count && !items.isEmpty ? statuses : nil
    }

    private static func readAction(_ node: YAMLNode, statuses: [ActionStatus]?, context: RulesReadContext) -> FollowupRules.ActionTemplate? {
        guard let fields = YAMLFields(node, field: "each_action", context: context) else { return nil }
        fields.rejectUnknown(allowed: actionFields, context: context)
        let section = template(fields, "section", context: context)
        let title = fields.localized("title", required: true, context: context)
        let rationale = fields.localized("rationale", required: true, context: context)
        let ownerMissing = fields.localized("owner_missing", required: true, context: context)
        let due = fields.localized("due", required: true, context: context)
        let noDue = fields.localized("no_due", required: true, context: context)
        let clarifying = fields.localized("clarifying", required: false, context: context)
        var table = QuestionTable()
        let questions = readQuestions(
            fields, keys: actionQuestions, optional: optionalActionQuestions, perAction: true, table: &table, context: context
        ) { key, question in
            switch key {
            case "barrier": ["other", "only_overdue"]
            case "new_date": ["keeps_due"]
            default: []
            }
        }
        let other = questions?.extras["barrier"].flatMap { readOption($0, context: context) }
        let onlyOverdue = questions?.extras["barrier"]?.bool("only_overdue", context: context) ?? false
        let keepsDue = questions?.extras["new_date"]?.bool("keeps_due", context: context) ?? false
        let feedback = readFeedback(fields, table: table, perAction: true, context: context)
        if let questions, let statuses {
            // A status may ask only what the template has.
            let asked: [(ActionStatus) -> Bool] = [\.asksResult, \.asksWhy]
            for (key, asks) in zip(["result", "why_dropped"], asked) where questions.templates[key] == nil && statuses.contains(where: asks) {
                context.report(.missingField(key), at: fields["questions"]?.mark ?? fields.mark)
            }
            if questions.templates["result"] != nil && clarifying == nil { context.report(.missingField("clarifying"), at: fields.mark) }
        }
        guard let section, let title, let rationale, let ownerMissing, let due, let noDue, let questions,
            let status = questions.templates["status"], let barrier = questions.templates["barrier"],
            let newDate = questions.templates["new_date"], let other, let feedback
        else { return nil }
        return FollowupRules.ActionTemplate(
            section: FollowupRules.IDTemplate(section), title: title, rationale: rationale, ownerMissing: ownerMissing,
            due: due, noDue: noDue, clarifying: clarifying, status: status, result: questions.templates["result"],
            barrier: barrier, onlyOverdue: onlyOverdue, otherBarrier: other, whyDropped: questions.templates["why_dropped"],
            whatElse: questions.templates["what_else"], newDate: newDate, keepsDue: keepsDue, feedback: feedback)
    }

    private static func readClosing(_ node: YAMLNode, statuses: [ActionStatus]?, context: RulesReadContext) -> FollowupRules.ClosingTemplate? {
        guard let fields = YAMLFields(node, field: "closing", context: context) else { return nil }
        fields.rejectUnknown(allowed: closingFields, context: context)
        let section = fields.id(field: "section", context: context)
        let title = fields.localized("title", required: true, context: context)
        let rationale = fields.localized("rationale", required: true, context: context)
        var table = QuestionTable()
        let questions = readQuestions(fields, keys: closingQuestions, optional: [], perAction: false, table: &table, context: context) {
            key, _ in
            key == "meeting" ? ["planned", "held", "not_held"] : []
        }
        let meeting = questions?.extras["meeting"]
        let planned = meeting?["planned"].flatMap { node -> Localized? in
            YAMLFields(node, field: "planned", context: context)?.translations(context: context)
        }
        let held = meeting?["held"].flatMap { statusNamed($0, field: "held", statuses: statuses, context: context) }
        let notHeld = meeting?["not_held"].flatMap { statusNamed($0, field: "not_held", statuses: statuses, context: context) }
        if let meeting, meeting["planned"] == nil || meeting["held"] == nil || meeting["not_held"] == nil {
            for key in ["planned", "held", "not_held"] where meeting[key] == nil { context.report(.missingField(key), at: meeting.mark) }
        }
        let feedback = readFeedback(fields, table: table, perAction: false, context: context)
        guard let section, let title, let rationale, let questions, let firstMeeting = questions.templates["meeting"],
            let nextReview = questions.templates["next_review"], let actions = questions.templates["actions"],
            let planned, let held, let notHeld, let feedback
        else { return nil }
        return FollowupRules.ClosingTemplate(
            section: section, title: title, rationale: rationale, firstMeeting: firstMeeting,
            planned: planned, held: held, notHeld: notHeld, nextReview: nextReview,
            actions: actions, feedback: feedback)
    }

    /// The kind each template question has: what its conditions may test.
    private static func kind(of key: String) -> Question.Kind {
        switch key {
        case "status", "barrier", "why_dropped": .choice(options: [], multiple: key != "status")
        case "meeting": .yesNo
        case "actions": .actions
        case "result", "what_else": .text
        default: .date
        }
    }

    private static func readQuestions(
        _ fields: YAMLFields, keys: [String], optional: [String], perAction: Bool, table: inout QuestionTable,
        context: RulesReadContext, extras: (String, YAMLFields) -> [String]
    )
        -> (templates: [String: FollowupRules.QuestionTemplate], extras: [String: YAMLFields])?
    {
        guard let node = fields.required("questions", context: context),
            let questions = YAMLFields(node, field: "questions", context: context)
        else { return nil }
        questions.rejectUnknown(allowed: keys + optional, context: context)
        var templates: [String: FollowupRules.QuestionTemplate] = [:]
        var extraFields: [String: YAMLFields] = [:]
        let given = optional.filter { questions[$0] != nil }
        for key in keys + given {
            _ = table.register(key, kind: kind(of: key), at: questions.mark, context: context)
            guard let questionNode = questions.required(key, context: context),
                let question = YAMLFields(questionNode, field: key, context: context)
            else { continue }
            question.rejectUnknown(allowed: ["id", "text", "help"] + extras(key, question), context: context)
            extraFields[key] = question
            let id = perAction ? template(question, "id", context: context) : question.id(field: "id", context: context)
            let text = question.localized("text", required: true, context: context)
            let help = question.localized("help", required: false, context: context)
            if let id, let text { templates[key] = FollowupRules.QuestionTemplate(id: id, text: text, help: help) }
        }
        return templates.count == keys.count + given.count ? (templates, extraFields) : nil
    }

    private static func readFeedback(
        _ fields: YAMLFields, table: QuestionTable, perAction: Bool,
        context: RulesReadContext
    ) -> [FollowupRules.FeedbackTemplate]? {
        guard let node = fields["feedback"] else { return [] }
        guard let items = YAMLFields.list(node, field: "feedback", context: context) else { return nil }
        var registry = IDRegistry(.feedback)
        let rules = items.compactMap { item -> FollowupRules.FeedbackTemplate? in
            guard let rule = YAMLFields(item, field: "feedback", context: context) else { return nil }
            rule.rejectUnknown(allowed: ["id", "severity", "when", "message"], context: context)
            let id = perAction ? template(rule, "id", context: context) : rule.id(context: context).map(\.0)
            let severity: FeedbackRule.Severity? = RulesLoader.enumValue(rule, "severity", context: context)
            let condition = rule.required("when", context: context).flatMap { RawCondition.read($0, context: context) }?
                .resolve(table: table, guarding: nil, context: context)
            let message = rule.localized("message", required: true, context: context)
            guard let id, registry.register(id, at: rule["id"]?.mark, context: context), let severity, let condition,
                let message, let trigger = condition.questionIDs.max(by: { (table[$0]?.position ?? 0) < (table[$1]?.position ?? 0) })
            else { return nil }
            return FollowupRules.FeedbackTemplate(id: id, severity: severity, condition: condition, message: message, trigger: trigger)
        }
        return rules.count == items.count ? rules : nil
    }

    /// An id with `{id}` where the action's id goes, valid once filled.
    private static func template(_ fields: YAMLFields, _ key: String, context: RulesReadContext) -> String? {
        guard let node = fields.required(key, context: context), let value = YAMLFields.text(node, field: key, context: context) else {
            return nil
        }
        guard value.components(separatedBy: "{id}").count == 2 else {
            context.report(.placeholderMissing(field: key, placeholder: "{id}"), at: node.mark)
            return nil
        }
        guard YAMLFields.isValidID(value.replacingOccurrences(of: "{id}", with: "1")) else {
            context.report(.invalidID(value), at: node.mark)
            return nil
        }
        return value
    }

    private static func readOption(_ fields: YAMLFields, context: RulesReadContext) -> ChoiceOption? {
        guard let node = fields.required("other", context: context),
            let option = YAMLFields(node, field: "other", context: context)
        else { return nil }
        option.rejectUnknown(allowed: ["id", "label"], context: context)
        let id = option.id(context: context)
        let label = option.localized("label", required: true, context: context)
        guard let id, let label else { return nil }
        return ChoiceOption(id: id.0, label: label)
    }

    private static func statusNamed(
        _ node: YAMLNode, field: String, statuses: [ActionStatus]?,
        context: RulesReadContext
    ) -> ActionStatus? {
        guard let name = YAMLFields.text(node, field: field, context: context), let statuses else { return nil }
        guard let status = statuses.first(where: { $0.id == name }) else {
            context.report(.unknownValue(field: field, value: name, allowed: statuses.map(\.id)), at: node.mark)
            return nil
        }
        return status
    }
}

extension YAMLFields {
    /// An id under another key than `id` (`section: next`), checked for form.
    func id(field: String, context: RulesReadContext) -> String? {
        guard let node = required(field, context: context), let value = YAMLFields.text(node, field: field, context: context) else {
            return nil
        }
        guard YAMLFields.isValidID(value) else {
            context.report(.invalidID(value), at: node.mark)
            return nil
        }
        return value
    }
}
