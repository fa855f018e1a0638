/// A date refused because it may mean several («i vår»): the dates were
/// shown numbered, and the next line may be just the number of one. The
/// line is then taken as if typed with that date in place of the words,
/// so a closing line «Hospitering ; fagkoordinator ; i vår» is not typed
/// again, and the record holds the date itself.
struct DatePick: Equatable {
    /// The line that was refused.
    let line: String
    /// The words in it that may mean several dates.
    let said: String
    let dates: [LocalDate]

    /// The refused line with the chosen date, when `answer` is the number
    /// of one of the dates; nil for anything else.
    func line(choosing answer: String) -> String? {
        guard let number = Int(answer.trimmingSpaces), dates.indices.contains(number - 1),
            let range = line.ranges(of: said).last
        else { return nil }
        var chosen = line
        chosen.replaceSubrange(range, with: dates[number - 1].norwegian)
        return chosen
    }
}

extension SessionEvent {
    /// The words and dates of a date refused for meaning several.
    var severalDates: (said: String, dates: [LocalDate])? {
        if case .invalid(.severalDates(let said, let dates)) = self { (said, dates) } else { nil }
    }
}
