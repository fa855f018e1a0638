/// The prompts that make one action or change one: what, which position,
/// by when. The driver asks the fields in turn. A change is recorded as
/// each field is answered; a new action once its last field is.
struct ActionDialogue: Equatable {
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

/// The dialogue's one transition: what a typed line does to it. Pure, so
/// every path is tested on its own (ActionDialogueTests); the driver only
/// carries out what comes back.
extension ActionDialogue {
    enum Transition: Equatable {
        /// Say this and ask the same again.
        case refuse(String)
        /// The date typed may mean any of these: offer them, ask again.
        case severalDates(String, [LocalDate])
        /// Make this edit (asking the same again if it is refused), then
        /// ask `continuing`, if any.
        case edit(ActionEdit, continuing: ActionDialogue?)
        /// Nothing to record: ask `next` (nil: the dialogue is over).
        /// `declined` is the gap Enter left as it was; `nextGap`: the
        /// closing goes on to the next thing the list lacks.
        case move(to: ActionDialogue?, declined: Gap?, nextGap: Bool)
        /// A new action left without its text: nothing is made.
        case cancel
    }

    /// - Parameter rows: the list as numbered now, for the first step.
    func answer(_ line: String, today: LocalDate, rows: [ActionTable.Row], language: Language) -> Transition {
        let text = line.trimmingSpaces
        if purpose == .chooseFirst {
            guard !text.isEmpty else { return .move(to: nil, declined: .firstStep, nextGap: true) }
            guard let number = Int(text), let id = rows.first(where: { $0.number == number })?.actionID else {
                return .refuse(language.words.chooseFirstAgain(rows.filter { $0.actionID != nil }.compactMap(\.number).sorted()))
            }
            return .edit(.markFirst(id: id), continuing: nil)
        }
        guard let field else { return .move(to: nil, declined: nil, nextGap: false) }
        var change: ActionChange?
        switch field {
        case .what:
            if text.isEmpty && draft.what.isEmpty { return .cancel }
            if !text.isEmpty { change = .what(text) }
        case .owner:
            if text == "-" { change = .owner(nil) } else if !text.isEmpty { change = .owner(text) }
        case .date:
            if text == "-" {
                change = .date(nil)
            } else if !text.isEmpty {
                switch DateParser.read(text, today: today) {
                case .date(let date)?: change = .date(date)
                case .choices(let dates)?: return .severalDates(text, dates)
                case nil: return .refuse(AnswerProblem.actionDate(text).message(in: language))
                }
            }
        }
        var rest = self
        if let change { rest.draft = rest.draft.applying(change) }
        rest.next()
        let continuing = rest.fields.isEmpty ? nil : rest
        // A change is taken field by field; a new action once all are asked.
        if case .change(let id, _) = purpose {
            guard let change else { return .move(to: continuing, declined: gap, nextGap: continuing == nil && gap != nil) }
            return .edit(.change(id: id, change), continuing: continuing)
        }
        guard continuing == nil else { return .move(to: continuing, declined: nil, nextGap: false) }
        return .edit(.add(rest.draft), continuing: nil)
    }
}
