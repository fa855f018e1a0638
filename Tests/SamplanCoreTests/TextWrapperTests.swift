import Testing

@testable import SamplanCore

struct TextWrapperTests {
    @Test func wordsWrapAtTheWidthAndLongWordsAreSplit() {
        #expect(TextWrapper.wrap("en to tre fire fem seks", width: 12) == ["en to tre", "fire fem", "seks"])
        #expect(
            TextWrapper.wrap("kort " + String(repeating: "x", count: 25) + " slutt", width: 10)
                == ["kort", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx", "slutt"])
        #expect(TextWrapper.wrap("æøå æøå", width: 10, indent: "  ") == ["  æøå æøå"])
        // The short-line fast path gives what the full one gives.
        #expect(TextWrapper.wrap(" a  b ", width: 20) == ["a b"])
        #expect(TextWrapper.wrap("a b", width: 20, indent: "  ") == ["  a b"])
        #expect(TextWrapper.wrap("", width: 20, indent: "  ") == [""])
        #expect(TextWrapper.wrap("   ", width: 20, indent: "  ") == [""])
        #expect(TextWrapper.wrap("a\n\nb", width: 10) == ["a", "", "b"])
    }

    /// Every line fits, and no character is lost or added, for a long text
    /// of mixed word lengths.
    @Test func nothingIsLostAndEveryLineFits() {
        var text = ""
        for n in 1...300 { text += String(repeating: "å", count: n % 37 + 1) + " " }
        let lines = TextWrapper.wrap(text, width: 30, indent: "- ")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.map { $0.dropFirst(2) }.joined().filter { $0 == "å" }.count == text.filter { $0 == "å" }.count)
    }

    /// The byte path gives what the Character path gives, for every scalar
    /// it is taken for (all below U+0300 but CR, and the punctuation of
    /// U+2010–U+205E), in short and over-long words, across paragraphs;
    /// marks, joiners, CR LF and the rest keep to Characters.
    @Test func wrappingOnBytesMatchesWrappingOnCharacters() {
        let taken = Array(UInt32(0)...0x2FF).filter { $0 != 13 } + Array(0x2010...0x2027) + Array(0x2030...0x205E)
        for value in taken {
            let c = String(Character(Unicode.Scalar(value)!))
            let text = "a\(c)b \(c)\(c)\(c)  ord\(c) " + String(repeating: c + "x", count: 13) + "\nslutt \(c)\n\n  \(c)æøå "
            #expect(TextWrapper.isOneScalarPerCharacter(text))
            let onBytes = TextWrapper.layOut(text, room: 10, indent: "  ", onBytes: true)
            let onCharacters = TextWrapper.layOut(text, room: 10, indent: "  ", onBytes: false)
            #expect(onBytes == onCharacters, "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x300, 0x200B, 0x200C, 0x200D, 0x2028, 0x2029, 0x202E, 0x205F, 0x2060, 0x1F1F3] {
            #expect(!TextWrapper.isOneScalarPerCharacter("a" + String(Unicode.Scalar(value)!) + "b"))
        }
        #expect(!TextWrapper.isOneScalarPerCharacter("e\u{301}"))
        #expect(!TextWrapper.isOneScalarPerCharacter("a\r\nb"))
        #expect(
            TextWrapper.wrap("xe\u{301}xe\u{301}xe\u{301}xe\u{301}xe\u{301}xe\u{301}", width: 10) == [
                "xe\u{301}xe\u{301}xe\u{301}xe\u{301}xe\u{301}", "xe\u{301}",
            ])
    }

    /// Trailing spaces go on bytes exactly as they went on Characters: a
    /// space joined by a mark is not a space.
    @Test func trailingSpacesAreDroppedAsCharacters() {
        for text in ["", "   ", "a", "a  ", " a b ", "æøå \t ", " \u{301}", "a \u{301} ", "e\u{301}  ", "x\u{2014} "] {
            #expect(text.droppingTrailingSpaces == String(text.reversed().drop { $0 == " " }.reversed()), "\(Array(text.unicodeScalars))")
        }
    }
}
