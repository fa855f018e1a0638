import Foundation
import Testing

@testable import SamplanCore

/// What rules format 2 refuses, each at the line and column of the
/// problem (issue 18): an unknown party, a question for no party, research
/// without its quote, a plan part named twice, a source without its kind,
/// an optional party never asked about, and its question asked too early.
struct FormatTwoErrorTests {
    static let valid = (try? String(contentsOf: ThreePartyTests.folder.appendingPathComponent("rules.yaml"), encoding: .utf8)) ?? ""

    /// The first diagnostic for the fixture with `old` replaced by `new`.
    func firstError(replacing old: String, with new: String, language: Language = .en) throws -> String {
        #expect(Self.valid.contains(old), "the fixture has \(old)")
        do {
            _ = try RulesLoader.load(text: Self.valid.replacing(old, with: new), file: "rules.yaml")
            Issue.record("loaded")
            return ""
        } catch {
            return String(error.render(in: language).split(separator: "\n").first ?? "")
        }
    }

    /// `LINE:COL` of `needle` in the fixture after the replacement.
    func position(of needle: String, replacing old: String, with new: String) -> String {
        let text = Self.valid.replacing(old, with: new)
        guard let range = text.range(of: needle) else { return "?" }
        let before = text[..<range.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count } ?? 0
        return "\(line):\(column + 1)"
    }

    @Test func anUnknownParty() throws {
        let (old, new) = ("ask: [klinikk, kontor]", "ask: [klinikk, kommune]")
        #expect(
            try firstError(replacing: old, with: new)
                == "rules.yaml:\(position(of: "kommune]", replacing: old, with: new)): unknown party 'kommune'; expected one of: klinikk, kontor, bydel, all"
        )
        #expect(
            try firstError(replacing: "ask: all, type: actions", with: "ask: both, type: actions")
                .hasSuffix("unknown party 'both'; expected one of: klinikk, kontor, bydel, all"))
    }

    @Test func aQuestionForNoParty() throws {
        let (old, new) = ("ask: [klinikk, kontor]", "ask: []")
        #expect(
            try firstError(replacing: old, with: new)
                == "rules.yaml:\(position(of: "[]", replacing: old, with: new)): 'kontaktliste' is asked of no party; name one, several or all")
    }

    @Test func researchWithoutAQuote() throws {
        let old =
            "      research: rph2017\n      quote: Et svært enkelt tiltak for å lette kommunikasjonen er å utveksle kontaktinformasjon til enkeltveiledere og -behandlere.\n"
        let new = "      research: rph2017\n"
        #expect(
            try firstError(replacing: old, with: new)
                == "rules.yaml:\(position(of: "rph2017\n  - id: named-cases", replacing: old, with: new)): research source 'rph2017' needs 'quote:', the exact sentence of the source that carries the message"
        )
        #expect(
            try firstError(replacing: old, with: new, language: .nb)
                .hasSuffix("forskningskilden «rph2017» trenger «quote:», den ordrette setningen i kilden som bærer meldingen"))
    }

    @Test func aPlanPartNamedTwice() throws {
        let (old, new) = ("role: review-date", "role: first-step.date")
        let line = position(of: "role: first-step.date", replacing: old, with: new).split(separator: ":")[0]
        #expect(
            try firstError(replacing: old, with: new)
                == "rules.yaml:\(position(of: "first-step.date, text: {nb: Evaluering", replacing: old, with: new)): another question already has the role 'first-step.date' (line \(line)); each role belongs to one question"
        )
    }

    @Test func aSourceThatDoesNotSayItsKind() throws {
        let (old, new) = (
            "    source: practice\n    questions:\n      - {id: med_bydel", "    source: rph2017\n    questions:\n      - {id: med_bydel"
        )
        #expect(
            try firstError(replacing: old, with: new)
                == "rules.yaml:\(position(of: "rph2017\n    questions:\n      - {id: med_bydel", replacing: old, with: new)): say what kind of source 'rph2017' is: {research: rph2017, quote: \"…\"}, {law: rph2017, paragraph: \"§ …\"}, or practice for our own advice"
        )
    }

    @Test func anOptionalPartyNeverAskedAbout() throws {
        let (old, new) = ("role: present.bydel, ", "")
        #expect(
            try firstError(replacing: old, with: new)
                == "rules.yaml:\(position(of: "bydel\n    name:", replacing: old, with: new)): the optional party 'bydel' needs a yes/no question with 'role: present.bydel' that asks whether it is at the table"
        )
    }

    @Test func aQuestionForTheOptionalPartyBeforeItIsKnownToBeThere() throws {
        let asked =
            "      - {id: med_bydel, ask: all, type: yesno, role: present.bydel, text: {nb: Sitter bydelen ved bordet?, en: Is the district at the table?}}\n"
        let named = "      - {id: bydelsnavn, ask: bydel, type: text, role: names.bydel, text: {nb: Hvilken bydel?, en: Which district?}}\n"
        let text = Self.valid.replacing(asked, with: "").replacing(named, with: named + asked)
        let swapped = Self.valid.replacing(asked + "      - {id: klinikknavn", with: "      - {id: klinikknavn")
        #expect(text != Self.valid && swapped != Self.valid)
        do {
            _ = try RulesLoader.load(text: text, file: "rules.yaml")
            Issue.record("loaded")
        } catch {
            #expect(
                error.render(in: .en).contains(
                    ": 'bydelsnavn' is for 'bydel' only, but comes before the question that asks whether 'bydel' is at the table"))
        }
    }

    /// `present.ID` belongs to optional parties, and a format-1 file
    /// cannot list parties.
    @Test func presenceIsForOptionalPartiesAndPartiesForFormatTwo() throws {
        #expect(try firstError(replacing: "role: names.klinikk", with: "role: present.klinikk").contains("unknown role 'present.klinikk'"))
        #expect(try firstError(replacing: "format: 2", with: "format: 1").contains("unknown field 'parties'"))
    }
}
