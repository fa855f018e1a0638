/// One change to the plan's list of actions, as the engine takes it and a
/// transcript records it. Actions are named by their stable id, never by
/// the number they are shown with (that follows the dates).
public enum ActionEdit: Sendable, Equatable {
    /// A new action; its id is given by the engine. Made from the question
    /// being asked (`source` `.question` of the current one), it also
    /// leaves that question for later, as `/hopp` does.
    case add(ActionItem)
    case change(id: Int, ActionChange)
    case remove(id: Int)
    /// Marks this action as the plan's first step, and no other.
    case markFirst(id: Int)

    /// The action the edit is about; nil for one not yet added.
    public var id: Int? {
        switch self {
        case .add: nil
        case .change(let id, _), .remove(let id), .markFirst(let id): id
        }
    }
}

/// One field of an action, newly set; nil clears a position or a date.
public enum ActionChange: Sendable, Equatable {
    case what(String)
    case owner(String?)
    case date(LocalDate?)

    public var field: ActionField {
        switch self {
        case .what: .what
        case .owner: .owner
        case .date: .date
        }
    }
}

/// The fields an action has, by the names a transcript uses.
public enum ActionField: String, Sendable, CaseIterable {
    case what, owner, date

    /// The field's names as typed after `/tiltak N`, in either language.
    public static func named(_ word: String) -> ActionField? {
        switch word.lowercased() {
        case "hva", "what", "tekst", "text": .what
        case "ansvarlig", "stilling", "eier", "responsible", "owner", "position", "role": .owner
        case "frist", "dato", "date", "deadline", "due", "by", "when": .date
        default: nil
        }
    }
}

extension ActionItem {
    func applying(_ change: ActionChange) -> ActionItem {
        var item = self
        switch change {
        case .what(let text): item.what = text
        case .owner(let role): item.owner = role
        case .date(let date): item.date = date
        }
        return item
    }
}
