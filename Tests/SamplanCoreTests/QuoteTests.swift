import Foundation
import Testing

@testable import SamplanCore

/// Every research message says no more than a sentence of its source, and
/// that sentence is really there: each `quote:` of the built-in rules (and
/// of the three-party fixture) is found, whitespace aside, in the seed file
/// its source names, when ../shared/seeds is beside the repository.
struct QuoteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static var haveSeeds: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds").path) }

    /// Runs of whitespace, the no-break space included, as one space.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Every research citation of a rules file, with where it is used.
    static func quotes(_ rules: RuleBook) -> [(place: String, source: String, quote: String)] {
        let bases = rules.sections.map { ("section \($0.id)", $0.basis) } + rules.feedback.map { ("feedback \($0.id)", $0.basis) }
        return bases.flatMap { place, basis in
            basis.citations.compactMap { citation in
                if case .research(let quote) = citation.kind { (place, citation.source, quote) } else { nil }
            }
        }
    }

    static func check(_ rules: RuleBook) throws -> Int {
        var found = 0
        for (place, sourceID, quote) in quotes(rules) {
            let source = try #require(rules.source(sourceID))
            let file = try #require(source.file, "\(sourceID) names its seed file")
            let seed = try String(contentsOf: shared.appendingPathComponent(file), encoding: .utf8)
            #expect(normalised(seed).contains(normalised(quote)), "\(place): «\(quote)» is not in \(file)")
            found += 1
        }
        return found
    }

    @Test(.enabled(if: haveSeeds, "../shared/seeds is not beside the repository"))
    func everyQuoteOfBothBuiltInRulesIsInItsSeed() throws {
        let counts = try BuiltinRules.entries.map { try Self.check(try $0.load()) }
        #expect(counts.count == 2 && counts[0] >= 25 && counts[1] >= 15, "\(counts)")
    }

    @Test(.enabled(if: haveSeeds, "../shared/seeds is not beside the repository"))
    func everyQuoteOfTheThreePartyFixtureIsInItsSeed() throws {
        #expect(try Self.check(try ThreePartyTests.rules()) == 2)
    }

    /// The check itself catches a quote that is not in the seed, one word off.
    @Test(.enabled(if: haveSeeds, "../shared/seeds is not beside the repository"))
    func aQuoteOneWordOffIsNotFound() throws {
        let seed = try String(contentsOf: Self.shared.appendingPathComponent("seeds/002_e8e3e5a2f8c63f65.txt"), encoding: .utf8)
        let right = "Et svært enkelt tiltak for å lette kommunikasjonen er å utveksle kontaktinformasjon"
        #expect(Self.normalised(seed).contains(Self.normalised(right)))
        #expect(!Self.normalised(seed).contains(Self.normalised(right.replacing("svært", with: "veldig"))))
    }

    /// Every message of the built-in rules says what it rests on: no
    /// citation of an unspecified kind is left from format 1, and no
    /// research source lacks a seed file.
    @Test(arguments: BuiltinRules.entries.map(\.name))
    func theBuiltInRulesSayWhatEachMessageRestsOn(_ name: String) throws {
        let rules = try #require(BuiltinRules.named(name)).load()
        #expect(rules.format == 2)
        let bases = rules.sections.map(\.basis) + rules.feedback.map(\.basis)
        #expect(bases.allSatisfy { $0.citations.allSatisfy { $0.kind != .unspecified } })
        let isLaw: (Citation) -> Bool = { if case .law = $0.kind { true } else { false } }
        #expect(bases.contains { $0.isPractice } && bases.contains { $0.citations.contains(where: isLaw) })
        // Blocking messages about impossible dates cite no report.
        let blocking = rules.feedback.filter { $0.severity == .blocking }
        #expect(!blocking.isEmpty && blocking.allSatisfy { $0.basis.isPractice })
    }
}
