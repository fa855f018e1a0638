/// Where an action stood at a follow-up, as the pair said: one of the
/// follow-up rules' `statuses` (Rules/followup.yaml).
public struct ActionStatus: Sendable, Equatable {
    /// What a status means for the plan, whatever its label says.
    public enum Outcome: String, Sendable, CaseIterable {
        /// Carried out: counted as done, not asked about again.
        case done
        /// Still to do: asked about at the next follow-up.
        case open
        /// Given up: not asked about again, not counted as done.
        case dropped
    }

    /// The follow-ups that may come after a status is chosen.
    public enum Next: String, Sendable, CaseIterable {
        case result
        case barrier
        case whyDropped = "why_dropped"
        case newDate = "new_date"
    }

    public let id: String
    /// The option's label in the follow-up, and the plan's status column.
    public let label: Localized
    public let outcome: Outcome
    /// Not done: the follow-up asks what stood in the way.
    public let hindered: Bool
    /// Still to do: the follow-up asks for a new date.
    public let needsNewDate: Bool
    /// Given up: the follow-up asks why.
    public let asksWhy: Bool
    /// Done: an action to clarify something asks what was settled.
    public let asksResult: Bool

    public init(id: String, label: Localized, outcome: Outcome, asks: Set<Next>) {
        self.id = id
        self.label = label
        self.outcome = outcome
        hindered = asks.contains(.barrier)
        needsNewDate = asks.contains(.newDate)
        asksWhy = asks.contains(.whyDropped)
        asksResult = asks.contains(.result)
    }

    /// Done or dropped: later follow-ups do not ask about it again.
    public var settles: Bool { outcome != .open }

    public static func == (lhs: ActionStatus, rhs: ActionStatus) -> Bool { lhs.id == rhs.id }
}
