/// Where an action stood at a follow-up, as the pair said.
public enum ActionStatus: String, Sendable, CaseIterable, Codable {
    case done
    case started
    case notStarted = "not_started"
    case dropped

    /// The option's label in the follow-up, and the plan's status column.
    public var label: Localized {
        switch self {
        case .done: Localized(nb: "Gjennomført", en: "Done")
        case .started: Localized(nb: "Påbegynt", en: "In progress")
        case .notStarted: Localized(nb: "Ikke påbegynt", en: "Not started")
        case .dropped: Localized(nb: "Droppet", en: "Dropped")
        }
    }

    /// Not done: the follow-up asks what stood in the way.
    public var hindered: Bool { self != .done }
    /// Still to do: the follow-up asks for a new date.
    public var needsNewDate: Bool { self == .started || self == .notStarted }
}
