/// A parsed answer, typed by its question.
public enum AnswerValue: Sendable, Equatable, Codable {
    /// Short text, long text or a role.
    case text(String)
    /// The chosen option ids, in the order given.
    case choice([String])
    case yesNo(Bool)
    case number(Double)
    case date(LocalDate)
    case actions([ActionItem])
}

/// One concrete action of a plan: what, which role, by when.
public struct ActionItem: Sendable, Equatable, Codable {
    public var what: String
    public var role: String?
    public var date: LocalDate?

    public init(what: String, role: String?, date: LocalDate?) {
        self.what = what
        self.role = role
        self.date = date
    }
}

extension AnswerValue {
    /// The answer as a person reads it back, in the session's language.
    public func display(for question: Question, in language: Language) -> String {
        switch self {
        case .text(let text): return text
        case .choice(let ids):
            guard case .choice(let options, _) = question.kind else { return ids.joined(separator: ", ") }
            let labels = ids.map { id in options.first { $0.id == id }?.label[language] ?? id }
            // Several chosen read as one sentence: «Muntlig i møte, en sikker
            // digital kanal …». A label that starts with an acronym or a
            // name (IPS, NAV-…) keeps its capitals.
            return labels.enumerated().map { index, label in index == 0 ? label : label.sentenceMiddle }.joined(separator: ", ")
        case .yesNo(let yes): return yes ? language.words.yes : language.words.no
        case .number(let value):
            guard case .number(_, _, let unit?, let unitOne) = question.kind else { return value.localizedNumber(language) }
            return value.localizedNumber(language) + " " + (value == 1 ? unitOne ?? unit : unit)[language]
        case .date(let date): return date.weekdayName(language) + " " + date.norwegian
        case .actions(let items):
            return items.map { $0.display(in: language) }.joined(separator: "\n")
        }
    }
}

extension String {
    /// The label as it reads after a comma: the first letter lower-cased
    /// when the second is lower-case too (so «IPS» and «NAV-» stay).
    var sentenceMiddle: String {
        guard let first = first, first.isUppercase, let second = dropFirst().first, second.isLowercase else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension ActionItem {
    public func display(in language: Language) -> String {
        let none = language.words.notSet
        return "\(what) — \(role ?? none) — \(date?.norwegian ?? none)"
    }
}

extension Double {
    /// Norwegian uses a decimal comma.
    func localizedNumber(_ language: Language) -> String {
        language.words.number(compact)
    }
}
