/// The questions read so far, in asking order, for resolving conditions.
struct QuestionTable {
    struct Entry {
        let position: Int
        /// Nil when the type was invalid (already reported).
        let kind: Question.Kind?
        /// The question's own pattern of what settles nothing.
        let unsettled: Pattern?
    }

    private(set) var entries: [String: Entry] = [:]
    private var registry = IDRegistry(.question)

    mutating func register(
        _ id: String, kind: Question.Kind?, unsettled: Pattern? = nil, at mark: YAMLMark?, context: RulesReadContext
    ) -> Bool {
        guard registry.register(id, at: mark, context: context) else { return false }
        entries[id] = Entry(position: entries.count, kind: kind, unsettled: unsettled)
        return true
    }

    subscript(id: String) -> Entry? { entries[id] }
}

/// A section as written, before its conditions are resolved.
struct RawSection {
    let id: String
    let kind: Section.Kind?
    let title: Localized?
    let short: Localized?
    let shortMark: YAMLMark?
    let rationale: Localized?
    let basis: Basis?
    let questions: [RawQuestion]
    let met: RawCondition?
    let partly: RawCondition?

    func resolve(table: QuestionTable, context: RulesReadContext) -> Section? {
        let resolved = questions.map { $0.resolve(section: id, table: table, context: context) }
        let met = met.flatMap { $0.resolve(table: table, guarding: nil, context: context) }
        let partly = partly.flatMap { $0.resolve(table: table, guarding: nil, context: context) }
        guard let kind, let title, let rationale, let basis else { return nil }
        let status = met.map { StatusRule(met: $0, partly: partly) }
        let section = Section(
            id: id, kind: kind, title: title, short: short, rationale: rationale, basis: basis,
            questions: resolved.compactMap { $0 }, status: status)
        if short != nil {
            checkPromptWidth(section, questionCount: table.entries.count, parties: context.parties, context: context)
        }
        return section
    }

    /// With a short title, every prompt of the section must fit beside an
    /// answer on an 80-column terminal (`SessionPrompt.widest`).
    private func checkPromptWidth(_ section: Section, questionCount: Int, parties: [Party], context: RulesReadContext) {
        for question in section.questions {
            for language in Language.allCases {
                let width = SessionPrompt.widest(
                    for: question, in: section, questionCount: questionCount, parties: parties,
                    language: language)
                if width > SessionPrompt.widestAllowed {
                    context.report(
                        .promptTooWide(
                            question: question.id, language: language, width: width,
                            limit: SessionPrompt.widestAllowed), at: shortMark)
                    return
                }
            }
        }
    }
}

/// A question as written, before its condition is resolved.
struct RawQuestion {
    let id: String
    let asked: Asked?
    let askMark: YAMLMark?
    let kind: Question.Kind?
    let text: Localized?
    let help: Localized?
    let condition: RawCondition?
    let role: QuestionRole?
    let step: FirstStepLabel?
    let clarify: Localized?
    let unsettled: Pattern?

    func resolve(section: String, table: QuestionTable, context: RulesReadContext) -> Question? {
        let resolved = condition.flatMap { $0.resolve(table: table, guarding: id, context: context) }
        guard let asked, let kind, let text else { return nil }
        if condition != nil && resolved == nil { return nil }
        return Question(
            id: id, sectionID: section, asked: asked, kind: kind, text: text,
            help: help, condition: resolved, role: role, step: step, clarify: clarify, unsettled: unsettled)
    }
}

extension RulesLoader {
    static let sectionFields = ["id", "kind", "title", "short", "rationale", "source", "status", "questions"]
    static let questionFields = [
        "id", "ask", "type", "text", "help", "when", "role", "options", "multiple", "min", "max", "unit", "unit_one", "step",
        "clarify", "unsettled",
    ]

    static func readSections(
        _ top: YAMLFields, sources: Set<String>, table: inout QuestionTable,
        context: RulesReadContext
    ) -> [RawSection] {
        guard let node = top.required("sections", context: context),
            let items = YAMLFields.list(node, field: "sections", context: context)
        else { return [] }
        if items.isEmpty { context.report(.emptyList("sections"), at: node.mark) }
        var registry = IDRegistry(.section)
        return items.compactMap { item in
            readSection(item, sources: sources, registry: &registry, table: &table, context: context)
        }
    }

