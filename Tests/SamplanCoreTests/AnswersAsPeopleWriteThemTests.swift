import Testing

@testable import SamplanCore

/// Dates, numbers and choices as people write them at the table (issue
/// 33): what is taken, what each refusal offers, in both languages. Today
/// is Monday 23 November 2026.
struct AnswersAsPeopleWriteThemTests {
    static let today = LocalDate(year: 2026, month: 11, day: 23)!

    /// Each form with the one date it means.
    @Test(arguments: [
        // Weekdays: the next such day; today's is a week on.
        ("fredag", "2026-11-27"), ("på fredag", "2026-11-27"), ("mandag", "2026-11-30"),
        ("Friday", "2026-11-27"), ("on Monday", "2026-11-30"),
        // Christmas and Easter: the last working day before.
        ("innen jul", "2026-12-23"), ("før jul", "2026-12-23"), ("til jul", "2026-12-23"), ("by Christmas", "2026-12-23"),
        ("before Christmas", "2026-12-23"), ("innen påske", "2027-03-24"), ("before Easter", "2027-03-24"),
        // A month as a deadline: its last working day (31.01.2027 is a Sunday).
        ("i januar", "2027-01-29"), ("en gang i januar", "2027-01-29"), ("i løpet av januar", "2027-01-29"), ("januar", "2027-01-29"),
        ("innen utgangen av januar", "2027-01-29"), ("in January", "2027-01-29"), ("by the end of January", "2027-01-29"),
        ("i slutten av februar", "2027-02-26"), ("i begynnelsen av januar", "2027-01-04"), ("early January", "2027-01-04"),
        ("i midten av mars", "2027-03-15"), ("mid March", "2027-03-15"), ("i desember", "2026-12-31"),
        // Weeks, months and half a year from today.
        ("neste uke", "2026-12-04"), ("next week", "2026-12-04"), ("denne uka", "2026-11-27"), ("etter helgen", "2026-11-30"),
        ("neste måned", "2026-12-31"), ("next month", "2026-12-31"),
        ("om et halvår", "2027-05-23"), ("om et halvt år", "2027-05-23"), ("Om et halvår.", "2027-05-23"),
        ("in half a year", "2027-05-23"), ("in six months", "2027-05-23"), ("om fjorten dager", "2026-12-07"), ("om et år", "2027-11-23"),
        // A season with one month left is that month's end.
        ("i høst", "2026-11-30"),
    ])
    func aSaidDateMeansOneDay(_ typed: String, _ iso: String) {
        #expect(DateParser.read(typed, today: Self.today) == .date(LocalDate(iso: iso)!), "\(typed)")
    }

    /// Small words that change the day are read, not dropped (helper 12's reading).
    @Test(arguments: [
        ("innen helgen", "2026-11-27"), ("før helgen", "2026-11-27"), ("by the weekend", "2026-11-27"), ("i løpet av uka", "2026-11-27"),
        ("this week", "2026-11-27"), ("før neste uke", "2026-11-27"), ("i løpet av måneden", "2026-11-30"), ("this month", "2026-11-30"),
        ("før januar", "2026-12-31"), ("before January", "2026-12-31"), ("fredag neste uke", "2026-12-04"),
        ("Friday next week", "2026-12-04"),
    ])
    func smallWordsThatChangeTheDay(_ typed: String, _ iso: String) {
        #expect(DateParser.read(typed, today: Self.today) == .date(LocalDate(iso: iso)!), "\(typed)")
    }

