/// Why a transcript cannot be read. The message names the line.
public enum TranscriptProblem: Error, Equatable, Sendable {
    /// The first line is not `samplan-transcript N`.
    case notATranscript
    /// Written by a newer samplan.
    case newerFormat(Int)
    /// A header field is missing or malformed.
    case badHeader(field: String)
    /// The embedded rules do not match the header's hash: edited by hand.
    case rulesAltered
    /// A complete line (not the last) that is not a record.
    case badRecord(line: Int)
    /// The embedded rules no longer load (should not happen; edited by hand).
    case rulesInvalid(String)
    /// A follow-up's recorded rules do not match their hash, or do not load:
    /// edited by hand, or written in a follow-up format this samplan does
    /// not know.
    case followupRulesAltered
    case followupRulesInvalid(String)

    public func message(file: String, in language: Language) -> String {
        let words = language.words
        return switch self {
        case .notATranscript: words.notATranscript(file: file)
        case .newerFormat(let n): words.newerFormat(file: file, n)
        case .badHeader(let field): words.badHeader(file: file, field)
        case .rulesAltered: words.rulesAltered(file: file)
        case .badRecord(let line): words.badRecord(file: file, line: line)
        case .rulesInvalid(let why): words.rulesInvalid(file: file, why)
        case .followupRulesAltered: words.followupRulesAltered(file: file)
        case .followupRulesInvalid(let why): words.followupRulesInvalid(file: file, why)
        }
    }
}

/// Something wrong that did not stop the reading.
public enum TranscriptWarning: Equatable, Sendable {
    /// The last line has no newline: cut off mid-write; it was skipped.
    case tornLastLine(line: Int)

    public func message(file: String, in language: Language) -> String {
        return switch self {
        case .tornLastLine(let line): language.words.tornLastLine(file: file, line: line)
        }
    }
}
