/// A calendar date without a time zone: plans speak of days, never instants.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the parts do not name a real day (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1, year <= 9999,
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The first and last days a plan can name: transcripts and every
    /// output write dates as ISO 8601, four digits of year.
    public static let earliest = LocalDate(valid: 1, 1, 1)
    public static let latest = LocalDate(valid: 9999, 12, 31)

    private init(valid year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `dayNumber` days after 1970-01-01, held to `earliest`…`latest`
    /// so that no sum of days read from a file or typed at a table can make
    /// a date that has no four-digit year.
    public init(dayNumber: Int) {
        let bounded = Swift.min(Swift.max(dayNumber, LocalDate.earliestDayNumber), LocalDate.latestDayNumber)
        self.init(unboundedDayNumber: bounded)
    }

    private static let earliestDayNumber = -719_162
    private static let latestDayNumber = 2_932_896

    private init(unboundedDayNumber dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The day `days` later (earlier when negative), or nil past the
    /// calendar's bounds.
    public func adding(days: Int) -> LocalDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow, (LocalDate.earliestDayNumber...LocalDate.latestDayNumber).contains(sum) else { return nil }
        return LocalDate(unboundedDayNumber: sum)
    }

    /// The day `days` later, or the calendar's last (first) day past it.
    public func addingBounded(days: Int) -> LocalDate {
        adding(days: days) ?? (days > 0 ? .latest : .earliest)
    }

    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// Monday is 0 … Sunday is 6 (1970-01-01 was a Thursday).
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// ISO 8601, the form stored in transcripts.
    public var description: String {
        String(format4: year) + "-" + String(pad2: month) + "-" + String(pad2: day)
    }

    public func weekdayName(_ language: Language) -> String {
        language.words.weekdays[weekday]
    }

    /// Norwegian everyday form, used on screen and in plans in both languages.
    public var norwegian: String { String(pad2: day) + "." + String(pad2: month) + "." + String(year) }

    /// Parses the ISO form that transcripts store.
    public init?(iso: some StringProtocol) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// By year, month and day: plans sort their actions by date at every
    /// edit, so no day count is worked out to compare two dates.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    init(pad2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    init(format4 value: Int) {
        let digits = "\(value)"
        self = Array(repeating: "0", count: Swift.max(0, 4 - digits.count)).joined() + digits
    }
}
