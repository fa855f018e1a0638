/// What a question means to samplan itself, beyond being asked: which
/// answer names a party (the file name, the plan's heading, the summary),
/// which holds the list of actions, the first step and its date, the
/// review date, the leaders who sign and the contacts. Rules say it with
/// `role:` on the question, so no Swift code knows a rules file's question
/// ids and another rules file can name its own.
public enum QuestionRole: Hashable, Sendable {
    /// The unit or office of a party (`names.dps`).
    case names(party: String)
    /// The leader who signs for a party (`leader.nav`).
    case leader(party: String)
    /// A party's designated contact (`contact.dps`).
    case contact(party: String)
    /// Whether an optional party sits at the table (`present.kommune`): a
    /// yes/no question, or a choice with an option whose id is the party's;
    /// the party's own questions are asked after a yes (or that option).
    case present(party: String)
    case responseTime
    case actions
    case firstStep
    case firstStepRole
    case firstStepDate
    case reviewDate
    /// Who convenes the meetings: a choice whose options are the parties'
    /// ids; the chosen party's `contact.ID` position convenes (råd 1:
    /// responsibility in one place).
    case convener
    /// A new deadline for the action with this id (`action-date.3`): the
    /// answer becomes the action's date in the list. A follow-up's date
    /// questions have it.
    case actionDate(id: Int)

    /// The parties a format-1 rules file has.
    public static let formatOneParties = Party.formatOne.map(\.id)

    /// - Parameter optional: the parties that may be absent, the only
    ///   ones a `present.ID` role can name.
    public init?(_ text: String, parties: [String] = formatOneParties, optional: [String] = []) {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        switch (parts.first ?? "", parts.count) {
        case ("names", 2) where parties.contains(parts[1]): self = .names(party: parts[1])
        case ("leader", 2) where parties.contains(parts[1]): self = .leader(party: parts[1])
        case ("contact", 2) where parties.contains(parts[1]): self = .contact(party: parts[1])
        case ("present", 2) where optional.contains(parts[1]): self = .present(party: parts[1])
        case ("response-time", 1): self = .responseTime
        case ("actions", 1): self = .actions
        case ("first-step", 1): self = .firstStep
        case ("first-step", 2) where parts[1] == "role": self = .firstStepRole
        case ("first-step", 2) where parts[1] == "date": self = .firstStepDate
        case ("review-date", 1): self = .reviewDate
        case ("convener", 1): self = .convener
        case ("action-date", 2) where Int(parts[1]).map({ $0 > 0 }) == true: self = .actionDate(id: Int(parts[1])!)
        default: return nil
        }
    }

    /// Every role, as written, for the message that lists them.
    public static func spellings(parties: [String] = formatOneParties, optional: [String] = []) -> [String] {
        parties.flatMap { ["names.\($0)", "leader.\($0)", "contact.\($0)"] } + optional.map { "present.\($0)" }
            + ["response-time", "actions", "first-step", "first-step.role", "first-step.date", "review-date", "convener"]
    }

    public var spelling: String {
        switch self {
        case .names(let party): "names.\(party)"
        case .leader(let party): "leader.\(party)"
        case .contact(let party): "contact.\(party)"
        case .present(let party): "present.\(party)"
        case .responseTime: "response-time"
        case .actions: "actions"
        case .firstStep: "first-step"
        case .firstStepRole: "first-step.role"
        case .firstStepDate: "first-step.date"
        case .reviewDate: "review-date"
        case .convener: "convener"
        case .actionDate(let id): "action-date.\(id)"
        }
    }

    /// Whether a question of `kind` can hold what the role needs.
    func fits(_ kind: Question.Kind) -> Bool {
        switch (self, kind) {
        case (.actions, .actions): true
        case (.firstStepDate, .date), (.reviewDate, .date), (.actionDate, .date), (.present, .yesNo): true
        case (.present, .choice(_, let multiple)), (.convener, .choice(_, let multiple)): !multiple
        case (.names, .text), (.names, .position), (.leader, .text), (.leader, .position), (.contact, .text), (.contact, .position),
            (.responseTime, .text), (.responseTime, .choice), (.firstStep, .text), (.firstStepRole, .text), (.firstStepRole, .position):
            true
        default: false
        }
    }
}
