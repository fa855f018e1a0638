/// A condition as written, kept with its positions until every question
/// is known and the test can be checked against the question's type.
indirect enum RawCondition {
    case all([RawCondition])
    case any([RawCondition])
    case not(RawCondition)
    case test(question: String, questionMark: YAMLMark?, name: String, value: YAMLNode)

    static let combinators = ["all", "any", "not"]
    static let tests = [
        "answered", "is", "in", "matches", "at_least", "at_most", "less_than", "more_than", "missing", "day_off", "overdue", "settled",
    ]

    static func read(_ node: YAMLNode, context: RulesReadContext) -> RawCondition? {
        guard let fields = YAMLFields(node, field: "condition", context: context) else { return nil }
        let combinator = fields.keys.filter(combinators.contains)
        if let first = combinator.first {
            guard fields.keys.count == 1 else {
                context.report(.conditionNeedsOneTest(found: fields.keys), at: fields.mark)
                return nil
            }
            let value = fields[first]!
            if first == "not" { return read(value, context: context).map(RawCondition.not) }
            guard let items = YAMLFields.list(value, field: first, context: context) else { return nil }
            if items.isEmpty { context.report(.emptyList(first), at: value.mark) }
            let parts = items.map { read($0, context: context) }
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            return first == "all" ? .all(parts.compactMap { $0 }) : .any(parts.compactMap { $0 })
        }
        fields.rejectUnknown(allowed: ["question"] + tests, context: context)
        let questionNode = fields.required("question", context: context)
        let question = questionNode.flatMap { YAMLFields.text($0, field: "question", context: context) }
        let found = fields.keys.filter(tests.contains)
        guard found.count == 1 else {
            context.report(.conditionNeedsOneTest(found: found), at: fields.mark)
            return nil
        }
        guard let question else { return nil }
        return .test(question: question, questionMark: questionNode?.mark, name: found[0], value: fields[found[0]]!)
    }

    /// Checks references and types. `guarding` is the question whose `when`
    /// this is: it may only read questions asked before it.
    func resolve(table: QuestionTable, guarding: String?, context: RulesReadContext) -> Condition? {
        switch self {
        case .all(let parts):
            let resolved = parts.map { $0.resolve(table: table, guarding: guarding, context: context) }
            return resolved.allSatisfy { $0 != nil } ? .all(resolved.compactMap { $0 }) : nil
        case .any(let parts):
            let resolved = parts.map { $0.resolve(table: table, guarding: guarding, context: context) }
            return resolved.allSatisfy { $0 != nil } ? .any(resolved.compactMap { $0 }) : nil
        case .not(let inner):
            return inner.resolve(table: table, guarding: guarding, context: context).map(Condition.not)
        case .test(let question, let mark, let name, let value):
            guard let entry = table[question] else {
                context.report(.unknownQuestion(question), at: mark)
                return nil
            }
            if let guarding, let guardEntry = table[guarding], entry.position >= guardEntry.position {
                context.report(.questionNotAskedBefore(question, guarding: guarding), at: mark)
                return nil
            }
            guard let kind = entry.kind,
                let test = RawCondition.test(name, value: value, question: question, kind: kind, own: entry.unsettled, context: context)
            else {
                return nil
            }
            return .test(question: question, test)
        }
    }

    private static func test(
        _ name: String, value: YAMLNode, question: String, kind: Question.Kind, own: Pattern?,
        context: RulesReadContext
    ) -> Condition.Test? {
        func refuse() -> Condition.Test? {
            context.report(.testNotForType(test: name, type: kind.name), at: value.mark)
            return nil
        }
        switch name {
        case "answered":
            return YAMLFields.bool(value, field: name, context: context).map(Condition.Test.answered)
        case "settled":
            switch kind {
            case .text, .longText, .position, .choice, .number: break
            default: return refuse()
            }
            let settling = context.unsettled.settling(for: kind, own: own)
            return YAMLFields.bool(value, field: name, context: context).map { Condition.Test.settled($0, settling) }
        case "is":
            guard let literal = literal(value, field: name, question: question, kind: kind, context: context) else {
                if case .date = kind { return refuse() }
                if case .actions = kind { return refuse() }
                return nil
            }
            return .equals(literal)
        case "in":
            guard let items = YAMLFields.list(value, field: name, context: context) else { return nil }
            let literals = items.map { literal($0, field: name, question: question, kind: kind, context: context) }
            guard literals.allSatisfy({ $0 != nil }), !literals.isEmpty else {
                if literals.isEmpty { context.report(.emptyList(name), at: value.mark) }
                return nil
            }
            return .oneOf(literals.compactMap { $0 })
        case "matches":
            switch kind {
            case .text, .longText, .position, .actions: break
            default: return refuse()
            }
            return RulesLoader.pattern(value, field: name, context: context).map(Condition.Test.matches)
        case "missing":
            guard case .actions = kind else { return refuse() }
            guard let text = YAMLFields.text(value, field: name, context: context) else { return nil }
            guard let part = Condition.ActionPart(rawValue: text) else {
                context.report(.unknownValue(field: name, value: text, allowed: Condition.ActionPart.allCases.map(\.rawValue)), at: value.mark)
                return nil
            }
            return .missing(part)
        case "day_off":
            switch kind {
            case .date, .actions: break
            default: return refuse()
            }
            return YAMLFields.bool(value, field: name, context: context).map(Condition.Test.dayOff)
        case "overdue":
            switch kind {
            case .date, .actions: break
            default: return refuse()
            }
            return YAMLFields.bool(value, field: name, context: context).map(Condition.Test.overdue)
        default:
            let comparison = Condition.Comparison(rawValue: name)!
            switch kind {
            case .number, .date, .actions: break
            default: return refuse()
            }
            return YAMLFields.number(value, field: name, context: context).map { .compare(comparison, $0) }
        }
    }

    /// A literal typed by the question: an option id, yes/no, number or text.
    private static func literal(
        _ node: YAMLNode, field: String, question: String, kind: Question.Kind,
        context: RulesReadContext
    ) -> ConditionValue? {
        switch kind {
        case .choice(let options, _):
            guard let text = YAMLFields.text(node, field: field, context: context) else { return nil }
            guard options.contains(where: { $0.id == text }) else {
                context.report(.unknownOption(text, question: question, allowed: options.map(\.id)), at: node.mark)
                return nil
            }
            return .option(text)
        case .yesNo:
            return YAMLFields.bool(node, field: field, context: context).map(ConditionValue.bool)
        case .number:
            return YAMLFields.number(node, field: field, context: context).map(ConditionValue.number)
        case .text, .longText, .position:
            return YAMLFields.text(node, field: field, context: context).map(ConditionValue.text)
        case .date, .actions:
            return nil
        }
    }
}

