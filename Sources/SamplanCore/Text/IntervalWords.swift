/// How often, as people say it: «månedlig», «en gang i måneden» and "once
/// a month" all mean what an option labelled «Hver måned» means, so a
/// choice of how often is matched by meaning, not only by its label's
/// first letters.
enum IntervalWords {
    /// The interval's length in days, or nil for no interval this knows.
    static func days(_ text: String) -> Int? {
        var phrase = text.lowercased().trimmingSpaces
        while phrase.hasSuffix(".") { phrase.removeLast() }
        // «uken» and «uka», «1 gang» and «en gang» are said alike.
        let words = phrase.split(separator: " ").map { $0 == "uken" ? "uka" : $0 == "1" ? "en" : String($0) }
        return intervals[words.joined(separator: " ")]
    }

    private static let intervals: [String: Int] = {
        let said: [Int: [String]] = [
            7: [
                "hver uke", "hver uka", "ukentlig", "ukentlige møter", "en gang i uka", "en gang per uke", "en gang pr uke",
                "every week", "weekly", "once a week",
            ],
            14: [
                "annenhver uke", "annen hver uke", "hver andre uke", "hver 14. dag", "hver fjortende dag", "hver annen uke",
                "every other week", "every two weeks", "every second week", "fortnightly", "biweekly", "bi-weekly",
            ],
            30: [
                "hver måned", "månedlig", "månedlige møter", "en gang i måneden", "en gang i mnd", "en gang per måned", "hver mnd",
                "every month", "monthly", "once a month",
            ],
            91: [
                "hvert kvartal", "kvartalsvis", "hver tredje måned", "fire ganger i året", "en gang i kvartalet", "every quarter",
                "quarterly", "every three months", "once a quarter",
            ],
            182: [
                "hvert halvår", "halvårlig", "halvårlige møter", "to ganger i året", "hver sjette måned", "every six months",
                "twice a year", "half-yearly", "semi-annually", "semiannually",
            ],
            365: ["hvert år", "årlig", "en gang i året", "every year", "yearly", "annually", "once a year"],
        ]
        var table: [String: Int] = [:]
        for (days, phrases) in said { for phrase in phrases { table[phrase] = days } }
        return table
    }()
}
