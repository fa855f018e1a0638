/// What one engine step adds to a transcript, in order: the question as
/// asked (once), the input, what the engine made of it, and the next
/// question. Live sessions write these; so does the benchmarks' generator,
/// so its transcripts are the ones samplan itself would have written.
public enum StepRecords {
    /// - Parameters:
    ///   - askedRecorded: the last question already recorded as asked.
    ///   - before: the question the input answered.
    ///   - after: the question the engine moved to.
    public static func events(
        rules: RuleBook, language: Language, askedRecorded: String?, before: String?,
        input: SessionInput, events: [SessionEvent], after: String?
    ) -> [TranscriptRecord.Event] {
        var records: [TranscriptRecord.Event] = []
        if let before, askedRecorded != before { records.append(.asked(question: before)) }
        records.append(.input(input))
        for event in events { records += transcriptEvents(event, rules: rules, language: language) }
        if let after, after != before { records.append(.asked(question: after)) }
        return records
    }

    private static func transcriptEvents(_ event: SessionEvent, rules: RuleBook, language: Language) -> [TranscriptRecord.Event] {
        switch event {
        case .answered(let id, let value):
            guard let question = rules.question(id) else { return [] }
            return [.answered(question: id, by: question.asked.spelling, text: value.display(for: question, in: language))]
        case .skipped(let id): return [.skipped(question: id)]
        case .advice(let ids): return ids.map { .advice(feedback: $0) }
        case .blocked(let id): return [.blocked(feedback: id)]
        default: return []
        }
    }
}
