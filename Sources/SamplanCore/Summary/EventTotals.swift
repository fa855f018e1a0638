/// Totals over every session of an event, gathered one session at a time
/// so memory does not grow with the number of transcripts.
public struct EventTotals: Sendable {
    public private(set) var sessions = 0
    public private(set) var complete = 0
    public private(set) var firstStepWithinFourWeeks = 0
    /// Per criterion and barrier id: sessions where it is open / not met.
    public private(set) var open: [String: Int] = [:]
    public private(set) var notMet: [String: Int] = [:]
    /// Titles and kinds, from the rules first seen with each section id.
    public private(set) var titles: [String: Localized] = [:]
    public private(set) var barriers: [String] = []
    /// Every plan's actions, and those per criterion or barrier id.
    public private(set) var actions = 0
    public private(set) var actionsBySection: [String: Int] = [:]
    /// Plans followed up at least once, and the rest.
    public private(set) var followedUp = 0
    /// Actions by their last status's id, and per criterion or barrier by
    /// what it means (`ActionStatus.Outcome`).
    public private(set) var statuses: [String: Int] = [:]
    public private(set) var statusesBySection: [String: [String: Int]] = [:]
    /// What stood in the way, by barrier id (or `other`).
    public private(set) var hindrances: [String: Int] = [:]
    /// First steps planned within four weeks that a follow-up says were taken.
    public private(set) var firstStepsTaken = 0
    /// Plans followed up whose first step was planned within four weeks.
    public private(set) var firstStepsFollowedUp = 0
    public private(set) var criteria: [String] = []

    public init() {}

    public mutating func add(_ summary: SessionSummary, rules: RuleBook) {
        sessions += 1
        if summary.complete { complete += 1 }
        if summary.firstStepWithinFourWeeks { firstStepWithinFourWeeks += 1 }
        actions += summary.actions.count
        for action in summary.actions { if let section = action.section { actionsBySection[section, default: 0] += 1 } }
        if summary.isFollowedUp { followedUp += 1 }
        for action in summary.actions {
            guard let status = action.status else { continue }
            statuses[status, default: 0] += 1
            if let section = action.section, let outcome = action.outcome {
                statusesBySection[section, default: [:]][outcome.rawValue, default: 0] += 1
            }
        }
        for (id, count) in summary.hindrances { hindrances[id, default: 0] += count }
        if summary.firstStepWithinFourWeeks && summary.firstStepTaken { firstStepsTaken += 1 }
        if summary.firstStepWithinFourWeeks && summary.isFollowedUp { firstStepsFollowedUp += 1 }
        for section in rules.sections where section.kind == .criterion || section.kind == .barrier {
            if titles[section.id] == nil {
                titles[section.id] = section.title
                if section.kind == .barrier { barriers.append(section.id) } else { criteria.append(section.id) }
            }
            let status = summary.sections[section.id]
            if status == SectionStatus.open.rawValue { open[section.id, default: 0] += 1 }
            if status != SectionStatus.met.rawValue { notMet[section.id, default: 0] += 1 }
        }
    }
}
