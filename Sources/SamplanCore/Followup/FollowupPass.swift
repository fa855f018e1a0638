/// One follow-up of a plan: its date and language, the follow-up rules it
/// asked by, the questions made from them for the plan as it stood, and
/// the state of its answers.
public struct FollowupPass: Sendable {
    public let date: LocalDate
    public let language: Language
    public let followupRules: FollowupRules
    public let rules: RuleBook
    /// The ids of the actions this follow-up asked about.
    public let asked: [Int]
    public internal(set) var state: SessionState

    public var interview: Interview { Interview(rules: rules, language: language) }
    public var isFinished: Bool { state.isFinished }

    /// One answer as recorded, found by its question's position: a
    /// follow-up of a long plan reads each action's answers without
    /// working out which of its thousands of questions apply.
    private func recorded(_ id: String) -> AnswerValue? {
        state.isSkipped(id, in: rules) ? nil : state.recorded(id, in: rules)
    }

    /// The follow-up goes on, on a later day than it began: dates typed
    /// from now on are checked against `date`, not the day it began.
    public mutating func `continue`(on date: LocalDate) {
        state.goOn(on: date)
    }

    /// The same follow-up with the answers of a live session.
    public func with(state: SessionState) -> FollowupPass {
        var pass = self
        pass.state = state
        return pass
    }

    /// The action's status as answered here; nil when it was not asked or
    /// not answered.
    public func status(of action: Int) -> ActionStatus? {
        guard case .choice(let ids)? = recorded(followupRules.statusID(action)), let id = ids.first else { return nil }
        return followupRules.status(id)
    }

    /// What stood in the way, or why it was dropped: the rules' barrier
    /// ids and `other`; counted only where the status asks it.
    public func barriers(of action: Int) -> [String] {
        guard let status = status(of: action) else { return [] }
        let asked = status.hindered ? followupRules.barrierID(action) : status.asksWhy ? followupRules.whyID(action) : nil
        guard let asked, case .choice(let ids)? = recorded(asked) else { return [] }
        return ids
    }

    /// What the «other» hindrance was, as typed.
    public func otherHindrance(of action: Int) -> String? {
        guard barriers(of: action).contains(followupRules.otherBarrier), let id = followupRules.elseID(action),
            case .text(let text)? = recorded(id)
        else { return nil }
        return text
    }

    /// What a done action to clarify something settled, as typed.
    public func result(of action: Int) -> String? {
        guard status(of: action)?.asksResult == true, let id = followupRules.resultID(action), case .text(let text)? = recorded(id)
        else { return nil }
        return text
    }

    /// The new deadline; asked, and so counted, only for an action started or not started.
    public func newDate(of action: Int) -> LocalDate? {
        guard status(of: action)?.needsNewDate == true, case .date(let date)? = recorded(followupRules.dateID(action)) else { return nil }
        return date
    }

    /// Whether the first meeting took place; nil when not asked or answered.
    public var firstMeetingHeld: Bool? {
        guard case .yesNo(let held)? = recorded(followupRules.firstMeetingID) else { return nil }
        return held
    }

    public var nextReview: LocalDate? {
        guard case .date(let date)? = recorded(followupRules.nextReviewID) else { return nil }
        return date
    }

    /// The plan's actions as this follow-up leaves them: its list, with any
    /// added or changed here and each new deadline in place (`action-date.ID`).
    public var actions: [ActionItem] { interview.actions(state) }
}