    private static func readSection(
        _ node: YAMLNode, sources: Set<String>, registry: inout IDRegistry,
        table: inout QuestionTable, context: RulesReadContext
    ) -> RawSection? {
        guard let fields = YAMLFields(node, field: "sections", context: context) else { return nil }
        fields.rejectUnknown(allowed: sectionFields, context: context)
        let id = fields.id(context: context)
        let kind: Section.Kind? = enumValue(fields, "kind", context: context)
        let title = fields.localized("title", required: true, context: context)
        let short = fields.localized("short", required: false, context: context)
        let rationale = fields.localized("rationale", required: true, context: context)
        let basis = readBasis(fields, sources: sources, context: context)
        var met: RawCondition?
        var partly: RawCondition?
        if let statusNode = fields["status"], let status = YAMLFields(statusNode, field: "status", context: context) {
            status.rejectUnknown(allowed: ["met", "partly"], context: context)
            met = status.required("met", context: context).flatMap { RawCondition.read($0, context: context) }
            partly = status["partly"].flatMap { RawCondition.read($0, context: context) }
        }
        var questions: [RawQuestion] = []
        // A section whose status reads other sections' questions (a barrier
        // settled by a position asked for elsewhere) needs none of its own.
        if fields["questions"] != nil || met == nil, let questionsNode = fields.required("questions", context: context),
            let items = YAMLFields.list(questionsNode, field: "questions", context: context)
        {
            if items.isEmpty { context.report(.emptySection(id?.0 ?? "?"), at: questionsNode.mark) }
            questions = items.compactMap { readQuestion($0, table: &table, context: context) }
        }
        guard let id, registry.register(id.0, at: id.1, context: context) else { return nil }
        return RawSection(
            id: id.0, kind: kind, title: title, short: short, shortMark: fields["short"]?.mark,
            rationale: rationale, basis: basis, questions: questions, met: met, partly: partly)
    }

    private static func readQuestion(_ node: YAMLNode, table: inout QuestionTable, context: RulesReadContext) -> RawQuestion? {
        guard let fields = YAMLFields(node, field: "questions", context: context) else { return nil }
        fields.rejectUnknown(allowed: questionFields, context: context)
        let id = fields.id(context: context)
        let asked = readAsked(fields, question: id?.0, context: context)
        let kind = readKind(fields, context: context)
        let text = fields.localized("text", required: true, context: context)
        let help = fields.localized("help", required: false, context: context)
        let condition = fields["when"].flatMap { RawCondition.read($0, context: context) }
        // Registered even with a bad type, so later references to it do
        // not add misleading "unknown question" errors.
        let role = readRole(fields, kind: kind, context: context)
        let step = readStep(fields, role: role, context: context)
        let clarify = fields.localized("clarify", required: false, context: context)
        // A text question's own platitudes: what settles nothing there.
        var unsettled: Pattern?
        if let node = fields["unsettled"] {
            switch kind {
            case .text?, .longText?, .position?: unsettled = pattern(node, field: "unsettled", context: context)
            case let other?: context.report(.fieldNotForType(field: "unsettled", type: other.name), at: node.mark)
            case nil: break
            }
        }
        guard let id, table.register(id.0, kind: kind, unsettled: unsettled, at: id.1, context: context), let kind else { return nil }
        return RawQuestion(
            id: id.0, asked: asked, askMark: fields["ask"]?.mark, kind: kind, text: text, help: help,
            condition: condition, role: role, step: step, clarify: clarify, unsettled: unsettled)
    }

    /// `role:`, one of `QuestionRole.spellings`, fitting the question's type;
    /// each role is held by one question at most (`RulesLoader.checkRoles`).
    private static func readRole(_ fields: YAMLFields, kind: Question.Kind?, context: RulesReadContext) -> QuestionRole? {
        guard let node = fields["role"], let text = YAMLFields.text(node, field: "role", context: context) else { return nil }
        let parties = context.parties.map(\.id)
        let optional = context.parties.filter(\.optional).map(\.id)
        guard let role = QuestionRole(text, parties: parties, optional: optional) else {
            context.report(
                .unknownValue(
                    field: "role", value: text,
                    allowed: QuestionRole.spellings(parties: parties, optional: optional)), at: node.mark)
            return nil
        }
        if let kind, !role.fits(kind) {
            context.report(.fieldNotForType(field: "role: \(text)", type: kind.name), at: node.mark)
            return nil
        }
        context.noteRole(role, at: node.mark)
        return role
    }

