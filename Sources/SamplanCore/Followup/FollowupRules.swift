/// The questions of a follow-up weeks after the gathering, made from the
/// plan as it stands: for each action where it stands, what stood in the
/// way and a new date; whether the first meeting took place; when to follow
/// up next; and new actions. They are rules like any others (a `RuleBook`),
/// so the same engine, driver and shell run them, and a transcript's
/// follow-up replays through the same steps as the session itself.
public enum FollowupRules {
    /// Ids of the questions, by the action's stable id.
    public static func statusID(_ action: Int) -> String { "status_\(action)" }
    public static func barrierID(_ action: Int) -> String { "barrier_\(action)" }
    public static func dateID(_ action: Int) -> String { "date_\(action)" }
    public static let firstMeetingHeld = "first_meeting_held"
    public static let nextReview = "next_review"
    public static let actions = "actions"
    /// The option for a hindrance that is none of the rules' barriers.
    public static let otherBarrier = "other"

    /// - Parameters:
    ///   - plan: the rules the session was held under (their barriers are
    ///     what may have stood in the way).
    ///   - parties: those at the table in the session; each follow-up
    ///     question is for all of them.
    ///   - rows: the plan's actions as numbered then; the first meeting
    ///     (a row with no action id) is asked about as a meeting.
    public static func make(for plan: RuleBook, parties: [Party], rows: [ActionTable.Row]) -> RuleBook {
        let everyone = Asked(parties: parties.map(\.id), spelling: "all")
        let barriers = plan.sections.filter { $0.kind == .barrier }.map { ChoiceOption(id: $0.id, label: $0.title) }
            + [ChoiceOption(id: otherBarrier, label: Localized(nb: "Annet", en: "Something else"))]
        let statuses = ActionStatus.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.label) }
        let why = Localized(nb: "Oppfølgingen spør om hvert tiltak i avtalen: om det er gjort, hva som eventuelt sto i veien, og ny frist.",
                            en: "The follow-up asks about each action of the agreement: whether it is done, what stood in the way, and a new date.")
        var sections: [Section] = []
        var feedback: [FeedbackRule] = []
        for row in rows {
            guard let id = row.actionID else { continue }
            let sectionID = "action_\(id)"
            let title = Localized(nb: "Tiltak \(row.number)", en: "Action \(row.number)")
            let what = row.what
            let owner = Localized(nb: row.role ?? "ingen ansvarlig satt", en: row.role ?? "no one responsible")
            let due = Localized(nb: row.date.map { "frist \($0.norwegian)" } ?? "ingen frist", en: row.date.map { "due \($0.norwegian)" } ?? "no deadline")
            let hindered = Condition.test(question: statusID(id), .oneOf(ActionStatus.allCases.filter(\.hindered).map { .option($0.rawValue) }))
            let redated = Condition.test(question: statusID(id), .oneOf(ActionStatus.allCases.filter(\.needsNewDate).map { .option($0.rawValue) }))
            var newDate = Question(id: dateID(id), sectionID: sectionID, asked: everyone, kind: .date,
                                   text: Localized(nb: "Ny frist for «\(what)»?", en: "New deadline for “\(what)”?"),
                                   help: Localized(nb: "For eksempel 15.03.2027 eller «om 4 uker».", en: "For example 15.03.2027 or “in 4 weeks”."),
                                   condition: redated)
            newDate.role = .actionDate(id: id)
            let questions = [
                Question(id: statusID(id), sectionID: sectionID, asked: everyone, kind: .choice(options: statuses, multiple: false),
                         text: Localized(nb: "Tiltak \(row.number): «\(what)» (\(owner.nb), \(due.nb)). Hvor langt har dere kommet?",
                                         en: "Action \(row.number): “\(what)” (\(owner.en), \(due.en)). How far have you got?"),
                         help: nil, condition: nil),
                Question(id: barrierID(id), sectionID: sectionID, asked: everyone, kind: .choice(options: barriers, multiple: true),
                         text: Localized(nb: "Hva sto i veien for «\(what)»?", en: "What stood in the way of “\(what)”?"),
                         help: nil, condition: hindered),
                newDate,
            ]
            sections.append(Section(id: sectionID, kind: .opening, title: title, short: title, rationale: why, basis: .practice,
                                    questions: questions, status: nil))
            feedback.append(FeedbackRule(id: "new-date-past-\(id)", sectionID: sectionID, severity: .blocking,
                                         condition: .test(question: dateID(id), .compare(.lessThan, 0)),
                                         message: Localized(nb: "Den nye fristen må være i dag eller senere.",
                                                            en: "The new deadline must be today or later."),
                                         basis: .practice, trigger: dateID(id)))
            feedback.append(FeedbackRule(id: "new-date-day-off-\(id)", sectionID: sectionID, severity: .advice,
                                         condition: .test(question: dateID(id), .dayOff(true)),
                                         message: Localized(nb: "Den nye fristen faller på {day}. Velg gjerne en arbeidsdag.",
                                                            en: "The new deadline falls on {day}. Consider a working day."),
                                         basis: .practice, trigger: dateID(id)))
        }
        var closing: [Question] = []
        if let meeting = rows.first(where: { $0.actionID == nil }) {
            let planned = meeting.date.map { " (\($0.norwegian))" } ?? ""
            closing.append(Question(id: firstMeetingHeld, sectionID: "next", asked: everyone, kind: .yesNo,
                                    text: Localized(nb: "Ble «\(meeting.what)»\(planned) holdt?", en: "Did “\(meeting.what)”\(planned) take place?"),
                                    help: nil, condition: nil))
        }
        var review = Question(id: nextReview, sectionID: "next", asked: everyone, kind: .date,
                              text: Localized(nb: "Når følger dere opp avtalen neste gang?", en: "When will you next follow up the agreement?"),
                              help: Localized(nb: "Ved hver oppfølging avtaler dere den neste, for eksempel om et halvår.",
                                              en: "At each follow-up you agree on the next, for example in six months."),
                              condition: nil)
        review.role = .reviewDate
        closing.append(review)
        var list = Question(id: actions, sectionID: "next", asked: everyone, kind: .actions,
                            text: Localized(nb: "Vil dere legge til nye tiltak? Skriv ett per linje som «hva ; hvilken stilling ; innen når».",
                                            en: "Do you want to add new actions? Write one per line as “what ; which position ; by when”."),
                            help: nil, condition: nil)
        list.role = .actions
        closing.append(list)
        sections.append(Section(id: "next", kind: .closing, title: Localized(nb: "Videre", en: "Next"), short: nil,
                                rationale: Localized(nb: "Hver oppfølging avtaler den neste, så avtalen holdes levende.",
                                                     en: "Each follow-up agrees on the next, so the agreement stays alive."),
                                basis: .practice, questions: closing, status: nil))
        feedback.append(FeedbackRule(id: "next-review-past", sectionID: "next", severity: .blocking,
                                     condition: .test(question: nextReview, .compare(.lessThan, 1)),
                                     message: Localized(nb: "Neste oppfølging må ligge fram i tid.", en: "The next follow-up must be in the future."),
                                     basis: .practice, trigger: nextReview))
        feedback.append(FeedbackRule(id: "next-review-day-off", sectionID: "next", severity: .advice,
                                     condition: .test(question: nextReview, .dayOff(true)),
                                     message: Localized(nb: "Neste oppfølging faller på {day}. Velg gjerne en arbeidsdag.",
                                                        en: "The next follow-up falls on {day}. Consider a working day."),
                                     basis: .practice, trigger: nextReview))
        feedback.append(FeedbackRule(id: "action-on-day-off", sectionID: "next", severity: .advice,
                                     condition: .test(question: actions, .dayOff(true)),
                                     message: Localized(nb: "Minst ett tiltak har frist på {day}. Velg gjerne en arbeidsdag.",
                                                        en: "At least one action is due on {day}. Consider a working day."),
                                     basis: .practice, trigger: actions))
        feedback.append(FeedbackRule(id: "action-overdue", sectionID: "next", severity: .blocking,
                                     condition: .test(question: actions, .overdue(true)),
                                     message: Localized(nb: "Fristen for et tiltak må være i dag eller senere.",
                                                        en: "An action's deadline must be today or later."),
                                     basis: .practice, trigger: actions))
        return RuleBook(format: 2, id: plan.id + "-followup", version: plan.version,
                        title: Localized(nb: "Oppfølging av " + plan.title.nb.sentenceMiddle, en: "Follow-up of " + plan.title.en.sentenceMiddle),
                        languages: plan.languages, parties: parties.map { Party(id: $0.id, name: $0.name, short: $0.short, optional: false) },
                        sources: plan.sources, sections: sections, feedback: feedback)
    }
}
