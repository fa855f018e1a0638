import Glibc
import SamplanCore

/// Hands a recorded session's inputs to replay one at a time, each shown
/// after its prompt as it was typed, paced by the recorded times or one
/// step per key.
final class PlaybackReader {
    private let queue: [(time: Int, input: SessionInput, continued: LocalDate?)]
    /// The next input to give (removing from the front was quadratic).
    private var next = 0
    private var lastTime: Int?
    /// q was pressed in step mode: the replay stopped before the end.
    private(set) var quit = false
    private let language: Language
    private let pacing: Pacing

    enum Pacing {
        /// Recorded gaps divided by `speed`, each at most `maxIdle` seconds.
        case timed(speed: Double, maxIdle: Double)
        /// Wait for Enter before each input; q ends.
        case step(keys: LineReader)
    }

    init(records: [TranscriptRecord], language: Language, pacing: Pacing) {
        var queue: [(time: Int, input: SessionInput, continued: LocalDate?)] = []
        var continued: LocalDate?
        for record in records {
            switch record.event {
            case .input(let input):
                queue.append((record.time, input, continued))
                continued = nil
            case .continued(let date): continued = date
            default: continue
            }
        }
        self.queue = queue
        self.language = language
        self.pacing = pacing
    }

    /// How the table saw the session just before the next input: the
    /// number the list showed for each action id, and whether the
    /// closing question was being asked (a line typed there is an action).
    struct Seen {
        var number: (Int) -> Int? = { _ in nil }
        var atClosing = false
    }

    /// The next input, after its prompt and its typed form are shown; nil
    /// at the end, or when q is pressed in step mode.
    func next(prompt: String, seen: Seen = Seen()) -> SessionInput? {
        guard next < queue.count else { return nil }
        let (time, input, _) = queue[next]
        next += 1
        switch pacing {
        case .timed(let speed, let maxIdle):
            print(prompt, terminator: "")
            Console.flush()
            if let lastTime {
                // Times are of the day: a session past midnight wraps.
                var gap = Double(time - lastTime) / 1000
                if gap < 0 { gap += 86_400 }
                pause(min(gap / max(speed, 0.001), maxIdle))
            }
        case .step(let keys):
            // The key press shows the next input; its line follows the prompt.
            switch keys.read(prompt: prompt) {
            case .end:
                quit = true
                return nil
            case .line(let key) where key.lowercased().hasPrefix("q"):
                quit = true
                return nil
            default: break
            }
        }
        lastTime = time
        // A transcript is a file anyone can edit: shown and fed cleaned.
        // A dialogue is several lines, each cleaned.
        print(
            typed(input, seen).split(separator: "\n", omittingEmptySubsequences: false).map { InputCleaner.clean(String($0)) }.joined(separator: "\n")
        )
        if case .line(let text) = input { return .line(InputCleaner.clean(text)) }
        return input
    }

    /// The day a follow-up was continued on, when the next input was the
    /// first typed that day.
    var continuedBeforeNext: LocalDate? { next < queue.count ? queue[next].continued : nil }

    /// What the pair typed for this input, in the session's language.
    private func typed(_ input: SessionInput, _ seen: Seen) -> String {
        switch input {
        case .line(let text): text
        case .back: SlashCommand.back.typed(in: language)
        case .skip: SlashCommand.skip.typed(in: language)
        case .edit(let n): SlashCommand.edit(n).typed(in: language)
        case .action(let edit): Self.typed(edit, seen, in: language)
        }
    }

    /// An action edit as the pair typed it: a line at the closing, or
    /// `/tiltak` and its dialogue; a change, removal or first step as the
    /// command with the number the list showed then (never the id).
    private static func typed(_ edit: ActionEdit, _ seen: Seen, in language: Language) -> String {
        let none = "-"
        let number = { (id: Int) in String(seen.number(id) ?? id) }
        switch edit {
        case .add(let item) where seen.atClosing && item.source == nil:
            var fields = [item.what, item.owner ?? "", item.date?.norwegian ?? ""]
            while fields.count > 1 && fields.last == "" { fields.removeLast() }
            return fields.joined(separator: " ; ")
        case .add(let item):
            let prompts = language.words.actionPrompts
            return SlashCommand.action([]).typed(in: language) + "\n" + prompts.what + item.what + "\n" + prompts.owner
                + (item.owner ?? "") + "\n" + prompts.date + (item.date?.norwegian ?? "")
        case .change(let id, let change):
            let value =
                switch change {
                case .what(let text): text
                case .owner(let role): role ?? none
                case .date(let date): date?.norwegian ?? none
                }
            let field = Self.fieldName(change.field, language)
            return SlashCommand.action([number(id), field, value]).typed(in: language)
        case .remove(let id): return SlashCommand.remove(nil).typed(in: language) + " " + number(id)
        case .markFirst(let id): return SlashCommand.first(nil).typed(in: language) + " " + number(id)
        }
    }

    private static func fieldName(_ field: ActionField, _ language: Language) -> String {
        let names = language.words.actionFieldNames
        return switch field {
        case .what: names.what
        case .owner: names.owner
        case .date: names.date
        }
    }

    private func pause(_ seconds: Double) {
        guard seconds > 0 else { return }
        var wait = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var left = timespec()
        while nanosleep(&wait, &left) != 0 && errno == EINTR { wait = left }
    }
}
