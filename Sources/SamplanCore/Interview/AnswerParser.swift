/// Turns what was typed into a typed answer for one question.
public struct AnswerParser: Sendable {
    public let language: Language
    public let today: LocalDate

    public init(language: Language, today: LocalDate) {
        self.language = language
        self.today = today
    }

    public func parse(_ input: String, for question: Question) -> Result<AnswerValue, AnswerProblem> {
        let text = input.trimmingSpaces
        guard !text.isEmpty else { return .failure(.empty) }
        switch question.kind {
        case .text, .longText, .position:
            return .success(.text(text))
        case .yesNo:
            return yesNo(text)
        case .number(let min, let max, let unit, _):
            return number(text, min: min, max: max, unit: unit)
        case .date:
            switch DateParser.read(text, today: today) {
            case .date(let date)?: return .success(.date(date))
            case .choices(let dates)?: return .failure(.severalDates(text, dates))
            case nil: return .failure(.notADate(text))
            }
        case .choice(let options, let multiple):
            return choice(text, options: options, multiple: multiple)
        case .actions:
            return action(text).map { .actions([$0]) }
        }
    }

    private static let yes: Set<String> = ["ja", "j", "yes", "y", "jepp", "sant", "true"]
    private static let no: Set<String> = ["nei", "n", "no", "usant", "false"]

    func yesNo(_ text: String) -> Result<AnswerValue, AnswerProblem> {
        let word = text.lowercased()
        if Self.yes.contains(word) { return .success(.yesNo(true)) }
        if Self.no.contains(word) { return .success(.yesNo(false)) }
        return .failure(.notYesNo(text))
    }

    /// "12", "12,5", a number followed by words ("8 timer"), and the
    /// forms `NumberWords` reads («ca. 5», «4-6 timer», «2 timer i uka»).
    func number(_ text: String, min: Double?, max: Double?, unit: Localized? = nil) -> Result<AnswerValue, AnswerProblem> {
        let reading = NumberWords.Unit(unit)
        guard let value = NumberWords.read(text, unit: reading) else {
            return .failure(.notANumber(text, examples: language.words.numberExamples(perMonth: reading.perMonth && reading.hours)))
        }
        if let min, value < min { return .failure(.belowMinimum(min)) }
        if let max, value > max { return .failure(.aboveMaximum(max)) }
        return .success(.number(value))
    }

    /// By number (1-based), by id, or by a unique start of the label;
    /// several separated by commas when the question allows it.
    func choice(_ text: String, options: [ChoiceOption], multiple: Bool) -> Result<AnswerValue, AnswerProblem> {
        let parts = Self.choiceParts(text, count: options.count)
        if parts.count > 1 && !multiple {
            // «DPS Øst, poliklinikk» typed at the wrong question is no
            // option at all, not one too many.
            let all = parts.allSatisfy { if case .success = option($0, in: options) { true } else { false } }
            return .failure(all ? .oneOptionOnly : .unknownOption(text.trimmingSpaces, count: options.count))
        }
        var chosen: [String] = []
        for part in parts {
            switch option(part, in: options) {
            case .success(let id): if !chosen.contains(id) { chosen.append(id) }
            case .failure(.unknownOption(let typed, let count)) where multiple: return .failure(.unknownOfSeveral(typed, count: count))
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(.choice(chosen))
    }

    /// The options typed, as people write several: «3, 4», «3 og 4»,
    /// «3 4», «3+4» (and «and», «&»). A piece is split at «og», spaces and
    /// «+» only when every word left is an option's number, so an option
    /// named «Tid og kapasitet» is never cut in two.
    static func choiceParts(_ text: String, count: Int) -> [String] {
        let joiners: Set<String> = ["og", "and", "+", "&"]
        return text.split(separator: ",").flatMap { piece -> [String] in
            let words = piece.split(whereSeparator: { $0 == " " || $0 == "+" || $0 == "&" }).map(String.init)
                .filter { !joiners.contains($0.lowercased()) }
            let numbers = words.compactMap(Int.init).filter { (1...max(count, 1)).contains($0) }
            if words.count > 1 && numbers.count == words.count { return words }
            return [piece.trimmingSpaces]
        }.filter { !$0.isEmpty }
    }

    func option(_ text: String, in options: [ChoiceOption]) -> Result<String, AnswerProblem> {
        if let n = Int(text), (1...options.count).contains(n) { return .success(options[n - 1].id) }
        let lowered = text.lowercased()
        if let exact = options.first(where: {
            $0.id == lowered || $0.label[language].lowercased() == lowered
                || $0.label.nb.lowercased() == lowered || $0.label.en.lowercased() == lowered
        }) {
            return .success(exact.id)
        }
        let starts = options.filter { $0.label[language].lowercased().hasPrefix(lowered) }
        if starts.count == 1 { return .success(starts[0].id) }
        if starts.count > 1 { return .failure(.ambiguousOption(text, matches: starts.map { $0.label[language] })) }
        // «månedlig» for «Hver måned»: the same interval in other words.
        if let days = IntervalWords.days(text) {
            let same = options.filter { IntervalWords.days($0.label.nb) == days || IntervalWords.days($0.label.en) == days }
            if same.count == 1 { return .success(same[0].id) }
        }
        // «DPS» for «Den ansvarlige stillingen ved DPS-et», «e-post» for
        // «Vanlig e-post»: words that begin words of one option only (never
        // an option that settles nothing, such as «Ikke i dag – …»).
        let typedWords = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if lowered.count >= 3, !typedWords.isEmpty {
            let words = options.filter { option in
                let labelWords = option.label[language].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                return !option.unsettled && typedWords.allSatisfy { typed in labelWords.contains { $0.hasPrefix(typed) } }
            }
            if words.count == 1 { return .success(words[0].id) }
            if words.count > 1 { return .failure(.ambiguousOption(text, matches: words.map { $0.label[language] })) }
        }
        return .failure(.unknownOption(text, count: options.count))
    }

    /// "What ; role ; date", role and date optional (the rules advise on
    /// missing ones rather than refuse them).
    public func action(_ text: String) -> Result<ActionItem, AnswerProblem> {
        let fields = text.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false).map(\.trimmingSpaces)
        guard let what = fields.first, !what.isEmpty else { return .failure(.actionNeedsWhat) }
        let role = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
        var date: LocalDate?
        if fields.count > 2 && !fields[2].isEmpty {
            switch DateParser.read(fields[2], today: today) {
            case .date(let parsed)?: date = parsed
            case .choices(let dates)?: return .failure(.severalDates(fields[2], dates))
            case nil: return .failure(.actionDate(fields[2]))
            }
        }
        return .success(ActionItem(what: what, owner: role, date: date))
    }
}
