/// The dates people say rather than write, read the way a deadline is
/// meant: «fredag» is the next Friday, «i januar» the last working day of
/// January, «innen jul» the last working day before Christmas Eve, «neste
/// uke» the Friday of next week, «om et halvår» six months from today.
/// What has no one meaning («i vår», «om 2–3 uker») gives the few dates it
/// may mean, for the pair to pick from. Both languages' words are read
/// whatever the session's language.
enum DateWords {
    /// A date, several to pick from, or nothing this reader knows.
    static func read(_ text: String, today: LocalDate) -> DateReading? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // Phrases whose small words change the day, read before any is dropped.
        if let whole = phrases(words.joined(separator: " "), today: today) { return whole }
        if words.count == 2, ["neste", "next"].contains(words[0]), let day = weekdays[words[1]] {
            // «neste fredag» is this coming Friday to some, next week's to others.
            let coming = next(weekday: day, after: today)
            return .choices([coming, coming.addingBounded(days: 7)])
        }
        if words.count == 3, let day = weekdays[words[0]], ["neste uke", "next week"].contains(words[1] + " " + words[2]) {
            // «fredag neste uke»: that day of the week after this one.
            return .date(next(weekday: 0, after: today).addingBounded(days: day))
        }
        if words.count == 2, ["før", "before"].contains(words[0]), let month = months[words[1]] {
            // «før januar»: the last working day before it begins.
            return monthPhrase(["end of", monthName((month + 10) % 12 + 1)], today: today)
        }
        stripping: while words.count > 1 {
            for count in [3, 2, 1] where words.count > count && fillers.contains(words.prefix(count).joined(separator: " ")) {
                words.removeFirst(count)
                continue stripping
            }
            break
        }
        let phrase = words.joined(separator: " ")
        if let day = weekdays[phrase] { return .date(next(weekday: day, after: today)) }
        if let dates = named(phrase, today: today) { return dates }
        if let month = monthPhrase(words, today: today) { return month }
        if let season = seasons[phrase] {
            let dates = Self.season(season, today: today)
            return dates.count > 1 ? .choices(dates) : dates.first.map(DateReading.date)
        }
        return range(words, today: today)
    }

    /// Whole phrases: this week, this month, before the weekend or the summer.
    private static func phrases(_ phrase: String, today: LocalDate) -> DateReading? {
        switch phrase {
        case "innen helgen", "før helgen", "til helgen", "innen helga", "før helga", "by the weekend", "before the weekend",
            "i løpet av uka", "i løpet av uken", "denne uka", "denne uken", "i denne uka", "i denne uken", "this week",
            "by the end of the week", "innen utgangen av uka", "innen utgangen av uken", "før neste uke", "before next week":
            return thisWeek(today)
        case "i løpet av måneden", "innen utgangen av måneden", "denne måneden", "i denne måneden", "this month", "within the month",
            "by the end of the month", "by the end of this month":
            guard let day = lastWorkingDay(ofMonth: today.month, year: today.year) else { return nil }
            return day >= today ? .date(day) : nil
        case "før sommeren", "før sommerferien", "innen sommeren", "innen sommerferien", "before the summer", "before summer",
            "before the summer holidays":
            for year in [today.year, today.year + 1] {
                let dates = [(5, 31), (6, 15), (6, 30)].compactMap { LocalDate(year: year, month: $0.0, day: $0.1) }
                    .map(lastWorkingDay(onOrBefore:)).filter { $0 >= today }
                if dates.count > 1 { return .choices(dates) }
                if let one = dates.first { return .date(one) }
            }
            return nil
        default:
            return nil
        }
    }

    /// Words before a date that do not change which day it is.
    private static let fillers: Set<String> = [
        "om", "in", "en gang", "engang", "innen", "i løpet av", "før", "senest", "på", "neste", "førstkommende", "kommende",
        "sometime", "some time", "by", "before", "on", "next", "during", "this", "the", "within", "til",
    ]

    /// Monday is 0, as `LocalDate.weekday` counts.
    private static let weekdays: [String: Int] = [
        "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// The next such weekday after today (a week on when today is one).
    static func next(weekday: Int, after today: LocalDate) -> LocalDate {
        let ahead = (weekday - today.weekday + 7) % 7
        return today.addingBounded(days: ahead == 0 ? 7 : ahead)
    }

    /// Christmas, Easter, next week, this week, half a year.
    private static func named(_ phrase: String, today: LocalDate) -> DateReading? {
        switch phrase {
        case "jul", "julen", "juleferien", "christmas", "xmas":
            return beforeHoliday(today: today) { year in LocalDate(year: year, month: 12, day: 24) }.map(DateReading.date)
        case "påske", "påsken", "påskeferien", "easter":
            return beforeHoliday(today: today) { year in NorwegianCalendar.easterSunday(year)?.adding(days: -3) }.map(DateReading.date)
        case "uke", "uka", "uken", "week":
            // «neste uke» (its «neste» read as a filler): Friday of next week.
            return .date(lastWorkingDay(onOrBefore: next(weekday: 0, after: today).addingBounded(days: 4)))
        case "denne uka", "denne uken", "i denne uka", "i denne uken", "i løpet av uka", "i løpet av uken":
            return thisWeek(today)
        case "et halvår", "ett halvår", "et halvt år", "ett halvt år", "halvår", "half a year", "a half year", "six months":
            return DateParser.adding(months: 6, to: today).map(DateReading.date)
        case "etter helgen", "etter helga", "after the weekend":
            return .date(next(weekday: 0, after: today))
        case "måned", "måneden", "month":
            // «neste måned»: its last working day.
            guard let next = DateParser.adding(months: 1, to: today) else { return nil }
            return monthPhrase([monthName(next.month)], today: LocalDate(year: next.year, month: next.month, day: 1) ?? next)
        default:
            return nil
        }
    }

    /// «denne uka»: Friday this week, or, from Saturday on, next week's.
    private static func thisWeek(_ today: LocalDate) -> DateReading {
        let friday = today.addingBounded(days: 4 - today.weekday)
        return .date(lastWorkingDay(onOrBefore: friday >= today ? friday : friday.addingBounded(days: 7)))
    }

    /// The last working day before the holiday `day(year)` gives, this
    /// year or, once it is well past, next year; nil in the days around
    /// it, when «innen jul» cannot mean a year from now.
    private static func beforeHoliday(today: LocalDate, _ day: (Int) -> LocalDate?) -> LocalDate? {
        for year in [today.year, today.year + 1] {
            guard let holiday = day(year) else { continue }
            let before = lastWorkingDay(onOrBefore: holiday.addingBounded(days: -1))
            if before >= today { return before }
            if holiday.addingBounded(days: 14) >= today { return nil }
        }
        return nil
    }

    /// `day`, or the working day before it.
    static func lastWorkingDay(onOrBefore day: LocalDate) -> LocalDate {
        var date = day
        while NorwegianCalendar.isDayOff(date) { date = date.addingBounded(days: -1) }
        return date
    }

    /// The month's last working day.
    static func lastWorkingDay(ofMonth month: Int, year: Int) -> LocalDate? {
        LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)).map(lastWorkingDay(onOrBefore:))
    }

    /// `day`, or the working day after it.
    static func firstWorkingDay(onOrAfter day: LocalDate) -> LocalDate {
        var date = day
        while NorwegianCalendar.isDayOff(date) { date = date.addingBounded(days: 1) }
        return date
    }

    private static let months: [String: Int] = [
        "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
        "september": 9, "oktober": 10, "november": 11, "desember": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "december": 12, "dec": 12, "oct": 10,
    ]

    private enum PartOfMonth { case early, middle, end }

    /// «januar», «i januar», «i slutten av januar», «midten av mars»,
    /// "early March", "by the end of January": a working day of the next
    /// such month that is not past. The month as a whole is a deadline:
    /// its last working day.
    private static func monthPhrase(_ words: [String], today: LocalDate) -> DateReading? {
        guard let last = words.last, let month = months[last] else { return nil }
        let before = words.dropLast().joined(separator: " ")
        let part: PartOfMonth
        switch before {
        case "", "i", "in", "løpet av", "i løpet av", "end of", "the end of", "utgangen av", "slutten av", "i slutten av", "late",
            "innen utgangen av", "innen slutten av":
            part = .end
        case "begynnelsen av", "i begynnelsen av", "starten av", "i starten av", "early", "the start of", "start of", "the beginning of",
            "beginning of":
            part = .early
        case "midten av", "i midten av", "mid", "mid-", "the middle of", "middle of":
            part = .middle
        default: return nil
        }
        for year in [today.year, today.year + 1] {
            // This month's part already past is not next year's: «i
            // begynnelsen av januar» on 5 January is refused, not 2028.
            if year > today.year && month == today.month { return nil }
            guard let first = LocalDate(year: year, month: month, day: 1) else { continue }
            let day: LocalDate
            switch part {
            case .early: day = firstWorkingDay(onOrAfter: first)
            case .middle: day = lastWorkingDay(onOrBefore: first.addingBounded(days: 14))
            case .end: day = lastWorkingDay(ofMonth: month, year: year) ?? first
            }
            if day >= today { return .date(day) }
        }
        return nil
    }

    /// A season's months, as the Norwegian school year has them.
    private static let seasons: [String: [Int]] = [
        "i vår": [3, 4, 5], "vår": [3, 4, 5], "våren": [3, 4, 5], "til våren": [3, 4, 5], "spring": [3, 4, 5],
        "the spring": [3, 4, 5], "in the spring": [3, 4, 5],
        "i sommer": [6, 7, 8], "sommer": [6, 7, 8], "sommeren": [6, 7, 8], "til sommeren": [6, 7, 8], "summer": [6, 7, 8],
        "the summer": [6, 7, 8], "in the summer": [6, 7, 8],
        "i høst": [9, 10, 11], "høst": [9, 10, 11], "høsten": [9, 10, 11], "til høsten": [9, 10, 11], "autumn": [9, 10, 11],
        "fall": [9, 10, 11], "the autumn": [9, 10, 11], "in the autumn": [9, 10, 11], "the fall": [9, 10, 11],
        "i vinter": [12, 1, 2], "vinter": [12, 1, 2], "vinteren": [12, 1, 2], "winter": [12, 1, 2], "the winter": [12, 1, 2],
        "nyttår": [1], "over nyttår": [1], "etter nyttår": [1], "new year": [1], "the new year": [1], "after new year": [1],
    ]

    /// The last working day of each month of the season still ahead (next
    /// year's when this year's is over); a season of one month gives its
    /// start, middle and end.
    private static func season(_ months: [Int], today: LocalDate) -> [LocalDate] {
        if months.count == 1, let month = months.first {
            // One month: the year whose month is not over, every part of it ahead.
            for year in [today.year, today.year + 1] {
                guard let first = LocalDate(year: year, month: month, day: 1) else { continue }
                let parts = [
                    firstWorkingDay(onOrAfter: first), lastWorkingDay(onOrBefore: first.addingBounded(days: 14)),
                    lastWorkingDay(ofMonth: month, year: year) ?? first,
                ].filter { $0 >= today }
                if !parts.isEmpty { return parts }
            }
            return []
        }
        // Winter begun last December is this winter.
        for start in [today.year - 1, today.year, today.year + 1] {
            var year = start
            var dates: [LocalDate] = []
            for (index, month) in months.enumerated() {
                // Winter runs into the next year.
                if index > 0 && month < months[index - 1] { year += 1 }
                if let end = lastWorkingDay(ofMonth: month, year: year) { dates.append(end) }
            }
            let ahead = dates.filter { $0 >= today }
            if !ahead.isEmpty { return ahead }
        }
        return []
    }

    private static func monthName(_ month: Int) -> String {
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][
            month - 1]
    }

    /// «2–3 uker», «2-3 weeks», «to til tre uker»: each end of the range.
    private static func range(_ words: [String], today: LocalDate) -> DateReading? {
        let body = words
        guard body.count >= 2, let unit = body.last else { return nil }
        let counts = body.dropLast().joined(separator: " ")
            .replacing(" til ", with: "-").replacing(" to ", with: "-").replacing(" eller ", with: "-").replacing(" or ", with: "-")
            .replacing("–", with: "-").split(separator: "-").map { $0.trimmingSpaces }
        guard counts.count == 2 else { return nil }
        let dates = counts.compactMap { DateParser.parse("om \($0) \(unit)", today: today) }
        guard dates.count == 2, dates[0] < dates[1] else { return nil }
        return .choices(dates)
    }
}

/// What a typed date comes to.
public enum DateReading: Equatable, Sendable {
    case date(LocalDate)
    /// It may mean any of these («i vår»): the pair picks one.
    case choices([LocalDate])
}
