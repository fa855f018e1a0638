import Glibc
import SamplanCore

/// Today's date, or SAMPLAN_TODAY (YYYY-MM-DD) so tests get fixed dates.
enum Clock {
    static func today(_ console: Console) -> LocalDate {
        if let fixed = console.environment["SAMPLAN_TODAY"].flatMap({ LocalDate(iso: $0) }) { return fixed }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? LocalDate(dayNumber: 0)
    }
}

extension Clock {
    /// Local time of day in milliseconds, for transcript records.
    static func millisecondsToday() -> Int {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        return ((Int(parts.tm_hour) * 60 + Int(parts.tm_min)) * 60 + Int(parts.tm_sec)) * 1000 + spec.tv_nsec / 1_000_000
    }

    /// Now as «14:05:12», local time.
    static func timeOfDay() -> String {
        let iso = nowISO()
        let time = iso.split(separator: "T").last ?? ""
        return String(time.prefix(8))
    }

    /// Now as ISO 8601 with the UTC offset, e.g. 2026-11-23T14:05:12+01:00.
    static func nowISO() -> String {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let offset = parts.tm_gmtoff / 60
        let sign = offset < 0 ? "-" : "+"
        let hours = Int32(abs(offset) / 60), minutes = Int32(abs(offset) % 60)
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))\(sign)\(two(hours)):\(two(minutes))"
    }
}
