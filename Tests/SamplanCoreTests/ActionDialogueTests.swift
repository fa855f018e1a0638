import Testing

@testable import SamplanCore

/// The action dialogue's transitions on their own (issue 29): each typed
/// line and what it does, without a session around it.
struct ActionDialogueTests {
    static let today = LocalDate(iso: "2026-11-23")!
    static let item = ActionItem(what: "Møte", owner: nil, date: nil, id: 3)
    static let rows = [
        ActionTable.Row(number: 1, date: nil, owner: nil, what: "Første faste møte", first: false, actionID: nil, source: nil),
        ActionTable.Row(number: 2, date: nil, owner: nil, what: "Møte", first: false, actionID: 3, source: nil),
    ]

    static func answer(_ dialogue: ActionDialogue, _ line: String) -> ActionDialogue.Transition {
        dialogue.answer(line, today: today, rows: rows, language: .nb)
    }

    @Test func aNewActionIsMadeOnceEveryFieldIsAsked() {
        let new = ActionDialogue(purpose: .add, draft: ActionItem(what: "", owner: nil, date: nil), fields: ActionField.allCases)
        guard case .move(let owner?, nil, false) = Self.answer(new, "Hospitering") else {
            Issue.record("the text is kept and the position asked")
            return
        }
        #expect(owner.field == .owner && owner.draft.what == "Hospitering")
        guard case .move(let date?, nil, false) = Self.answer(owner, "enhetsleder") else {
            Issue.record("the date is asked")
            return
        }
        #expect(
            Self.answer(date, "15.01.2027")
                == .edit(.add(ActionItem(what: "Hospitering", owner: "enhetsleder", date: LocalDate(iso: "2027-01-15"))), continuing: nil))
        #expect(Self.answer(date, "") == .edit(.add(ActionItem(what: "Hospitering", owner: "enhetsleder", date: nil)), continuing: nil))
    }

    @Test func aNewActionWithoutTextIsCancelled() {
        let new = ActionDialogue(purpose: .add, draft: ActionItem(what: "", owner: nil, date: nil), fields: ActionField.allCases)
        #expect(Self.answer(new, "  ") == .cancel)
    }

    @Test func aChangeIsTakenFieldByFieldAndADashClears() {
        let change = ActionDialogue(purpose: .change(id: 3, number: 2), draft: Self.item, fields: [.owner, .date])
        guard case .edit(.change(id: 3, .owner("NAV-veileder")), let next?) = Self.answer(change, "NAV-veileder") else {
            Issue.record("the position is changed at once")
            return
        }
        #expect(next.field == .date && next.draft.owner == "NAV-veileder")
        #expect(Self.answer(next, "-") == .edit(.change(id: 3, .date(nil)), continuing: nil))
        guard case .move(let kept?, nil, false) = Self.answer(change, "") else {
            Issue.record("Enter keeps the position and asks the date")
            return
        }
        #expect(kept.field == .date && kept.draft == Self.item)
    }

    @Test func aDateThatIsNoDateIsRefusedWithTheReason() {
        let change = ActionDialogue(purpose: .change(id: 3, number: 2), draft: Self.item, fields: [.date])
        guard case .refuse(let message) = Self.answer(change, "snart") else {
            Issue.record("«snart» was taken")
            return
        }
        #expect(message.contains("snart"))
        // «i vår» may mean several dates: they are offered, nothing changes yet.
        guard case .severalDates("i vår", let dates) = Self.answer(change, "i vår") else {
            Issue.record("«i vår» was not offered as dates")
            return
        }
        #expect(dates.count == 3)
        #expect(Self.answer(change, "innen jul") == .edit(.change(id: 3, .date(LocalDate(iso: "2026-12-23"))), continuing: nil))
    }

    @Test func enterAtAGapDeclinesItAndGoesOn() {
        let gap = ActionDialogue(purpose: .change(id: 3, number: 2), draft: Self.item, fields: [.owner], gap: .owner(id: 3))
        #expect(Self.answer(gap, "") == .move(to: nil, declined: .owner(id: 3), nextGap: true))
    }

    @Test func theFirstStepIsChosenByItsNumber() {
        let choose = ActionDialogue(purpose: .chooseFirst, draft: ActionItem(what: "", owner: nil, date: nil), fields: [], gap: .firstStep)
        #expect(Self.answer(choose, "2") == .edit(.markFirst(id: 3), continuing: nil))
        #expect(Self.answer(choose, "") == .move(to: nil, declined: .firstStep, nextGap: true))
        guard case .refuse = Self.answer(choose, "1") else {
            Issue.record("the first meeting is chosen where it was asked, not here")
            return
        }
        guard case .refuse = Self.answer(choose, "9") else {
            Issue.record("a number past the list was taken")
            return
        }
    }
}
