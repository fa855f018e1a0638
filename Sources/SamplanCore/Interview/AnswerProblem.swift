/// Why typed input is not a valid answer; the question is asked again.
public enum AnswerProblem: Sendable, Equatable, Error {
    case empty
    case notANumber(String)
    case belowMinimum(Double)
    case aboveMaximum(Double)
    case notADate(String)
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
        case .notANumber(let s): words.notANumber(s)
        case .belowMinimum(let m): words.belowMinimum(m)
        case .aboveMaximum(let m): words.aboveMaximum(m)
        case .notADate(let s): words.answerNotADate(s)
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
