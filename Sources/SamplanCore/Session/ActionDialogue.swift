/// The prompts that make one action or change one: what, which position,
/// by when. The driver asks the fields in turn. A change is recorded as
/// each field is answered; a new action once its last field is.
struct ActionDialogue {
    enum Purpose: Equatable {
        case add
        /// Changes fields of the action with this id, shown as `number`.
        case change(id: Int, number: Int)
        /// The closing asks which action is the first step.
        case chooseFirst
    }

    /// What the closing asks once: Enter leaves it as it is.
    enum Gap: Hashable {
        case owner(id: Int)
        case date(id: Int)
        case firstStep
    }

    var purpose: Purpose
    /// The action as it will be: proposed, or as it is now.
    var draft: ActionItem
    /// The fields still to ask, the one asked now first.
    var fields: [ActionField]
    /// Set when the closing asks for what is missing.
    var gap: Gap? = nil
    /// The field's hint is on screen.
    var hintShown = false

    var field: ActionField? { fields.first }

    mutating func next() {
        fields.removeFirst()
        hintShown = false
    }
}
