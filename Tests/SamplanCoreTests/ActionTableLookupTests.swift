import Testing

@testable import SamplanCore

/// The row a session confirms after each edit («✓ 3. …») is found by
/// counting, not by building the table (issue 28, finding 7): it must be
/// the very row the table gives, whatever the dates, ties and merges.
struct ActionTableLookupTests {
    typealias Drive = SessionDriverTests

    @Test func theCountedRowIsTheTablesRow() throws {
        let (driver, _, _) = try ActionTests.finishedSession()
        var state = driver.state
        // Back at the closing, where the list is edited.
        state.current = driver.interview.actionsQuestion?.id
        // Undated, tied and out-of-order dates, and one that repeats the
        // first meeting's name (the table merges the two).
        let dates = [nil, "2027-03-01", "2027-03-01", "2027-02-15", nil, "2027-01-02"].map { $0.flatMap { LocalDate(iso: $0) } }
        for n in 0..<40 {
            let what = n == 7 ? "Første faste møte" : "Tiltak \(n)"
            _ = driver.interview.step(&state, .action(.add(ActionItem(what: what, owner: "enhetsleder", date: dates[(n * 7 + n / 3) % dates.count]))))
        }
        let answers = driver.interview.answers(state)
        let table = ActionTable(rules: driver.rules, answers: answers, language: .nb)
        let ids = driver.interview.actions(state).map(\.id)
        #expect(ids.count > 40)
        for id in ids {
            #expect(ActionTable.row(id: id, rules: driver.rules, answers: answers, language: .nb) == table.row(id: id), "action \(id)")
        }
        #expect(ActionTable.row(id: 999, rules: driver.rules, answers: answers, language: .nb) == nil)
    }
}
