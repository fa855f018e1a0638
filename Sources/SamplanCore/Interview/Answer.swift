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

/// One concrete action of a plan: what, which position, by when. The
/// plan's actions are the answer to the question with the role `actions`:
/// typed there, or made from advice or an open question with `/tiltak`
/// at any point, and changed with the action commands (`ActionEdit`).
public struct ActionItem: Sendable, Equatable, Codable {
    public var what: String
    /// The position responsible for it.
    public var owner: String?
    public var date: LocalDate?
    /// Stable within a session: given when the action is added (one more
    /// than the highest so far) and never reused, so a record names the
    /// same action whatever the list's order. 0 until it is added.
    public var id: Int = 0
    /// The advice or question it answers, for the plan's links.
    public var source: ActionSource? = nil
    /// The pair marked it as the first step.
    public var first: Bool = false

    public init(what: String, owner: String?, date: LocalDate?, id: Int = 0, source: ActionSource? = nil, first: Bool = false) {
        self.what = what
        self.owner = owner
        self.date = date
        self.id = id
        self.source = source
        self.first = first
    }

    enum CodingKeys: String, CodingKey { case what, owner = "role", date, id, source, first }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        what = try values.decode(String.self, forKey: .what)
        owner = try values.decodeIfPresent(String.self, forKey: .owner)
        date = try values.decodeIfPresent(LocalDate.self, forKey: .date)
        id = try values.decodeIfPresent(Int.self, forKey: .id) ?? 0
        source = try values.decodeIfPresent(String.self, forKey: .source).flatMap(ActionSource.init(recorded:))
        first = try values.decodeIfPresent(Bool.self, forKey: .first) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(what, forKey: .what)
        try values.encodeIfPresent(owner, forKey: .owner)
        try values.encodeIfPresent(date, forKey: .date)
        try values.encode(id, forKey: .id)
        try values.encodeIfPresent(source?.recorded, forKey: .source)
        try values.encode(first, forKey: .first)
    }
}

/// What an action answers: a piece of advice (a feedback rule) or a
/// question left open.
public enum ActionSource: Sendable, Equatable, Hashable {
    case advice(String)
    case question(String)

    /// As a transcript writes it: «advice:no-deputies», «question:x».
    public var recorded: String {
        switch self {
        case .advice(let id): "advice:" + id
        case .question(let id): "question:" + id
        }
    }

    public init?(recorded: String) {
        if recorded.hasPrefix("advice:") && recorded.count > 7 {
            self = .advice(String(recorded.dropFirst(7)))
        } else if recorded.hasPrefix("question:") && recorded.count > 9 {
            self = .question(String(recorded.dropFirst(9)))
        } else {
            return nil
        }
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
    /// when the second is lower-case too (so «IPS» and «NAV-» stay), or
    /// when it is a word of one letter ("A secure channel").
    var sentenceMiddle: String {
        guard let first = first, first.isUppercase, let second = dropFirst().first,
            second.isLowercase || (second == " " && first != "I")
        else { return self }
        return first.lowercased() + dropFirst()
    }

    /// A typed answer as a sentence of its own: ended with a full stop
    /// when it ends without one («…» and ")" too).
    var asSentence: String {
        let text = trimmingSpaces
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }
}

extension ActionItem {
    public func display(in language: Language) -> String {
        let none = language.words.notSet
        return "\(what) — \(owner ?? none) — \(date?.norwegian ?? none)"
    }
}

extension Double {
    /// Norwegian uses a decimal comma.
    func localizedNumber(_ language: Language) -> String {
        language.words.number(compact)
    }
}
