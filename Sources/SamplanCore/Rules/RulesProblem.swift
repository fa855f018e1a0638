/// What can be wrong with a rules file. Data only: the words are made in
/// `message(in:)`, in the session's language.
public enum RulesProblem: Sendable, Equatable {
    /// The YAML itself does not parse (libyaml's own words, in English).
    case syntax(String)
    /// The file holds no YAML document, or only comments.
    case empty
    /// The file is not UTF-8 text.
    case notText
    /// `format:` names a version this samplan does not read.
    case unsupportedFormat(String)
    /// A value has the wrong shape, e.g. a list where a mapping belongs.
    case wrongShape(field: String, expected: Shape)
    case unknownField(String, allowed: [String])
    case missingField(String)
    /// A field's value is not one of a fixed set (type, ask, severity…).
    case unknownValue(field: String, value: String, allowed: [String])
    case invalidID(String)
    case duplicateID(kind: IDKind, id: String, firstLine: Int)
    case unknownQuestion(String)
    /// A condition reads a question that is asked later than (or is) the
    /// question it guards.
    case questionNotAskedBefore(String, guarding: String)
    case unknownSource(String)
    case unknownSection(String)
    case unknownOption(String, question: String, allowed: [String])
    case missingTranslation(Language)
    case invalidPattern(String, reason: String)
    /// A `matches` pattern with a repetition that may give back what it
    /// took (`PatternSafety`): matching could take exponential time.
    case patternMayHang(String, suggestion: String)
    /// A `matches` pattern with a backreference, which nothing bounds.
    case patternBackreference(String)
    case emptySection(String)
    /// Two questions claim the same `role:`.
    case duplicateRole(String, firstLine: Int)
    /// A section's short title leaves a prompt too wide for an answer.
    case promptTooWide(question: String, language: Language, width: Int, limit: Int)
    case emptyList(String)
    case invalidRange(min: Double, max: Double)
    /// A condition mapping with no test or several.
    case conditionNeedsOneTest(found: [String])
    /// A test that cannot apply to the question's type (`matches` on a date).
    case testNotForType(test: String, type: String)
    case fieldNotForType(field: String, type: String)
    /// `ask:` names a party the rules do not list.
    case unknownParty(String, allowed: [String])
    /// `ask: []`: a question nobody at the table answers.
    case questionForNoParty(String)
    /// An optional party with no yes/no question `present.ID`: it could
    /// never be at the table.
    case partyNeverAsked(String)
    /// A question for an optional party asked before the question that
    /// says whether it is at the table.
    case askedBeforePresence(question: String, party: String)
    /// Format 2: `source:` names a source without saying its kind.
    case sourceKindMissing(String)
    /// A research source with no `quote:`.
    case researchWithoutQuote(String)
    /// `step:` names the first step a date stands for, so it belongs beside `role: first-step.date`.
    case stepWithoutFirstStepDate
    /// `action:` suggests a step after advice; a blocking rule has none.
    case actionOnBlockingRule
    /// A follow-up rules id template without its one placeholder.
    case placeholderMissing(field: String, placeholder: String)

    public enum Shape: String, Sendable {
        case mapping, list, text, number, boolean, integer
    }

    public enum IDKind: String, Sendable {
        case question, section, feedback, source, option, party
    }

    public func message(in language: Language) -> String {
        switch language {
        case .en: englishMessage
        case .nb: norwegianMessage
        }
    }

}

extension Double {
    /// 3 rather than 3.0; 2.5 as it is.
    var compact: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
