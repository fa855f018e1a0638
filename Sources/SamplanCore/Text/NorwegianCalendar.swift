/// Norway's public holidays (helligdagsloven § 2 and the law on 1 and 17
/// May) and the days no one works on: a date in a signed plan that falls on
/// one looks careless, so the rules can say so (`day_off` in a condition).
public enum NorwegianCalendar {
    /// The public holiday on `date`, if it is one.
    public static func holiday(_ date: LocalDate) -> Localized? {
        switch (date.month, date.day) {
        case (1, 1): return Localized(nb: "1. nyttårsdag", en: "New Year's Day")
        case (5, 1): return Localized(nb: "1. mai", en: "May Day")
        case (5, 17): return Localized(nb: "17. mai", en: "Constitution Day")
        case (12, 25): return Localized(nb: "1. juledag", en: "Christmas Day")
        case (12, 26): return Localized(nb: "2. juledag", en: "Boxing Day")
        default: break
        }
        guard let easter = easterSunday(date.year) else { return nil }
        let fromEaster = easter.days(until: date)
        return switch fromEaster {
        case -3: Localized(nb: "skjærtorsdag", en: "Maundy Thursday")
        case -2: Localized(nb: "langfredag", en: "Good Friday")
        case 0: Localized(nb: "1. påskedag", en: "Easter Sunday")
        case 1: Localized(nb: "2. påskedag", en: "Easter Monday")
        case 39: Localized(nb: "Kristi himmelfartsdag", en: "Ascension Day")
        case 49: Localized(nb: "1. pinsedag", en: "Whit Sunday")
        case 50: Localized(nb: "2. pinsedag", en: "Whit Monday")
        default: nil
        }
    }

    /// A Saturday, a Sunday or a public holiday.
    public static func isDayOff(_ date: LocalDate) -> Bool { date.weekday >= 5 || holiday(date) != nil }

    /// The day as a message names it: «søndag 07.12.2026», or «1. juledag,
    /// fredag 25.12.2026».
    public static func describe(_ date: LocalDate, _ language: Language) -> String {
        let day = date.weekdayName(language) + " " + date.norwegian
        return holiday(date).map { $0[language] + ", " + day } ?? day
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous
    /// Gregorian algorithm, "Meeus/Jones/Butcher").
    static func easterSunday(_ year: Int) -> LocalDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }
}