extension RulesLoader {
    static let feedbackFields = ["id", "section", "severity", "when", "message", "source", "action"]

    static func readFeedback(
        _ top: YAMLFields, sections: Set<String>, sources: Set<String>,
        table: QuestionTable, context: RulesReadContext
    ) -> [FeedbackRule] {
        guard let node = top["feedback"],
            let items = YAMLFields.list(node, field: "feedback", context: context)
        else { return [] }
        var registry = IDRegistry(.feedback)
        return items.compactMap { item -> FeedbackRule? in
            guard let fields = YAMLFields(item, field: "feedback", context: context) else { return nil }
            fields.rejectUnknown(allowed: feedbackFields, context: context)
            let id = fields.id(context: context)
            let sectionNode = fields.required("section", context: context)
            var section = sectionNode.flatMap { YAMLFields.text($0, field: "section", context: context) }
            if let name = section, !sections.contains(name) {
                context.report(.unknownSection(name), at: sectionNode?.mark)
                section = nil
            }
            let severity: FeedbackRule.Severity? = enumValue(fields, "severity", context: context)
            let raw = fields.required("when", context: context).flatMap { RawCondition.read($0, context: context) }
            let condition = raw?.resolve(table: table, guarding: nil, context: context)
            let message = fields.localized("message", required: true, context: context)
            let basis = readBasis(fields, sources: sources, context: context)
            guard let id, registry.register(id.0, at: id.1, context: context),
                let section, let severity, let condition, let message, let basis
            else { return nil }
            // Checked once the last question it reads has been passed. An
            // empty `all: []` reads none; it was reported as an empty list.
            guard let trigger = condition.questionIDs.max(by: { (table[$0]?.position ?? 0) < (table[$1]?.position ?? 0) }) else {
                return nil
            }
            var rule = FeedbackRule(
                id: id.0, sectionID: section, severity: severity, condition: condition,
                message: message, basis: basis, trigger: trigger)
            rule.action = readSuggestedAction(fields, severity: severity, context: context)
            return rule
        }
    }

    /// `action: {nb: …, en: …, owner: PARTY}`: only advice suggests a step;
    /// a blocking rule refuses an answer instead.
    private static func readSuggestedAction(
        _ fields: YAMLFields, severity: FeedbackRule.Severity,
        context: RulesReadContext
    ) -> SuggestedAction? {
        guard let node = fields["action"], let action = YAMLFields(node, field: "action", context: context) else { return nil }
        action.rejectUnknown(allowed: Language.allCases.map(\.rawValue) + ["owner"], context: context)
        guard severity == .advice else {
            context.report(.actionOnBlockingRule, at: node.mark)
            return nil
        }
        var owner: String?
        if let ownerNode = action["owner"], let id = YAMLFields.text(ownerNode, field: "owner", context: context) {
            let parties = context.parties.isEmpty ? QuestionRole.formatOneParties : context.parties.map(\.id)
            guard parties.contains(id) else {
                context.report(.unknownParty(id, allowed: parties), at: ownerNode.mark)
                return nil
            }
            owner = id
        }
        return action.translations(context: context).map { SuggestedAction(text: $0, owner: owner) }
    }

    /// A regular expression as `matches` and `unsettled` take it: refused
    /// when a repetition could give back (or made possessive, for rules
    /// recorded in a transcript), and compiled once.
    static func pattern(_ value: YAMLNode, field: String, context: RulesReadContext) -> Pattern? {
        guard var source = YAMLFields.text(value, field: field, context: context) else { return nil }
        let findings = PatternSafety.findings(source)
        if findings.contains(.backreference) {
            context.report(.patternBackreference(source), at: value.mark)
            return nil
        }
        if !findings.isEmpty, let possessive = PatternSafety.possessive(source) {
            guard context.makesPatternsPossessive else {
                context.report(.patternMayHang(source, suggestion: possessive), at: value.mark)
                return nil
            }
            source = possessive
        }
        do {
            return try context.pattern(source)
        } catch {
            context.report(.invalidPattern(source, reason: String(describing: error)), at: value.mark)
            return nil
        }
    }
}
