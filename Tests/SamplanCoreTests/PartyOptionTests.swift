import Testing

@testable import SamplanCore

/// An option that names a party is offered only when that party is at the
/// table: the convener can be the municipality's position only when the
/// municipality sits there (seen in tmux: it was offered when it did not).
struct PartyOptionTests {
    typealias Drive = SessionDriverTests

    /// The typed session up to the convener question (line 15 is its answer).
    static func atConvener(municipality: Bool) throws -> (SessionDriver, String) {
        var driver = try Drive.driver(.nb)
        var lines = Array(Drive.typed("nb").prefix(14))
        if municipality {
            // At the table: its unit, leader, contact and part are asked too.
            var three: [String] = ["1"]
            three += lines[1..<3]
            three.append("Nordre Aasen kommune, psykisk helse og rus")
            three += lines[3..<10]
            three.append("kommunalsjef")
            three += lines[10..<12]
            three += ["koordinator", "1"]
            three += lines[12..<14]
            lines = three
        }
        var (screen, _, _) = Drive.type(lines, into: &driver)
        // The next question is shown when it is asked.
        _ = driver.ask(into: &screen)
        return (driver, screen)
    }

    @Test func theMunicipalityIsOfferedAsConvenerOnlyWhenItIsThere() throws {
        var (without, screen) = try Self.atConvener(municipality: false)
        #expect(without.state.current == "convener", "\(screen.suffix(300))")
        let options = try #require(screen.split(separator: "Hvem kaller inn til møtene og skriver referat?").last)
        #expect(options.contains("  2. Den ansvarlige stillingen ved NAV-kontoret\n") && !options.contains("kommunen"), "\(options)")
        #expect(without.ask(into: &screen)?.completer("Den ansvarlige stillingen i") == [], "Tab offers no absent party")
        let refused = Drive.type(["3"], into: &without).screen
        #expect(refused.contains("«3» er ikke ett av valgene. Skriv et tall fra 1 til 2"), "\(refused)")

        var (with, present) = try Self.atConvener(municipality: true)
        #expect(with.state.current == "convener", "\(present.suffix(300))")
        #expect(present.hasSuffix("  3. Den ansvarlige stillingen i kommunen\n"), "\(present.suffix(300))")
        #expect(with.ask(into: &present)?.completer("Den ansvarlige stillingen i") == ["Den ansvarlige stillingen i kommunen"])
    }
}
