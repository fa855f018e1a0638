/// The messages of what went wrong, by feature: each catalog takes plain
/// values only, so it depends on no engine type.
/// Why a typed answer is refused (`AnswerProblem`).
public protocol AnswerWords: Sendable {
    func answerEmpty() -> String
    func notANumber(_ s: String, examples: [String]) -> String
    /// Numbers as the parser takes them, for a refusal to show.
    func numberExamples(perMonth: Bool) -> [String]
    func belowMinimum(_ m: Double) -> String
    func aboveMaximum(_ m: Double) -> String
    func answerNotADate(_ s: String) -> String
    /// `days` as «fredag 30.04.2027», numbered for the pair to pick.
    func severalDates(_ s: String, _ days: [String]) -> String
    func notYesNo(_ s: String) -> String
    func unknownOption(_ s: String, count n: Int) -> String
    func unknownOfSeveral(_ s: String, count n: Int) -> String
    func ambiguousOption(_ s: String, matches m: [String]) -> String
    func oneOptionOnly() -> String
    func actionNeedsWhat() -> String
    func actionDateNotADate(_ s: String) -> String
}

/// Why a transcript cannot be read (`TranscriptProblem`), or was read with a warning.
public protocol TranscriptWords: Sendable {
    func notATranscript(file: String) -> String
    func newerFormat(file: String, _ n: Int) -> String
    func badHeader(file: String, _ field: String) -> String
    func rulesAltered(file: String) -> String
    func badRecord(file: String, line: Int) -> String
    func rulesInvalid(file: String, _ why: String) -> String
    func followupRulesAltered(file: String) -> String
    func followupRulesInvalid(file: String, _ why: String) -> String
}

public protocol TranscriptWarningWords: Sendable {
    func tornLastLine(file: String, line: Int) -> String
}

/// What is wrong with a line of the roster (`RosterProblem`).
public protocol RosterWords: Sendable {
    func rosterNotUTF8() -> String
    func rosterNoHeader(expected: [String]) -> String
    func rosterMissingColumn(_ name: String) -> String
    func rosterNotATableNumber(column: String, _ text: String) -> String
    func rosterDuplicateTable(column: String, _ number: Int, firstLine first: Int) -> String
    func rosterEmptyField(column: String) -> String
    func rosterUnclosedQuote() -> String
    func rosterIdentityNumber() -> String
    func rosterTooLong(column: String, _ limit: Int) -> String
    func rosterNotACode(column: String, _ text: String, alphabet: String) -> String
    func rosterDuplicateCode(column: String, firstLine first: Int) -> String
}

/// Why a file could not be created, written, read or renamed, and why one is not read.
public protocol FileWords: Sendable {
    func cannotCreate(_ path: String, reason: String) -> String
    func cannotWrite(_ path: String, reason: String) -> String
    func cannotRead(_ path: String, reason: String) -> String
    func cannotRename(_ path: String, reason: String) -> String
}

/// Why a file samplan was given is not read.
public protocol ReadWords: Sendable {
    func fileMissing(_ path: String) -> String
    func fileUnreadable(_ path: String, reason: String) -> String
    func fileNotRegular(_ path: String) -> String
    func fileTooLarge(_ path: String, limit: Int) -> String
}

/// Why `plan -o PATH` will not write there.
public protocol PlanFileWords: Sendable {
    func planPathIsFolder(_ path: String) -> String
    func planPathIsLink(_ path: String) -> String
    func planPathIsSpecial(_ path: String) -> String
}
/// The action fields as a replayed `/tiltak` line names them.
public protocol PlaybackWords: Sendable {
    var actionFieldNames: (what: String, owner: String, date: String) { get }
}
/// What `samplan check` says of rules that load.
public protocol CheckWords: Sendable {
    /// - Parameter rules: the id and version.
    func rulesSummary(_ rules: String, sections: Int, questions: Int, feedback: Int, languages: String) -> String
    func followupRulesSummary(_ rules: String, statuses: [String], perAction: Int, feedback: Int) -> String
}
