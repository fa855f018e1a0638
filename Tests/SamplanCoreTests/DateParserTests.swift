import Testing

@testable import SamplanCore

struct DateParserTests {
    let today = LocalDate(year: 2026, month: 11, day: 23)!

    @Test(arguments: [
        ("23.11.2026", "2026-11-23"), ("1.2.27", "2027-02-01"), ("2027-01-15", "2027-01-15"),
        ("15.01", "2027-01-15"), ("24.11", "2026-11-24"), ("23.11.", "2026-11-23"),
        ("i dag", "2026-11-23"), ("i morgen", "2026-11-24"), ("tomorrow", "2026-11-24"), ("i går", "2026-11-22"),
        ("om 2 uker", "2026-12-07"), ("om to uker", "2026-12-07"), ("in 2 weeks", "2026-12-07"),
        ("om 3 dager", "2026-11-26"), ("om 6 måneder", "2027-05-23"), ("in one year", "2027-11-23"),
        ("29.02.2028", "2028-02-29"), ("OM 1 MÅNED", "2026-12-23"),
    ])
    func parses(input: String, iso: String) {
        #expect(DateParser.parse(input, today: today)?.description == iso)
    }

    @Test(arguments: ["31.02.2027", "29.02.2027", "13.13", "snart", "om uker", "2026-1-5", "12345", "", "0.0.2027", "etter jul", "i jul"])
    func refuses(input: String) {
        #expect(DateParser.parse(input, today: today) == nil)
    }

    @Test func monthArithmeticClampsToTheMonthsEnd() {
        #expect(DateParser.adding(months: 1, to: LocalDate(year: 2027, month: 1, day: 31)!)?.description == "2027-02-28")
    }

    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -1000, through: 40000, by: 37) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(today.weekday == 0, "23 November 2026 is a Monday")
    }
}

struct AnswerParserTests {
    let parser = AnswerParser(language: .nb, today: LocalDate(year: 2026, month: 11, day: 23)!)

    func question(_ kind: Question.Kind) -> Question {
        Question(
            id: "q", sectionID: "s", asked: Asked(parties: ["dps", "nav"], spelling: "both"), kind: kind, text: Localized(nb: "?", en: "?"),
            help: nil, condition: nil)
    }

    let options = [
        ChoiceOption(id: "weekly", label: Localized(nb: "Hver uke", en: "Every week")),
        ChoiceOption(id: "monthly", label: Localized(nb: "Hver måned", en: "Every month")),
        ChoiceOption(id: "quarterly", label: Localized(nb: "Hvert kvartal", en: "Every quarter")),
    ]

    @Test func numbers() {
        let q = question(.number(min: 0, max: 40, unit: nil))
        #expect(parser.parse("12,5", for: q) == .success(.number(12.5)))
        #expect(parser.parse("8 timer", for: q) == .success(.number(8)))
        #expect(parser.parse("41", for: q) == .failure(.aboveMaximum(40)))
        #expect(parser.parse("-1", for: q) == .failure(.belowMinimum(0)))
        #expect(parser.parse("mange", for: q) == .failure(.notANumber("mange", examples: ["8", "4-6"])))
    }

    @Test func yesNo() {
        let q = question(.yesNo)
        #expect(parser.parse("Ja", for: q) == .success(.yesNo(true)))
        #expect(parser.parse("no", for: q) == .success(.yesNo(false)))
        #expect(parser.parse("kanskje", for: q) == .failure(.notYesNo("kanskje")))
    }

    @Test func choices() {
        let single = question(.choice(options: options, multiple: false))
        #expect(parser.parse("2", for: single) == .success(.choice(["monthly"])))
        #expect(parser.parse("hver m", for: single) == .success(.choice(["monthly"])))
        #expect(parser.parse("Every quarter", for: single) == .success(.choice(["quarterly"])))
        #expect(parser.parse("hver", for: single) == .failure(.ambiguousOption("hver", matches: ["Hver uke", "Hver måned", "Hvert kvartal"])))
        #expect(parser.parse("1, 2", for: single) == .failure(.oneOptionOnly))
        #expect(parser.parse("7", for: single) == .failure(.unknownOption("7", count: 3)))
        let many = question(.choice(options: options, multiple: true))
        #expect(parser.parse("1, hvert kvartal, 1", for: many) == .success(.choice(["weekly", "quarterly"])))
        // Several, as people write them (issue 33, 3).
        for typed in ["1 og 3", "1 3", "1+3", "1 & 3", "1 and 3", "1, 3", "1 og 3 og 1"] {
            #expect(parser.parse(typed, for: many) == .success(.choice(["weekly", "quarterly"])), "\(typed)")
        }
        #expect(parser.parse("1 og 3", for: single) == .failure(.oneOptionOnly))
        #expect(parser.parse("1 og 9", for: many) == .failure(.unknownOfSeveral("1 og 9", count: 3)))
        #expect(parser.parse("hver uke og", for: many) == .failure(.unknownOfSeveral("hver uke og", count: 3)))
        // A name typed at the wrong question is no option, not one too many.
        #expect(parser.parse("DPS Øst, poliklinikk", for: single) == .failure(.unknownOption("DPS Øst, poliklinikk", count: 3)))
        #expect(AnswerProblem.unknownOfSeveral("x", count: 3).message(in: .nb).contains("«2 og 3»"))
        #expect(AnswerProblem.unknownOfSeveral("x", count: 3).message(in: .en).contains("“2 and 3”"))
    }

    @Test func actions() {
        #expect(
            parser.action("Felles møte ; avdelingsleder DPS ; om 2 uker")
                == .success(ActionItem(what: "Felles møte", owner: "avdelingsleder DPS", date: LocalDate(year: 2026, month: 12, day: 7))))
        #expect(parser.action("Bytte kontaktinfo") == .success(ActionItem(what: "Bytte kontaktinfo", owner: nil, date: nil)))
        #expect(parser.action(" ; veileder") == .failure(.actionNeedsWhat))
        #expect(parser.action("Møte ; leder ; snart") == .failure(.actionDate("snart")))
    }

    @Test func emptyIsRefused() {
        #expect(parser.parse("   ", for: question(.text)) == .failure(.empty))
    }
}
