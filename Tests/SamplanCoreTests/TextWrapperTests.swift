import Testing
@testable import SamplanCore

struct TextWrapperTests {
    @Test func wordsWrapAtTheWidthAndLongWordsAreSplit() {
        #expect(TextWrapper.wrap("en to tre fire fem seks", width: 12) == ["en to tre", "fire fem", "seks"])
        #expect(TextWrapper.wrap("kort " + String(repeating: "x", count: 25) + " slutt", width: 10)
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
}