    /// `step: {what: {nb, en}, by: {nb, en}}`, only beside `role: first-step.date`.
    private static func readStep(_ fields: YAMLFields, role: QuestionRole?, context: RulesReadContext) -> FirstStepLabel? {
        guard let node = fields["step"], let step = YAMLFields(node, field: "step", context: context) else { return nil }
        step.rejectUnknown(allowed: ["what", "by"], context: context)
        guard role == .firstStepDate else {
            context.report(.stepWithoutFirstStepDate, at: node.mark)
            return nil
        }
        let what = step.localized("what", required: true, context: context)
        let by = step.localized("by", required: false, context: context)
        return what.map { FirstStepLabel(what: $0, by: by) }
    }

    private static func readKind(_ fields: YAMLFields, context: RulesReadContext) -> Question.Kind? {
        guard let typeNode = fields.required("type", context: context),
            let type = YAMLFields.text(typeNode, field: "type", context: context)
        else { return nil }
        // Fields that belong to one type only are refused on the others.
        let typeOnly: [String: String] = [
            "options": "choice", "multiple": "choice", "min": "number", "max": "number", "unit": "number", "unit_one": "number",
        ]
        for entry in fields.entries {
            if let owner = typeOnly[entry.key], owner != type, Question.Kind.names.contains(type) {
                context.report(.fieldNotForType(field: entry.key, type: type), at: entry.keyMark)
            }
        }
        switch type {
        case "text": return .text
        case "longtext": return .longText
        case "yesno": return .yesNo
        case "date": return .date
        case "role": return .position
        case "actions": return .actions
        case "number":
            let min = fields.number("min", context: context)
            let max = fields.number("max", context: context)
            if let min, let max, min > max {
                context.report(.invalidRange(min: min, max: max), at: fields["min"]?.mark)
                return nil
            }
            let unit = fields.localized("unit", required: false, context: context)
            let unitOne = fields.localized("unit_one", required: false, context: context)
            return .number(min: min, max: max, unit: unit, unitOne: unitOne)
        case "choice":
            let multiple = fields.bool("multiple", context: context) ?? false
            guard let options = readOptions(fields, context: context) else { return nil }
            return .choice(options: options, multiple: multiple)
        default:
            context.report(.unknownValue(field: "type", value: type, allowed: Question.Kind.names), at: typeNode.mark)
            return nil
        }
    }

    private static func readOptions(_ fields: YAMLFields, context: RulesReadContext) -> [ChoiceOption]? {
        guard let node = fields.required("options", context: context),
            let items = YAMLFields.list(node, field: "options", context: context)
        else { return nil }
        if items.isEmpty {
            context.report(.emptyList("options"), at: node.mark)
            return nil
        }
        var registry = IDRegistry(.option)
        let options: [ChoiceOption] = items.compactMap { item in
            guard let option = YAMLFields(item, field: "options", context: context) else { return nil }
            option.rejectUnknown(allowed: ["id", "unsettled", "party"] + Language.allCases.map(\.rawValue), context: context)
            let id = option.id(context: context)
            let label = option.translations(context: context)
            let unsettled = option.bool("unsettled", context: context) ?? false
            var party: String?
            if let node = option["party"], let name = YAMLFields.text(node, field: "party", context: context) {
                let known = context.parties.map(\.id)
                if known.contains(name) { party = name } else { context.report(.unknownParty(name, allowed: known), at: node.mark) }
            }
            guard let id, registry.register(id.0, at: id.1, context: context), let label else { return nil }
            return ChoiceOption(id: id.0, label: label, unsettled: unsettled, party: party)
        }
        return options.count == items.count ? options : nil
    }

    /// A field whose value is one of an enum's raw values.
    static func enumValue<E: RawRepresentable & CaseIterable>(
        _ fields: YAMLFields, _ key: String,
        context: RulesReadContext
    ) -> E? where E.RawValue == String {
        guard let node = fields.required(key, context: context),
            let text = YAMLFields.text(node, field: key, context: context)
        else { return nil }
        guard let value = E(rawValue: text) else {
            context.report(.unknownValue(field: key, value: text, allowed: E.allCases.map(\.rawValue)), at: node.mark)
            return nil
        }
        return value
    }
}
