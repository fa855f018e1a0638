/// Reads a number as people write one at a table: «8», «12,5», «8 timer»,
/// «ca. 5», «fem», «4-6 timer» (a range counts by its lower bound: what
/// is promised at least), «mellom 4 og 6», and, at a question counted in
/// hours a month, «2 timer i uka» or «en halv dag i uka» (a working day
/// is 7.5 hours, a month 52/12 weeks). Both languages' words are read
/// whatever the session's language.
public enum NumberWords {
    /// What the question's unit lets a week or a day be turned into.
    public struct Unit: Sendable, Equatable {
        /// The unit is hours (a day is 7.5 of them).
        var hours = false
        /// The unit is per month (a week is 12/52 of one).
        var perMonth = false

        /// Read from the unit's words in either language.
        public init(_ unit: Localized?) {
            guard let unit else { return }
            let words = (unit.nb + " " + unit.en).lowercased()
            hours = words.contains("time") || words.contains("hour")
            perMonth = words.contains("måned") || words.contains("month")
        }
    }

    /// The number `text` means for a question counted in `unit`; nil when
    /// it holds none.
    public static func read(_ text: String, unit: Unit) -> Double? {
        var words = text.lowercased().replacing("–", with: "-").split(whereSeparator: { $0 == " " || $0 == "/" })
            .map { word -> String in
                var word = Substring(word)
                while let first = word.first, first == "(" { word.removeFirst() }
                while let last = word.last, ".,!?)".contains(last) { word.removeLast() }
                return String(word)
            }
            .filter { !$0.isEmpty }
        // «et par timer», «50 % stilling»: no number of hours to take.
        guard !words.contains(where: { notHours.contains($0) }) else { return nil }
        // «1 000»: a thousands' space.
        if words.count > 1, words[0].allSatisfy({ $0.isASCIIDigit }), words[1].count == 3, words[1].allSatisfy({ $0.isASCIIDigit }) {
            words[0] += words.remove(at: 1)
        }
        if words.count > 2, ["at least", "up to"].contains(words[0] + " " + words[1]) { words.removeFirst(2) }
        while let first = words.first, approximately.contains(first), words.count > 1 { words.removeFirst() }
        if words.first?.hasPrefix("~") == true { words[0].removeFirst() }
        if words.count > 2, ["mellom", "between"].contains(words[0]) { words.removeFirst() }
        guard let (value, used) = leadingNumber(words) else { return nil }
        let rest = Array(words.dropFirst(used))
        var amount = value
        if unit.hours, let first = rest.first {
            if ["dag", "dager", "dagen", "day", "days", "arbeidsdag", "arbeidsdager"].contains(first) { amount *= 7.5 }
            if ["min", "mins", "minutt", "minutter", "minute", "minutes"].contains(first) { amount /= 60 }
        }
        guard unit.perMonth, let times = timesAMonth(rest) else { return amount }
        // Whole hours: «2 timer i uka» is 9 a month, not 8.67.
        return (amount * times).rounded()
    }

    /// Words that say the number is not hours: a share of a position, a
    /// vague amount.
    private static let notHours: Set<String> = ["par", "few", "couple", "stilling", "%", "prosent", "percent", "stillingsprosent"]

    /// How many times a month the words after the number say: a week is
    /// 52/12, every other week 26/12, a year 1/12; nil when they say none.
    private static func timesAMonth(_ words: [String]) -> Double? {
        let text = " " + words.joined(separator: " ") + " "
        if [" annenhver ", " annen hver ", " every other ", " fortnight", " 14 dag", " fjortende dag", " andre uke "].contains(where: text.contains) {
            return 26.0 / 12
        }
        let weekly = [" uka ", " uken ", " uke ", " veka ", " week ", " ukentlig ", " weekly "] + weekdayNames.map { " \($0) " }
        if weekly.contains(where: text.contains) { return 52.0 / 12 }
        if [" år ", " året ", " year ", " årlig ", " yearly "].contains(where: text.contains) { return 1.0 / 12 }
        return nil
    }

    /// «2 timer hver tirsdag» is weekly.
    private static let weekdayNames = [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "monday", "tuesday", "wednesday", "thursday", "friday",
    ]

    private static let approximately: Set<String> = [
        "ca", "ca.", "cirka", "circa", "omtrent", "rundt", "about", "around", "approx.", "approximately", "roughly", "minst",
        "opptil", "inntil", "maks",
    ]

    /// The number the words begin with, and how many words it took: a
    /// figure, a range («4-6», «4 til 6», «4 og 6» after «mellom»), or a
    /// word («fem», «en halv»).
    private static func leadingNumber(_ words: [String]) -> (Double, Int)? {
        guard let first = words.first else { return nil }
        // «4-6», «4-6t»: the lower bound.
        let figure = first.prefix { $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == "-" }
        if !figure.isEmpty {
            let parts = figure.split(separator: "-", omittingEmptySubsequences: false)
            if figure.hasPrefix("-") {
                // A negative number, for the rules' minimum to refuse.
                return decimal(figure).map { ($0, 1) }
            }
            guard let low = parts.first.flatMap({ decimal($0) }) else { return nil }
            if parts.count == 2 && !parts[1].isEmpty && decimal(parts[1]) == nil { return nil }
            if parts.count == 2 && parts[1].isEmpty, words.count > 1, decimal(words[1]) != nil { return (low, 2) }
            // «4 til 6», «4 to 6», «4 og 6»: the second number is read too.
            if words.count > 2, ["til", "to", "og", "and", "-"].contains(words[1]), decimal(words[2]) != nil { return (low, 3) }
            if words.count > 1, words[1].hasPrefix("-"), decimal(words[1].dropFirst()) != nil { return (low, 2) }
            return (low, 1)
        }
        if words.count > 1, ["en", "ei", "a", "one"].contains(first), ["halv", "half"].contains(words[1]) { return (0.5, 2) }
        if ["halv", "half"].contains(first) { return (0.5, words.count > 1 && words[1] == "a" ? 2 : 1) }
        if let count = DateParser.numberWords[first] {
            if words.count > 2, ["til", "to", "og", "and", "eller", "or"].contains(words[1]), DateParser.numberWords[words[2]] != nil {
                return (Double(count), 3)
            }
            return (Double(count), 1)
        }
        return nil
    }

    private static func decimal(_ text: some StringProtocol) -> Double? {
        let normalized = String(text).replacing(",", with: ".")
        guard !normalized.isEmpty, normalized.contains(where: \.isASCIIDigit), let value = Double(normalized), value.isFinite else { return nil }
        return value
    }
}
