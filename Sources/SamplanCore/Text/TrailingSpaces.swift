extension String {
    /// The text without the spaces at its end. On bytes: a space is one
    /// byte that no other character contains, and a space joined by a mark
    /// ends in the mark's bytes, so this drops exactly the trailing " "
    /// Characters. `String(reversed().drop { … }.reversed())` built the
    /// result through an unspecialised generic Sequence, 280,000
    /// instructions a line of the plan's action table.
    var droppingTrailingSpaces: String {
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: " ") else { break }
            end = before
        }
        return end == utf8.endIndex ? self : String(self[..<end])
    }
}
