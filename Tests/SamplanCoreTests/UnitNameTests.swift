import Testing

@testable import SamplanCore

/// A roster's names and what pairs type match tolerantly (issue 32, 5).
struct UnitNameTests {
    /// Twenty realistic variants, the roster's name first; each is tried
    /// both ways round.
    @Test(arguments: [
        ("DPS Kongsvinger", "DPS Kongsvinger, allmennpsykiatrisk poliklinikk"), ("DPS Kongsvinger", "Kongsvinger DPS"),
        ("DPS Kongsvinger", "dps kongsvinger"), ("DPS Nordre Aasen", "DPS Nordre Åsen"), ("Nordre Aasen DPS", "nordre åsen dps, poliklinikken"),
        ("NAV Sagene", "Nav Sagene"), ("NAV Sagene", "NAV-kontoret Sagene"), ("NAV Sagene", "Sagene"), ("NAV Nord-Østerdal", "NAV Nord Østerdal"),
        ("NAV Nord-Østerdal", "nav nord-osterdal"), ("Tynset DPS", "Distriktspsykiatrisk senter Tynset"),
        ("DPS Lillestrøm", "DPS Lillestrøm – allmennpsykiatrisk poliklinikk"),
        ("DPS Lillestrøm", "Lillestrom DPS"), ("NAV Lillestrøm", "NAV-kontoret i Lillestrøm"), ("Solli DPS", "Solli DPS, poliklinikk Fana"),
        ("NAV Fana", "NAV Fana (Bergen kommune)"), ("Vinderen DPS", "Vinderen DPS outpatient clinic"), ("NAV Vestre Aker", "NAV Vestre  Aker"),
        ("Psykisk helse og rus, Kongsberg kommune", "Kongsberg kommune, psykisk helse og rus"), ("DPS Øst", "DPS ØST"),
    ])
    func variantsMatchBothWays(_ roster: String, _ typed: String) {
        #expect(UnitName.matches(roster, typed), "\(roster) ~ \(typed)")
        #expect(UnitName.matches(typed, roster), "\(typed) ~ \(roster)")
    }

    @Test(arguments: [
        ("DPS Bord 1", "DPS Bord 10"), ("DPS Kongsberg", "DPS Kongsvinger"), ("NAV Sagene", "NAV Grünerløkka"), ("DPS Øst", "DPS Vest"),
        ("NAV Sagene", "NAV"), ("DPS Nordre Aasen", "DPS"),
    ])
    func otherUnitsDoNot(_ roster: String, _ typed: String) {
        #expect(!UnitName.matches(roster, typed), "\(roster) ≁ \(typed)")
    }
}
