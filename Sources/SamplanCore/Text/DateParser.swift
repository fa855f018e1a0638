/// Reads the dates people type at a Norwegian table: 23.11.2026, 23.11.26,
/// 23.11 (the next such day), 2026-11-23, «i dag», «i morgen», «i går», «om 2 uker»,
/// «om to måneder», and the English "today", "tomorrow", "in 2 weeks"; and
/// the dates people say (`DateWords`): «fredag», «i januar», «innen jul».
/// Both languages' words are accepted whatever the session's language.
public enum DateParser {
    /// The one date `input` means; nil for none, and for a phrase with
    /// several («i vår»: `read` gives them).
    public static func parse(_ input: String, today: LocalDate) -> LocalDate? {
        if case .date(let date)? = read(input, today: today) { return date }
        return nil
    }

    /// The date `input` means, or the dates it may mean; nil for none.
    public static func read(_ input: String, today: LocalDate) -> DateReading? {
        var text = input.trimmingSpaces.lowercased()
        if let date = numeric(text, today: today) { return .date(date) }
        // «om et halvår.» is said as a sentence.
        while text.hasSuffix(".") || text.hasSuffix("!") { text.removeLast() }
        if let date = relative(text, today: today) { return .date(date) }
        return DateWords.read(text, today: today)
    }

    private static func numeric(_ text: String, today: LocalDate) -> LocalDate? {
        if let iso = LocalDate(iso: text) { return iso }
        var body = Substring(text)
        if body.hasSuffix(".") { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "/", omittingEmptySubsequences: false) }
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
            let day = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        if parts.count == 3 {
            guard var year = Int(parts[2]) else { return nil }
            if parts[2].count == 2 { year += 2000 } else if parts[2].count != 4 { return nil }
            return LocalDate(year: year, month: month, day: day)
        }
        // Without a year, a plan means the next such day, not a past one.
        guard let thisYear = LocalDate(year: today.year, month: month, day: day) else {
            return LocalDate(year: today.year + 1, month: month, day: day)
        }
        return thisYear >= today ? thisYear : LocalDate(year: today.year + 1, month: month, day: day)
    }

    private static let todayWords: Set<String> = ["i dag", "idag", "today"]
    private static let tomorrowWords: Set<String> = ["i morgen", "imorgen", "tomorrow"]
    // Understood so that a date in the past gets the rules' own message,
    // not "not a date".
    private static let yesterdayWords: Set<String> = ["i går", "igår", "yesterday"]
    private static let prefixes = ["om ", "in ", "innen ", "within "]
    static let numberWords: [String: Int] = [
        "en": 1, "ett": 1, "et": 1, "én": 1, "ei": 1, "a": 1, "an": 1, "one": 1,
        "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4, "fem": 5, "five": 5,
        "seks": 6, "six": 6, "sju": 7, "syv": 7, "seven": 7, "åtte": 8, "eight": 8,
        "ni": 9, "nine": 9, "ti": 10, "ten": 10, "elleve": 11, "eleven": 11, "tolv": 12, "twelve": 12,
        "fjorten": 14, "fourteen": 14, "femten": 15, "fifteen": 15, "tjue": 20, "twenty": 20, "tretti": 30, "thirty": 30,
    ]
    private enum Unit { case day, week, month, year }
    private static let units: [String: Unit] = [
        "dag": .day, "dager": .day, "day": .day, "days": .day, "d": .day,
        "uke": .week, "uker": .week, "week": .week, "weeks": .week, "u": .week, "w": .week,
        "måned": .month, "måneder": .month, "mnd": .month, "month": .month, "months": .month,
        "år": .year, "året": .year, "year": .year, "years": .year,
    ]

    private static func relative(_ text: String, today: LocalDate) -> LocalDate? {
        if todayWords.contains(text) { return today }
        if tomorrowWords.contains(text) { return today.adding(days: 1) }
        if yesterdayWords.contains(text) { return today.adding(days: -1) }
        guard let prefix = prefixes.first(where: text.hasPrefix) else { return nil }
        let words = text.dropFirst(prefix.count).split(separator: " ").map(String.init)
        guard words.count == 2, let unit = units[words[1]],
            let count = Int(words[0]) ?? numberWords[words[0]], count >= 0, count <= 1200
        else { return nil }
        switch unit {
        case .day: return today.adding(days: count)
        case .week: return today.adding(days: 7 * count)
        case .month: return adding(months: count, to: today)
        case .year: return adding(months: 12 * count, to: today)
        }
    }

    /// Same day of the month, or the month's last day when it is shorter.
    static func adding(months: Int, to date: LocalDate) -> LocalDate? {
        let (index, overflow) = (date.year * 12 + (date.month - 1)).addingReportingOverflow(months)
        guard !overflow, index >= 0 else { return nil }
        let year = index / 12
        let month = index % 12 + 1
        return LocalDate(year: year, month: month, day: min(date.day, LocalDate.daysIn(month: month, year: year)))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        // Most answers have nothing to trim: no new String for them.
        if let first = scalars.first, let last = scalars.last, !first.isSpace, !last.isSpace { return String(self) }
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// White space as Unicode has it, without a property lookup for ASCII
    /// (tab to carriage return, and space).
    var isSpace: Bool {
        isASCII ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
