/// A date refused because it may mean several («i vår»): the dates were
/// shown numbered, and the next line may be just the number of one, or
/// another date. The line is then taken as if typed with that date in
/// place of the words, so a closing line «Hospitering ; fagkoordinator ;
/// i vår» is not typed again, and the record holds the date itself.
struct DatePick: Equatable {
    /// The line that was refused.
    let line: String
    /// The words in it that may mean several dates.
    let said: String
    let dates: [LocalDate]

    enum Answer: Equatable {
        /// The refused line with the date chosen in place of the words.
        case chosen(String)
        /// A number, but none of the dates': they are offered again.
        case noSuchNumber
        /// Anything else: taken as typed.
        case other
    }

    /// What the line typed after the offer does: the number of one of the
    /// dates («2», «2.») or another date puts it into the refused line.
    func answer(_ typed: String, today: LocalDate) -> Answer {
        var text = typed.trimmingSpaces
        if text.hasSuffix(".") && !text.dropLast().contains(".") { text.removeLast() }
        guard let range = line.ranges(of: said).last else { return .other }
        var chosen = line
        if let number = Int(text) {
            guard dates.indices.contains(number - 1) else { return number < 10 ? .noSuchNumber : .other }
            chosen.replaceSubrange(range, with: dates[number - 1].norwegian)
            return .chosen(chosen)
        }
        guard let date = DateParser.parse(typed, today: today) else { return .other }
        chosen.replaceSubrange(range, with: date.norwegian)
        return .chosen(chosen)
    }
}

extension SessionEvent {
    /// The words and dates of a date refused for meaning several.
    var severalDates: (said: String, dates: [LocalDate])? {
        if case .invalid(.severalDates(let said, let dates)) = self { (said, dates) } else { nil }
    }
}
