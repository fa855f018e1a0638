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

    private var englishMessage: String {
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

    private var norwegianMessage: String {
        switch self {
        case .syntax(let problem): "YAML-syntaksfeil: \(problem)"
        case .empty: "regelfilen er tom"
        case .notText: "regelfilen er ikke UTF-8-tekst"
        case .unsupportedFormat(let v): "ukjent regelformat «\(v)»; denne samplan leser format 1 og 2, og followup-1 for oppfølgingsregler"
        case .wrongShape(let field, let expected): "«\(field)» må være \(expected.norwegian)"
        case .unknownField(let f, let allowed): "ukjent felt «\(f)»; forventet ett av: \(allowed.joined(separator: ", "))"
        case .missingField(let f): "mangler påkrevd felt «\(f)»"
        case .unknownValue(let field, let value, let allowed):
            "ukjent \(field) «\(value)»; forventet ett av: \(allowed.joined(separator: ", "))"
        case .invalidID(let id): "ugyldig id «\(id)»; bruk små bokstaver a–z, sifre, «_» og «-», og start med en bokstav"
        case .duplicateID(let kind, let id, let line): "\(kind.norwegian)-id «\(id)» finnes fra før (linje \(line))"
        case .unknownQuestion(let id): "ukjent spørsmål «\(id)»"
        case .questionNotAskedBefore(let id, let guarding):
            "betingelsen for «\(guarding)» viser til «\(id)», som ikke stilles før"
        case .unknownSource(let id): "ukjent kilde «\(id)»; før den opp under «sources»"
        case .unknownSection(let id): "ukjent del «\(id)»"
        case .unknownOption(let option, let question, let allowed):
            "«\(option)» er ikke et valg i «\(question)»; forventet ett av: \(allowed.joined(separator: ", "))"
        case .missingTranslation(let lang): "mangler oversettelse: ingen «\(lang.rawValue)»-tekst"
        case .invalidPattern(let p, let reason): "ugyldig mønster «\(p)»: \(reason)"
        case .patternMayHang(let p, let suggestion):
            "mønsteret «\(p)» har en gjentakelse som kan gi fra seg det den har tatt, så noen svar ville gjøre søket eksponentielt tregt; gjør hver gjentakelse possessiv: «\(suggestion)»"
        case .patternBackreference(let p): "mønsteret «\(p)» bruker en tilbakereferanse, som kan gjøre søket eksponentielt tregt; skriv det uten"
        case .emptySection(let id): "delen «\(id)» har ingen spørsmål"
        case .duplicateRole(let role, let line): "et annet spørsmål har allerede rollen «\(role)» (linje \(line)); hver rolle hører til ett spørsmål"
        case .promptTooWide(let q, let lang, let width, let limit):
            "med denne korte tittelen blir ledeteksten til «\(q)» \(width) tegn bred på «\(lang.rawValue)»; høyst \(limit) gir plass til svaret i en terminal på 80 tegn"
        case .emptyList(let field): "«\(field)» kan ikke være tom"
        case .invalidRange(let lo, let hi): "ugyldig intervall: min \(lo.compact) er større enn max \(hi.compact)"
        case .conditionNeedsOneTest(let found):
            found.isEmpty
                ? "en betingelse trenger nøyaktig én test (answered, is, in, matches, at_least, at_most, less_than, more_than, missing, day_off, overdue), eller all/any/not"
                : "en betingelse trenger nøyaktig én test, fant: \(found.joined(separator: ", "))"
        case .testNotForType(let test, let type): "testen «\(test)» passer ikke til et spørsmål av typen \(type)"
        case .fieldNotForType(let field, let type): "«\(field)» passer ikke til et spørsmål av typen \(type)"
        case .unknownParty(let id, let allowed): "ukjent part «\(id)»; forventet én av: \(allowed.joined(separator: ", "))"
        case .questionForNoParty(let q): "«\(q)» stilles ikke til noen part; nevn én, flere eller all"
        case .partyNeverAsked(let id):
            "den valgfrie parten «\(id)» trenger et ja/nei-spørsmål med «role: present.\(id)» som spør om den sitter ved bordet"
        case .askedBeforePresence(let q, let party):
            "«\(q)» gjelder bare «\(party)», men kommer før spørsmålet om «\(party)» sitter ved bordet"
        case .sourceKindMissing(let id):
            "si hva slags kilde «\(id)» er: {research: \(id), quote: \"…\"}, {law: \(id), paragraph: \"§ …\"}, eller practice for vårt eget råd"
        case .stepWithoutFirstStepDate: "«step» hører hjemme på spørsmålet med «role: first-step.date»"
        case .actionOnBlockingRule: "«action» hører hjemme på råd: en blokkerende regel avviser svaret og foreslår ikke noe tiltak"
        case .placeholderMissing(let field, let placeholder): "«\(field)» må inneholde \(placeholder) nøyaktig én gang: hvert tiltak får sin egen id"
        case .researchWithoutQuote(let id):
            "forskningskilden «\(id)» trenger «quote:», den ordrette setningen i kilden som bærer meldingen"
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

    var norwegian: String {
        switch self {
        case .mapping: "en mapping (nøkkel: verdi)"
        case .list: "en liste"
        case .text: "tekst"
        case .number: "et tall"
        case .boolean: "true eller false"
        case .integer: "et heltall"
        }
    }
}

extension RulesProblem.IDKind {
    var norwegian: String {
        switch self {
        case .question: "spørsmåls"
        case .section: "dels"
        case .feedback: "tilbakemeldings"
        case .source: "kilde"
        case .option: "valg"
        case .party: "parts"
        }
    }
}

extension Double {
    /// 3 rather than 3.0; 2.5 as it is.
    var compact: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
