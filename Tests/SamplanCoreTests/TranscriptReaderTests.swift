import Testing

@testable import SamplanCore

/// The reader the coordinator's tools use: it remembers rules texts it
/// has checked, and must not let that memory skip a check.
@Suite struct TranscriptReaderTests {
    static var bytes: [UInt8] { Array(TranscriptTests.text.utf8) }

    @Test func readsWhatParseReadsAndLoadsTheRulesOnce() throws {
        let reader = TranscriptReader()
        let (first, rulesA) = try reader.read(Self.bytes, file: "a")
        let (second, rulesB) = try reader.read(Self.bytes, file: "b")
        #expect(first.header == TranscriptTests.header && second.header == TranscriptTests.header)
        #expect(first.records == TranscriptTests.records && second.records == TranscriptTests.records)
        #expect(rulesA.questions.count == rulesB.questions.count && rulesA.id == "dps-nav")
        #expect(reader.rulesLoaded == 1)
    }

    @Test func rememberedRulesStillMeetTheirHash() throws {
        let reader = TranscriptReader()
        _ = try reader.read(Self.bytes, file: "a")
        // Same rules bytes, another declared hash: still refused.
        let hash = TranscriptTests.header.rulesHash
        let forged = TranscriptTests.text.replacing("sha256:" + hash, with: "sha256:" + String(hash.reversed()))
        #expect(throws: TranscriptProblem.rulesAltered) { try reader.read(Array(forged.utf8), file: "b") }
        // Other rules bytes under the remembered hash: refused too.
        let altered = TranscriptTests.text.replacing("nb: Samarbeidsavtale mellom DPS og NAV", with: "nb: Endret for hånd")
        #expect(throws: TranscriptProblem.rulesAltered) { try reader.read(Array(altered.utf8), file: "c") }
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        var bytes = Self.bytes
        // A lone continuation byte inside the first typed line.
        let line = Array("DPS Øst".utf8)
        let at = try #require(bytes.firstRange(of: line)).lowerBound
        bytes.insert(0x80, at: at + 3)
        let (transcript, _) = try TranscriptReader().read(bytes, file: "a")
        #expect(transcript.inputs.first == .line("DPS\u{FFFD} Øst\tavd. «B»"))
    }

    @Test(arguments: ["1:02:03.004", "01:02:03.004"])
    func oneDigitClockPartsAreRead(_ clock: String) {
        #expect(TranscriptRecord(line: clock + "\tback")?.time == 3_723_004)
    }

    @Test(arguments: ["+1:02:03.004", "01:02:03.04", "01:02:60.000", "01:02:03.004x", "01:02:03:04.000", "001:02:03.004"])
    func malformedClocksAreRefused(_ clock: String) {
        #expect(TranscriptRecord(line: clock + "\tback") == nil)
    }
}
