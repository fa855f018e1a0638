/// A DPS unit or NAV office as a roster and a pair write it: «DPS
/// Kongsvinger» in the roster, «DPS Kongsvinger, allmennpsykiatrisk
/// poliklinikk» or «Kongsvinger DPS» typed at the table. Case, æøå and
/// accents, punctuation and word order aside, one name's distinctive words
/// are all among the other's.
enum UnitName {
    /// Words every unit has, which tell no two apart.
    private static let common: Set<String> = [
        "dps", "nav", "kontor", "kontoret", "distriktspsykiatrisk", "distriktspsykiatriske", "senter", "og", "i", "and", "the", "of",
        "office",
    ]

    /// The distinctive words, folded: «Nordre Åsen DPS» and «nordre aasen» give the same.
    static func words(_ name: String) -> Set<String> {
        var folded = ""
        for character in name.lowercased() {
            switch character {
            case "æ", "ä": folded += "ae"
            case "ø", "ö": folded += "o"
            case "å", "à", "á", "â": folded += "a"
            case "é", "è", "ê": folded += "e"
            case "ü": folded += "u"
            default: folded.append(character)
            }
        }
        folded = folded.replacing("aa", with: "a")
        return Set(folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)).subtracting(common)
    }

    /// One name's distinctive words are all among the other's.
    static func matches(_ roster: String, _ typed: String) -> Bool {
        let listed = words(roster), given = words(typed)
        return !listed.isEmpty && !given.isEmpty && (listed.isSubset(of: given) || given.isSubset(of: listed))
    }
}
