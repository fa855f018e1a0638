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
        switch (self, language) {
        case (.notATranscript, .nb): "\(file) er ikke en samplan-transkripsjon."
        case (.notATranscript, .en): "\(file) is not a samplan transcript."
        case (.newerFormat(let n), .nb):
            "\(file) er skrevet i format \(n) av en nyere samplan; denne leser format \(TranscriptHeader.formatVersion). Oppdater samplan."
        case (.newerFormat(let n), .en):
            "\(file) is in format \(n), written by a newer samplan; this one reads format \(TranscriptHeader.formatVersion). Update samplan."
        case (.badHeader(let field), .nb): "\(file): feltet «\(field)» i hodet mangler eller er ugyldig."
        case (.badHeader(let field), .en): "\(file): the header field “\(field)” is missing or invalid."
        case (.rulesAltered, .nb): "\(file): reglene i filen stemmer ikke med kontrollsummen; filen er endret for hånd."
        case (.rulesAltered, .en): "\(file): the rules in the file do not match their checksum; the file was edited by hand."
        case (.badRecord(let line), .nb): "\(file):\(line): linjen er ikke en gyldig hendelse."
        case (.badRecord(let line), .en): "\(file):\(line): the line is not a valid record."
        case (.rulesInvalid(let why), .nb): "\(file): reglene i filen kan ikke leses: \(why)"
        case (.rulesInvalid(let why), .en): "\(file): the rules in the file cannot be read: \(why)"
        case (.followupRulesAltered, .nb): "\(file): oppfølgingsreglene i filen stemmer ikke med kontrollsummen; filen er endret for hånd."
        case (.followupRulesAltered, .en): "\(file): the follow-up rules in the file do not match their checksum; the file was edited by hand."
        case (.followupRulesInvalid(let why), .nb): "\(file): oppfølgingsreglene i filen kan ikke leses: \(why)"
        case (.followupRulesInvalid(let why), .en): "\(file): the follow-up rules in the file cannot be read: \(why)"
        }
    }
}

/// Something wrong that did not stop the reading.
public enum TranscriptWarning: Equatable, Sendable {
    /// The last line has no newline: cut off mid-write; it was skipped.
    case tornLastLine(line: Int)

    public func message(file: String, in language: Language) -> String {
        switch (self, language) {
        case (.tornLastLine(let line), .nb): "\(file):\(line): siste linje ble avbrutt under skriving og er hoppet over; alt før den er med."
        case (.tornLastLine(let line), .en):
            "\(file):\(line): the last line was cut off while being written and was skipped; everything before it counts."
        }
    }
}
