/// Why typed input is not a valid answer; the question is asked again.
public enum AnswerProblem: Sendable, Equatable, Error {
    case empty
    case notANumber(String)
    case belowMinimum(Double)
    case aboveMaximum(Double)
    case notADate(String)
    case notYesNo(String)
    case unknownOption(String, count: Int)
    case ambiguousOption(String, matches: [String])
    case oneOptionOnly
    case actionNeedsWhat
    case actionDate(String)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.empty, .nb): "Skriv et svar, eller /hopp for å hoppe over."
        case (.empty, .en): "Type an answer, or /skip to skip it."
        case (.notANumber(let s), .nb): "«\(s)» er ikke et tall."
        case (.notANumber(let s), .en): "“\(s)” is not a number."
        case (.belowMinimum(let m), .nb): "Tallet kan ikke være mindre enn \(m.localizedNumber(.nb))."
        case (.belowMinimum(let m), .en): "The number cannot be less than \(m.compact)."
        case (.aboveMaximum(let m), .nb): "Tallet kan ikke være større enn \(m.localizedNumber(.nb))."
        case (.aboveMaximum(let m), .en): "The number cannot be more than \(m.compact)."
        case (.notADate(let s), .nb): "«\(s)» er ikke en dato. Skriv for eksempel 15.01.2027, 15.01 eller «om 2 uker»."
        case (.notADate(let s), .en): "“\(s)” is not a date. Type for example 15.01.2027, 15.01 or “in 2 weeks”."
        case (.notYesNo(let s), .nb): "«\(s)»: svar ja eller nei."
        case (.notYesNo(let s), .en): "“\(s)”: answer yes or no."
        case (.unknownOption(let s, let n), .nb): "«\(s)» er ikke ett av valgene. Skriv et tall fra 1 til \(n) eller navnet (Tab fullfører)."
        case (.unknownOption(let s, let n), .en): "“\(s)” is not one of the options. Type a number from 1 to \(n) or the name (Tab completes)."
        case (.ambiguousOption(let s, let m), .nb): "«\(s)» kan være flere valg: \(m.joined(separator: ", ")). Skriv mer av navnet."
        case (.ambiguousOption(let s, let m), .en): "“\(s)” could be several options: \(m.joined(separator: ", ")). Type more of the name."
        case (.oneOptionOnly, .nb): "Velg bare ett alternativ her."
        case (.oneOptionOnly, .en): "Choose only one option here."
        case (.actionNeedsWhat, .nb): "Skriv hva som skal gjøres først, så rolle og frist: «Hva ; rolle ; dato»."
        case (.actionNeedsWhat, .en): "Say what is to be done first, then role and deadline: “What ; role ; date”."
        case (.actionDate(let s), .nb): "Fristen «\(s)» er ikke en dato. Skriv for eksempel 15.01.2027 eller «om 2 uker»."
        case (.actionDate(let s), .en): "The deadline “\(s)” is not a date. Type for example 15.01.2027 or “in 2 weeks”."
        }
    }
}
