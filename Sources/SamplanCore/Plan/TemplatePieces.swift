/// A plan template cut into pieces that parse on their own and render, one
/// after the other, as the whole would.
///
/// Why: the mustache library measures what is left of the template at each
/// tag (its `Parser.read(count:)` takes the distance to the end), so a
/// parse costs tags × length. The agreement grew to 13 KB and its parse to
/// a quarter of a piped session (Benchmarks/README.md, round 9); in pieces
/// of about 1 KB it costs a tenth. Remove this when the library reads in
/// constant time.
///
/// A cut falls only at the start of a line outside every section and tag,
/// and each piece begins with the template's leading pragmas
/// (`{{% CONTENT_TYPE: TEXT}}`), which hold for the whole template. A
/// template that changes its delimiters is not cut.
enum TemplatePieces {
    static let pieceSize = 512

    /// The pieces, or nil when the template is best parsed whole. Read as
    /// UTF-8 bytes: the cut must cost less than the parse it saves.
    static func cut(_ text: String, size: Int = pieceSize) -> [String]? {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var pragmas: [UInt8] = []
        var pieceStart = 0
        var depth = 0
        var inTag = false
        var leading = true
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = min(lineEnd + 1, bytes.count)
            let line = bytes[lineStart..<lineEnd]
            if leading, line.starts(with: "{{%".utf8), line.reversed().starts(with: "}}".utf8) {
                pragmas += bytes[lineStart..<next]
                lineStart = next
                continue
            }
            leading = false
            if !inTag && depth == 0 && lineStart - pieceStart >= size {
                pieces.append(piece(bytes[pieceStart..<lineStart], after: pieces.isEmpty ? [] : pragmas))
                pieceStart = lineStart
            }
            guard scan(line, depth: &depth, inTag: &inTag) else { return nil }
            lineStart = next
        }
        guard !pieces.isEmpty, depth == 0, !inTag else { return nil }
        return pieces + [piece(bytes[pieceStart...], after: pragmas)]
    }

    private static func piece(_ body: ArraySlice<UInt8>, after pragmas: [UInt8]) -> String {
        String(decoding: pragmas + body, as: UTF8.self)
    }

    /// Follows the section depth and whether a tag is still open through a
    /// line; false for a change of delimiters.
    private static func scan(_ line: ArraySlice<UInt8>, depth: inout Int, inTag: inout Bool) -> Bool {
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var index = line.startIndex
        while index + 1 < line.endIndex {
            let pair = (line[index], line[index + 1])
            if inTag {
                if pair == (close, close) { inTag = false }
                index += pair == (close, close) ? 2 : 1
                continue
            }
            guard pair == (open, open) else {
                index += 1
                continue
            }
            index += 2
            switch index < line.endIndex ? line[index] : 0 {
            case UInt8(ascii: "#"), UInt8(ascii: "^"): depth += 1
            case UInt8(ascii: "/"): depth -= 1
            case UInt8(ascii: "="): return false
            default: break
            }
            inTag = true
        }
        return true
    }
}
