import Synchronization

/// A structured condition over answers, written as YAML mappings
/// (`all`, `any`, `not`, or a `question` with one test). Not a language.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case test(question: String, Test)

    /// One test on one question's answer.
    public enum Test: Sendable {
        /// Answered (true) or not answered, skipped or not asked (false).
        case answered(Bool)
        /// Equal to a value: an option id, yes/no, a number, or text
        /// (compared without regard to case).
        case equals(ConditionValue)
        case oneOf([ConditionValue])
        case matches(Pattern)
        /// Numbers compare as they are; a date as days after the session's
        /// date; a list of actions by its count.
        case compare(Comparison, Double)
        /// Some action lacks this part.
        case missing(ActionPart)
        /// The date (or, for actions, some action's deadline) falls on a
        /// Saturday, a Sunday or a Norwegian public holiday (true), or not.
        case dayOff(Bool)
        /// The date, or some action's deadline, is before the session's date.
        case overdue(Bool)
        /// Answered with something the parties can sign (true), or answered
        /// with what settles nothing (false: «vet ikke», a person's name
        /// where a position belongs). Unanswered is neither.
        case settled(Bool, Settling)
    }

    public enum Comparison: String, Sendable, CaseIterable {
        case atLeast = "at_least"
        case atMost = "at_most"
        case lessThan = "less_than"
        case moreThan = "more_than"

        func holds(_ lhs: Double, _ rhs: Double) -> Bool {
            switch self {
            case .atLeast: lhs >= rhs
            case .atMost: lhs <= rhs
            case .lessThan: lhs < rhs
            case .moreThan: lhs > rhs
            }
        }
    }

    public enum ActionPart: String, Sendable, CaseIterable {
        /// The position responsible (`missing: role` in a rules file).
        case owner = "role"
        case date
    }

    /// The ids of every question the condition reads, in the order written.
    public var questionIDs: [String] {
        switch self {
        case .all(let parts), .any(let parts): parts.flatMap(\.questionIDs)
        case .not(let inner): inner.questionIDs
        case .test(let question, _): [question]
        }
    }
}

/// A literal in a condition, typed by the question it tests.
public enum ConditionValue: Sendable, Equatable {
    case option(String)
    case bool(Bool)
    case number(Double)
    case text(String)
}

/// A regular expression from a rules file, compiled once at load time.
/// Case-sensitive as written, because telling a name ("Kari Nordmann") from
/// a position ("avdelingsleder") depends on case; `(?i)` opts out.
public struct Pattern: @unchecked Sendable {
    // Regex<AnyRegexOutput> is not Sendable; it is immutable once built.
    public let source: String
    private let regex: Regex<AnyRegexOutput>
    /// Answers are tested again at every status and advice check (whether
    /// they settle anything), and a Swift Regex match costs microseconds.
    private let memo = MatchMemo()

    public init(_ source: String) throws {
        self.source = source
        self.regex = try Regex(source)
    }

    public func matches(_ text: String) -> Bool {
        if let known = memo[text] { return known }
        let found = (try? regex.firstMatch(in: text)) != nil
        memo[text] = found
        return found
    }
}

/// The last answers a pattern was matched against, and whether it matched.
/// Kept small: a summary of thousands of sessions sees each answer only
/// within its own session.
final class MatchMemo: Sendable {
    private let table = Mutex<[String: Bool]>([:])
    private static let limit = 512

    subscript(text: String) -> Bool? {
        get { table.withLock { $0[text] } }
        set {
            table.withLock { table in
                if table.count >= Self.limit { table.removeAll(keepingCapacity: true) }
                table[text] = newValue
            }
        }
    }
}
