/// Collects every problem found while reading one rules file, so all of
/// them are reported in one run.
final class RulesReadContext {
    private(set) var diagnostics: [RulesDiagnostic] = []
    /// Rules recorded in a transcript: repetitions are made possessive
    /// instead of refused (`PatternSafety`).
    let makesPatternsPossessive: Bool

    init(makesPatternsPossessive: Bool = false) {
        self.makesPatternsPossessive = makesPatternsPossessive
    }

    /// The file's format, once read: what `ask:` and `source:` may say.
    var format = 1
    /// What settles nothing: read before the conditions that test `settled`.
    var unsettled = Unsettled.none
    /// Who can sit at the table: read before the questions that name them.
    var parties: [Party] = []
    /// Where each party was listed, for problems about the party.
    var partyMarks: [String: YAMLMark?] = [:]
    /// Patterns compiled so far, by source. Rules files repeat a pattern
    /// (the built-in rules test seven name fields with one), and parsing a
    /// Regex costs about as much as reading a tenth of the file.
    private var patterns: [String: Pattern] = [:]

    func pattern(_ source: String) throws -> Pattern {
        if let known = patterns[source] { return known }
        let compiled = try Pattern(source)
        patterns[source] = compiled
        return compiled
    }

    /// Where each role was first given, to refuse a second question with it.
    private var roles: [QuestionRole: YAMLMark] = [:]

    func noteRole(_ role: QuestionRole, at mark: YAMLMark?) {
        if let first = roles[role] {
            report(.duplicateRole(role.spelling, firstLine: first.line), at: mark)
        } else if let mark {
            roles[role] = mark
        }
    }

    func report(_ problem: RulesProblem, at mark: YAMLMark?) {
        diagnostics.append(RulesDiagnostic(problem, line: mark?.line ?? 0, column: mark?.column ?? 0))
    }
}

/// The keys of one YAML mapping with their positions, read by name.
struct YAMLFields {
    struct Entry {
        let key: String
        let keyMark: YAMLMark?
        let value: YAMLNode
    }

    let mark: YAMLMark?
    let entries: [Entry]

    /// Nil (with a problem reported) when the node is not a mapping.
    init?(_ node: YAMLNode, field: String, context: RulesReadContext) {
        guard case .mapping(let mapping) = node else {
            context.report(.wrongShape(field: field, expected: .mapping), at: node.mark)
            return nil
        }
        mark = mapping.mark
        entries = mapping.map { pair in
            Entry(key: pair.key.string ?? "", keyMark: pair.key.mark, value: pair.value)
        }
    }

    subscript(key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }

    var keys: [String] { entries.map(\.key) }

    /// Reports every key outside `allowed` at the key's own position.
    func rejectUnknown(allowed: [String], context: RulesReadContext) {
        for entry in entries where !allowed.contains(entry.key) {
            context.report(.unknownField(entry.key, allowed: allowed), at: entry.keyMark)
        }
    }

    func required(_ key: String, context: RulesReadContext) -> YAMLNode? {
        if let node = self[key] { return node }
        context.report(.missingField(key), at: mark)
        return nil
    }

    func text(_ key: String, required: Bool, context: RulesReadContext) -> String? {
        guard let node = required ? self.required(key, context: context) : self[key] else { return nil }
        return YAMLFields.text(node, field: key, context: context)
    }

    static func text(_ node: YAMLNode, field: String, context: RulesReadContext) -> String? {
        guard case .scalar(let scalar) = node else {
            context.report(.wrongShape(field: field, expected: .text), at: node.mark)
            return nil
        }
        return scalar.string
    }

    func number(_ key: String, context: RulesReadContext) -> Double? {
        guard let node = self[key] else { return nil }
        return YAMLFields.number(node, field: key, context: context)
    }

    static func number(_ node: YAMLNode, field: String, context: RulesReadContext) -> Double? {
        guard let value = node.number else {
            context.report(.wrongShape(field: field, expected: .number), at: node.mark)
            return nil
        }
        return value
    }

    func bool(_ key: String, context: RulesReadContext) -> Bool? {
        guard let node = self[key] else { return nil }
        return YAMLFields.bool(node, field: key, context: context)
    }

    static func bool(_ node: YAMLNode, field: String, context: RulesReadContext) -> Bool? {
        guard case .scalar = node, let value = node.bool else {
            context.report(.wrongShape(field: field, expected: .boolean), at: node.mark)
            return nil
        }
        return value
    }

    /// A list's items, or nil with a problem when the node is not a list.
    static func list(_ node: YAMLNode, field: String, context: RulesReadContext) -> [YAMLNode]? {
        guard case .sequence(let sequence) = node else {
            context.report(.wrongShape(field: field, expected: .list), at: node.mark)
            return nil
        }
        return Array(sequence)
    }

    /// A `{nb: …, en: …}` mapping; every language is required.
    func localized(_ key: String, required: Bool, context: RulesReadContext) -> Localized? {
        guard let node = required ? self.required(key, context: context) : self[key] else { return nil }
        guard let fields = YAMLFields(node, field: key, context: context) else { return nil }
        fields.rejectUnknown(allowed: Language.allCases.map(\.rawValue), context: context)
        return fields.translations(context: context)
    }

    /// A text that may be one for every language (`cite: Proba 2016`) or
    /// a `{nb: …, en: …}` mapping (`cite: {nb: NAV-loven, en: NAV Act}`).
    func textInEachLanguage(_ key: String, required: Bool, context: RulesReadContext) -> Localized? {
        guard let node = required ? self.required(key, context: context) : self[key] else { return nil }
        if case .mapping = node { return localized(key, required: required, context: context) }
        return YAMLFields.text(node, field: key, context: context).map { Localized(nb: $0, en: $0) }
    }

    /// The languages' texts among this mapping's own keys.
    func translations(context: RulesReadContext) -> Localized? {
        // Read in turn into two constants: a [Language: String] built here
        // for every text cost 3 % of loading the rules.
        let nb = translation(.nb, context: context)
        let en = translation(.en, context: context)
        guard let nb, let en else { return nil }
        return Localized(nb: nb, en: en)
    }

    private func translation(_ language: Language, context: RulesReadContext) -> String? {
        guard let node = self[language.rawValue] else {
            context.report(.missingTranslation(language), at: mark)
            return nil
        }
        return YAMLFields.text(node, field: language.rawValue, context: context)
    }

    /// An id field, checked for form.
    func id(context: RulesReadContext) -> (String, YAMLMark?)? {
        guard let node = required("id", context: context),
            let value = YAMLFields.text(node, field: "id", context: context)
        else { return nil }
        guard YAMLFields.isValidID(value) else {
            context.report(.invalidID(value), at: node.mark)
            return nil
        }
        return (value, node.mark)
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }
}

/// Remembers the first position of each id of one kind to report duplicates.
struct IDRegistry {
    let kind: RulesProblem.IDKind
    private var firstLines: [String: Int] = [:]

    init(_ kind: RulesProblem.IDKind) { self.kind = kind }

    /// False (with a problem reported) when the id was seen before.
    mutating func register(_ id: String, at mark: YAMLMark?, context: RulesReadContext) -> Bool {
        if let line = firstLines[id] {
            context.report(.duplicateID(kind: kind, id: id, firstLine: line), at: mark)
            return false
        }
        firstLines[id] = mark?.line ?? 0
        return true
    }
}
