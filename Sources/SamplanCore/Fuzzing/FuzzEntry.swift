/// What the fuzz targets (Fuzz/) exercise, one function per target, so a
/// crasher kept as a regression test runs exactly the same code.
public enum FuzzEntry {
    /// The rules loader on arbitrary bytes: errors are fine, crashes not.
    public static func rules(_ bytes: [UInt8]) {
        _ = try? RulesLoader.load(data: bytes, file: "fuzz.yaml")
    }

    /// The transcript reader, each line as a record, and, when the bytes
    /// are a whole valid transcript, a replay through the engine.
    public static func transcript(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(2_000) {
            _ = TranscriptRecord(line: String(line))
        }
        guard let transcript = try? Transcript.parse(text), let rules = try? transcript.rules(file: "fuzz") else { return }
        let interview = Interview(rules: rules, language: transcript.header.language)
        _ = interview.replay(Array(transcript.inputs.prefix(500)), today: transcript.header.today)
    }

    /// The answer parsers and input filters on one line of text, as a
    /// session meets it: one question, at most as long as a session lets
    /// a line be. The first byte picks the language, the question and the
    /// session's date.
    public static func answers(_ bytes: [UInt8]) {
        guard let first = bytes.first, !questions.isEmpty else { return }
        let language: Language = first & 1 == 0 ? .nb : .en
        let today = LocalDate(dayNumber: 20_000 + Int(first) * 37)
        let text = String(String(decoding: bytes.dropFirst(), as: UTF8.self).prefix(longestLine))
        let parser = AnswerParser(language: language, today: today)
        _ = parser.parse(text, for: questions[Int(first >> 1) % questions.count])
        _ = parser.action(text)
        _ = DateParser.parse(text, today: today)
        _ = IdentityNumber.find(in: text)
        _ = IdentityNumber.masked(text)
        _ = InputCleaner.clean(text)
        _ = SlashCommand.parse(text)
        _ = FileStem.slug(text)
        _ = TextWrapper.wrap(text, width: Int(first % 90) + 1)
    }

    /// The longest line a session accepts (SessionDriver.longestLine).
    static let longestLine = SessionDriver.longestLine

    /// Every question of the built-in rules: all kinds, single and
    /// multiple choices, numbers with and without ranges.
    private static let questions: [Question] = (try? BuiltinRules.load())?.questions ?? []
}
