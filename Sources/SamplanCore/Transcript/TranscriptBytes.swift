#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Transcripts are read as UTF-8 bytes, not as Characters: a tab, a
/// newline and a backslash are single bytes that never occur inside a
/// multi-byte sequence, so lines and fields are found with memchr, and
/// only the fields themselves become Strings. Reading Characters made a
/// 70 KB transcript take 6 ms (Benchmarks/README.md).
struct TranscriptBytes {
    let base: UnsafePointer<UInt8>
    let count: Int

    static let newline = UInt8(ascii: "\n")
    static let tab = UInt8(ascii: "\t")
    static let backslash = UInt8(ascii: "\\")

    /// The lines, without their newlines; `torn` when the last one has
    /// none (it was cut off mid-write).
    func lines() -> (lines: [Range<Int>], torn: Bool) {
        var lines: [Range<Int>] = []
        var start = 0
        while start < count {
            guard let end = find(Self.newline, in: start..<count) else { return (lines + [start..<count], true) }
            lines.append(start..<end)
            start = end + 1
        }
        return (lines, false)
    }

    func find(_ byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The tab-separated fields of a line, empty ones kept.
    func fields(_ line: Range<Int>, maxSplits: Int = .max) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = line.lowerBound
        while fields.count < maxSplits, let tab = find(Self.tab, in: start..<line.upperBound) {
            fields.append(start..<tab)
            start = tab + 1
        }
        fields.append(start..<line.upperBound)
        return fields
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }

    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        range.count == literal.utf8CodeUnitCount && memcmp(base + range.lowerBound, literal.utf8Start, range.count) == 0
    }

    func equals(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        range.count == bytes.count && bytes.withUnsafeBufferPointer { memcmp(base + range.lowerBound, $0.baseAddress!, range.count) == 0 }
    }

    func byte(_ index: Int) -> UInt8 { base[index] }

    /// A field with its escapes (\\ \t \n \r) undone; nil for a dangling or
    /// unknown escape.
    func unescaped(_ range: Range<Int>) -> String? {
        guard find(Self.backslash, in: range) != nil else { return string(range) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = base[index]
            index += 1
            guard byte == Self.backslash else {
                out.append(byte)
                continue
            }
            guard index < range.upperBound else { return nil }
            switch base[index] {
            case Self.backslash: out.append(Self.backslash)
            case UInt8(ascii: "t"): out.append(Self.tab)
            case UInt8(ascii: "n"): out.append(Self.newline)
            case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
            default: return nil
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A decimal number of at most `digits` digits, no sign.
    func number(_ range: Range<Int>, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(range.count) else { return nil }
        var value = 0
        for index in range {
            let digit = Int(base[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