    /// «neste fredag» is offered as both Fridays; «før sommeren» as dates in June.
    @Test func whatPeopleMeanDifferentlyIsOffered() {
        #expect(DateParser.read("neste fredag", today: Self.today) == .choices([LocalDate(iso: "2026-11-27")!, LocalDate(iso: "2026-12-04")!]))
        #expect(DateParser.read("next Wednesday", today: Self.today) == .choices([LocalDate(iso: "2026-11-25")!, LocalDate(iso: "2026-12-02")!]))
        #expect(
            DateParser.read("før sommeren", today: Self.today)
                == .choices(["2027-05-31", "2027-06-15", "2027-06-30"].map { LocalDate(iso: $0)! }))
    }

    /// Seasons and months around the turn of the year, and a part of this
    /// month already past, which is refused rather than read as next year's.
    @Test func theTurnOfTheYear() {
        let january = LocalDate(iso: "2027-01-15")!
        #expect(DateParser.read("i vinter", today: january) == .choices([LocalDate(iso: "2027-01-29")!, LocalDate(iso: "2027-02-26")!]))
        #expect(DateParser.read("over nyttår", today: LocalDate(iso: "2027-01-20")!) == .date(LocalDate(iso: "2027-01-29")!))
        #expect(DateParser.read("i begynnelsen av januar", today: LocalDate(iso: "2027-01-05")!) == nil)
        #expect(DateParser.read("innen jul", today: LocalDate(iso: "2026-12-24")!) == nil)
        #expect(DateParser.read("innen jul", today: LocalDate(iso: "2027-01-20")!) == .date(LocalDate(iso: "2027-12-23")!))
    }

    /// What has several meanings gives a few dates to pick from.
    @Test(arguments: [
        ("i vår", ["2027-03-31", "2027-04-30", "2027-05-31"]), ("til våren", ["2027-03-31", "2027-04-30", "2027-05-31"]),
        ("in the spring", ["2027-03-31", "2027-04-30", "2027-05-31"]), ("i vinter", ["2026-12-31", "2027-01-29", "2027-02-26"]),
        ("over nyttår", ["2027-01-04", "2027-01-15", "2027-01-29"]), ("after New Year", ["2027-01-04", "2027-01-15", "2027-01-29"]),
        ("om 2-3 uker", ["2026-12-07", "2026-12-14"]), ("om to til tre uker", ["2026-12-07", "2026-12-14"]),
        ("in 2 to 3 weeks", ["2026-12-07", "2026-12-14"]),
    ])
    func aVagueDateOffersDates(_ typed: String, _ isos: [String]) {
        #expect(DateParser.read(typed, today: Self.today) == .choices(isos.map { LocalDate(iso: $0)! }), "\(typed)")
        #expect(DateParser.parse(typed, today: Self.today) == nil, "no one date")
    }

    /// Every refusal of a date shows examples, and every example is taken.
    @Test(arguments: [Language.nb, .en])
    func aRefusedDateShowsExamplesThatAreTaken(_ language: Language) throws {
        for message in [AnswerProblem.notADate("snart").message(in: language), AnswerProblem.actionDate("snart").message(in: language)] {
            let examples = Self.quoted(in: message) + message.matches(of: /\d\d\.\d\d\.\d{4}/).map { String($0.output) }
            #expect(examples.count >= 3, "\(message)")
            for example in examples where example != "snart" {
                #expect(DateParser.parse(example, today: Self.today) != nil, "\(example) in «\(message)»")
            }
        }
        let several = AnswerProblem.severalDates("i vår", [LocalDate(iso: "2027-03-31")!, LocalDate(iso: "2027-04-30")!])
        #expect(
            several.message(in: language)
                == (language == .nb
                    ? "«i vår» kan bety flere datoer: 1) onsdag 31.03.2027, 2) fredag 30.04.2027. Skriv nummeret på den dere mener, eller en annen dato."
                    : "“i vår” could mean several dates: 1) Wednesday 31.03.2027, 2) Friday 30.04.2027. Type the number of the one you mean, or another date.")
        )
    }

    /// The texts between «» or “” in a message.
    static func quoted(in message: String) -> [String] {
        message.matches(of: /[«“]([^»”]+)[»”]/).map { String($0.output.1) }
    }

    static func question(_ kind: Question.Kind) -> Question {
        Question(
            id: "q", sectionID: "s", asked: Asked(parties: ["dps", "nav"], spelling: "both"), kind: kind, text: Localized(nb: "?", en: "?"),
            help: nil, condition: nil)
    }

    static let hoursAMonth = question(
        .number(min: 0, max: 400, unit: Localized(nb: "timer i måneden", en: "hours a month")))

    /// Numbers, ranges, «ca.», words, and hours a week at a question of hours a month.
    @Test(arguments: [
        ("8", 8.0), ("12,5", 12.5), ("8 timer", 8), ("ca. 5", 5), ("ca 5", 5), ("cirka 5 timer", 5), ("omtrent 6", 6), ("~5", 5),
        ("about 5", 5), ("around 5 hours", 5), ("4-6 timer", 4), ("4–6", 4), ("4 - 6 timer", 4), ("4 til 6", 4), ("mellom 4 og 6", 4),
        ("between 4 and 6", 4), ("4 to 6 hours", 4), ("fem", 5), ("to timer", 2), ("five", 5), ("minst 3", 3), ("at least 3", 3),
        ("2 timer i uka", 9), ("2 timer i uken", 9), ("2 timer per uke", 9), ("2 hours a week", 9), ("en halv dag i uka", 16),
        ("en dag i uka", 33), ("half a day a week", 16), ("1 dag i måneden", 7.5), ("0", 0),
    ])
    func aNumberAsWritten(_ typed: String, _ value: Double) {
        let parser = AnswerParser(language: .nb, today: Self.today)
        #expect(parser.parse(typed, for: Self.hoursAMonth) == .success(.number(value)), "\(typed)")
    }

    /// Hours a week, every other week, a year, in minutes; and what is no
    /// number of hours («et par», «halv stilling») is refused, not guessed.
    @Test(arguments: [
        ("2 timer i uka.", 9.0), ("2 timer/uka", 9), ("2t/uke", 9), ("2h/week", 9), ("2 timer (i uka)", 9), ("2 timer per uke!", 9),
        ("2 timer annenhver uke", 4), ("1 dag annenhver uke", 16), ("1 time hver 14. dag", 2), ("2 timer hver tirsdag", 9),
        ("30 min i uka", 2), ("8 timer i året", 1), ("1 000", 1000),
    ])
    func hoursAsPeopleCountThem(_ typed: String, _ value: Double) {
        #expect(NumberWords.read(typed, unit: NumberWords.Unit(Localized(nb: "timer i måneden", en: "hours a month"))) == value, "\(typed)")
    }

    @Test(arguments: ["et par timer i uka", "ett par timer", "a few hours a week", "halv stilling", "50 % stilling"])
    func notANumberOfHours(_ typed: String) {
        #expect(NumberWords.read(typed, unit: NumberWords.Unit(Localized(nb: "timer i måneden", en: "hours a month"))) == nil, "\(typed)")
    }

    @Test(arguments: [Language.nb, .en])
    func aRefusedNumberShowsExamplesThatAreTaken(_ language: Language) throws {
        let parser = AnswerParser(language: language, today: Self.today)
        guard case .failure(let problem) = parser.parse("mye", for: Self.hoursAMonth) else {
            Issue.record("«mye» was taken")
            return
        }
        let message = problem.message(in: language)
        let examples = Self.quoted(in: message).filter { $0 != "mye" }
        #expect(examples.count == 3, "\(message)")
        for example in examples {
            guard case .success = parser.parse(example, for: Self.hoursAMonth) else {
                Issue.record("\(example) in «\(message)» is refused")
                continue
            }
        }
        #expect(message.hasPrefix(language == .nb ? "«mye» er ikke et tall. Skriv for eksempel «8»" : "“mye” is not a number. Type for example “8”"))
        #expect(parser.parse("4-6 timer i uka", for: Self.hoursAMonth) == .success(.number(17)), "the range's lower bound, a month of it")
        #expect(parser.parse("401", for: Self.hoursAMonth) == .failure(.aboveMaximum(400)))
    }

    static let frequencies = [
        ChoiceOption(id: "weekly", label: Localized(nb: "Hver uke", en: "Every week")),
        ChoiceOption(id: "biweekly", label: Localized(nb: "Annenhver uke", en: "Every other week")),
        ChoiceOption(id: "monthly", label: Localized(nb: "Hver måned", en: "Every month")),
        ChoiceOption(id: "quarterly", label: Localized(nb: "Hvert kvartal", en: "Every quarter")),
        ChoiceOption(id: "half_yearly", label: Localized(nb: "Hvert halvår", en: "Every six months")),
    ]

    /// How often, in other words than the option's.
    @Test(arguments: [
        ("månedlig", "monthly"), ("en gang i måneden", "monthly"), ("1 gang i måneden", "monthly"), ("monthly", "monthly"),
        ("once a month", "monthly"), ("ukentlig", "weekly"), ("en gang i uken", "weekly"), ("weekly", "weekly"),
        ("hver 14. dag", "biweekly"), ("fortnightly", "biweekly"), ("kvartalsvis", "quarterly"), ("quarterly", "quarterly"),
        ("to ganger i året", "half_yearly"), ("halvårlig", "half_yearly"), ("twice a year", "half_yearly"),
    ])
    func anIntervalInOtherWords(_ typed: String, _ id: String) {
        for language in [Language.nb, .en] {
            let parser = AnswerParser(language: language, today: Self.today)
            #expect(
                parser.parse(typed, for: Self.question(.choice(options: Self.frequencies, multiple: false))) == .success(.choice([id])), "\(typed)")
        }
    }

    /// A word only one option has: «DPS» for «Den ansvarlige stillingen ved DPS-et».
    @Test func aWordOfOneOption() {
        let conveners = [
            ChoiceOption(id: "dps", label: Localized(nb: "Den ansvarlige stillingen ved DPS-et", en: "The responsible position at the DPS")),
            ChoiceOption(
                id: "nav", label: Localized(nb: "Den ansvarlige stillingen ved NAV-kontoret", en: "The responsible position at the NAV office")),
        ]
        let question = Self.question(.choice(options: conveners, multiple: false))
        let parser = AnswerParser(language: .nb, today: Self.today)
        #expect(parser.parse("DPS", for: question) == .success(.choice(["dps"])))
        #expect(parser.parse("nav", for: question) == .success(.choice(["nav"])))
        #expect(parser.parse("ansvarlige", for: question) == .failure(.ambiguousOption("ansvarlige", matches: conveners.map { $0.label.nb })))
        #expect(parser.parse("ve", for: question) == .failure(.unknownOption("ve", count: 2)), "two letters are too few")
        let channels = [
            ChoiceOption(id: "meeting", label: Localized(nb: "Muntlig i møte", en: "In person at a meeting")),
            ChoiceOption(id: "email", label: Localized(nb: "Vanlig e-post", en: "Ordinary email")),
        ]
        #expect(parser.parse("e-post", for: Self.question(.choice(options: channels, multiple: true))) == .success(.choice(["email"])))
        // An option that settles nothing is never picked by a word of it.
        let present = [
            ChoiceOption(id: "yes", label: Localized(nb: "Ja", en: "Yes")),
            ChoiceOption(id: "invite", label: Localized(nb: "Ikke i dag – men vi inviterer kommunen", en: "Later"), unsettled: true),
        ]
        #expect(
            parser.parse("kommunen", for: Self.question(.choice(options: present, multiple: false))) == .failure(.unknownOption("kommunen", count: 2))
        )
    }

    /// A closing line with a date said as people say it.
    @Test func anActionDueAsSaid() {
        let parser = AnswerParser(language: .nb, today: Self.today)
        #expect(
            parser.action("Presentere NAV på personalmøtet ; NAV-veileder ; innen jul")
                == .success(ActionItem(what: "Presentere NAV på personalmøtet", owner: "NAV-veileder", date: LocalDate(iso: "2026-12-23"))))
        #expect(
            parser.action("Hospitering ; fagkoordinator ; i vår")
                == .failure(.severalDates("i vår", ["2027-03-31", "2027-04-30", "2027-05-31"].map { LocalDate(iso: $0)! })))
    }
}
