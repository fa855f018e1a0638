/// Why typed input is not a valid answer; the question is asked again.
public enum AnswerProblem: Sendable, Equatable, Error {
    case empty
    /// With examples that would have been taken, in the session's language.
    case notANumber(String, examples: [String])
    case belowMinimum(Double)
    case aboveMaximum(Double)
    case notADate(String)
    /// A date said that may mean any of these («i vår»): the pair picks one.
    case severalDates(String, [LocalDate])
    case notYesNo(String)
    case unknownOption(String, count: Int)
    /// At a question that takes several: the refusal says how to write them.
    case unknownOfSeveral(String, count: Int)
    case ambiguousOption(String, matches: [String])
    case oneOptionOnly
    case actionNeedsWhat
    case actionDate(String)

    public func message(in language: Language) -> String {
        let words = language.words
        return switch self {
        case .empty: words.answerEmpty()
        case .notANumber(let s, let examples): words.notANumber(s, examples: examples)
        case .belowMinimum(let m): words.belowMinimum(m)
        case .aboveMaximum(let m): words.aboveMaximum(m)
        case .notADate(let s): words.answerNotADate(s)
        case .severalDates(let s, let dates): words.severalDates(s, dates.map { NorwegianCalendar.describe($0, language) })
        case .notYesNo(let s): words.notYesNo(s)
        case .unknownOption(let s, let n): words.unknownOption(s, count: n)
        case .unknownOfSeveral(let s, let n): words.unknownOfSeveral(s, count: n)
        case .ambiguousOption(let s, let m): words.ambiguousOption(s, matches: m)
        case .oneOptionOnly: words.oneOptionOnly()
        case .actionNeedsWhat: words.actionNeedsWhat()
        case .actionDate(let s): words.actionDateNotADate(s)
        }
    }
}
