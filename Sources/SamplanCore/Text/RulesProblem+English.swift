/// The rules file's own problems, in English: written for the author of a
/// rules file, who reads them beside the line (`RulesError.render`).
extension RulesProblem {
    var englishMessage: String {
        switch self {
        case .syntax(let problem): "YAML syntax error: \(problem)"
        case .empty: "the rules file is empty"
        case .notText: "the rules file is not UTF-8 text"
        case .unsupportedFormat(let v): "unsupported rules format '\(v)'; this samplan reads formats 1 and 2, and followup-1 for follow-up rules"
        case .wrongShape(let field, let expected): "'\(field)' must be \(expected.english)"
        case .unknownField(let f, let allowed): "unknown field '\(f)'; expected one of: \(allowed.joined(separator: ", "))"
        case .missingField(let f): "missing required field '\(f)'"
        case .unknownValue(let field, let value, let allowed):
            "unknown \(field) '\(value)'; expected one of: \(allowed.joined(separator: ", "))"
        case .invalidID(let id): "invalid id '\(id)'; use lower-case letters, digits, '_' and '-', starting with a letter"
        case .duplicateID(let kind, let id, let line): "duplicate \(kind.rawValue) id '\(id)' (first defined on line \(line))"
        case .unknownQuestion(let id): "unknown question '\(id)'"
        case .questionNotAskedBefore(let id, let guarding):
            "the condition of '\(guarding)' refers to '\(id)', which is not asked before it"
        case .unknownSource(let id): "unknown source '\(id)'; list it under 'sources'"
        case .unknownSection(let id): "unknown section '\(id)'"
        case .unknownOption(let option, let question, let allowed):
            "'\(option)' is not an option of '\(question)'; expected one of: \(allowed.joined(separator: ", "))"
        case .missingTranslation(let lang): "missing translation: no '\(lang.rawValue)' text"
        case .invalidPattern(let p, let reason): "invalid pattern '\(p)': \(reason)"
        case .patternMayHang(let p, let suggestion):
            "the pattern '\(p)' has a repetition that can give back what it took, so some answers would make matching take exponential time; make every repetition possessive: '\(suggestion)'"
        case .patternBackreference(let p):
            "the pattern '\(p)' uses a backreference, which could make matching take exponential time; write it without one"
        case .emptySection(let id): "section '\(id)' has no questions"
        case .duplicateRole(let role, let line): "another question already has the role '\(role)' (line \(line)); each role belongs to one question"
        case .promptTooWide(let q, let lang, let width, let limit):
            "with this short title the prompt of '\(q)' is \(width) columns in '\(lang.rawValue)'; at most \(limit) leave room for an answer on an 80-column terminal"
        case .emptyList(let field): "'\(field)' must not be empty"
        case .invalidRange(let lo, let hi): "invalid range: min \(lo.compact) is greater than max \(hi.compact)"
        case .conditionNeedsOneTest(let found):
            found.isEmpty
                ? "a condition needs exactly one test (answered, is, in, matches, at_least, at_most, less_than, more_than, missing, day_off, overdue), or all/any/not"
                : "a condition needs exactly one test, found: \(found.joined(separator: ", "))"
        case .testNotForType(let test, let type): "the test '\(test)' does not apply to a \(type) question"
        case .fieldNotForType(let field, let type): "'\(field)' does not apply to a \(type) question"
        case .unknownParty(let id, let allowed): "unknown party '\(id)'; expected one of: \(allowed.joined(separator: ", "))"
        case .questionForNoParty(let q): "'\(q)' is asked of no party; name one, several or all"
        case .partyNeverAsked(let id):
            "the optional party '\(id)' needs a yes/no question with 'role: present.\(id)' that asks whether it is at the table"
        case .askedBeforePresence(let q, let party):
            "'\(q)' is for '\(party)' only, but comes before the question that asks whether '\(party)' is at the table"
        case .sourceKindMissing(let id):
            "say what kind of source '\(id)' is: {research: \(id), quote: \"…\"}, {law: \(id), paragraph: \"§ …\"}, or practice for our own advice"
        case .stepWithoutFirstStepDate: "'step' belongs on the question with the role 'first-step.date'"
        case .actionOnBlockingRule: "'action' belongs on advice: a blocking rule refuses the answer and suggests no step"
        case .placeholderMissing(let field, let placeholder): "'\(field)' must contain \(placeholder) exactly once: each action gets its own id"
        case .researchWithoutQuote(let id):
            "research source '\(id)' needs 'quote:', the exact sentence of the source that carries the message"
        }
    }
}

extension RulesProblem.Shape {
    var english: String {
        switch self {
        case .mapping: "a mapping"
        case .list: "a list"
        case .text: "text"
        case .number: "a number"
        case .boolean: "true or false"
        case .integer: "a whole number"
        }
    }
}
