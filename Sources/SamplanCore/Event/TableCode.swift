/// A table's code for `samplan serve`: ten letters from an alphabet without
/// look-alikes (no B/8, G/6, I/L/1, O/Q/0, S/5, Z/2), 18¹⁰ or about 41.7
/// bits, shown as two groups of five. Typed in any case, with or without
/// the hyphen or spaces.
public enum TableCode {
    public static let alphabet = Array("ACDEFHJKMNPRTUVWXY")
    public static let length = 10
    /// The roster's optional column: the coordinator may set a table's code.
    public static let column = ["code", "kode"]

    /// The letters only, upper case.
    public static func normalized(_ code: String) -> String {
        String(code.uppercased().filter { $0 != "-" && $0 != " " })
    }

    /// Whether `code` can be typed as one.
    public static func isWellFormed(_ code: String) -> Bool {
        let key = normalized(code)
        return key.count == length && key.allSatisfy { alphabet.contains($0) }
    }

    /// As shown: «ACDEF-HJKMN».
    public static func shown(_ code: String) -> String {
        let key = normalized(code)
        return String(key.prefix(5)) + "-" + String(key.dropFirst(5))
    }
}
