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

    /// The next input, after its prompt and its typed form are shown; nil
    /// at the end, or when q is pressed in step mode.
    func next(prompt: String) -> SessionInput? {
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
            case .end: return nil
            case .line(let key) where key.lowercased().hasPrefix("q"): return nil
            default: break
            }
        }
        lastTime = time
        // A transcript is a file anyone can edit: shown and fed cleaned.
        print(InputCleaner.clean(typed(input)))
        if case .line(let text) = input { return .line(InputCleaner.clean(text)) }
        return input
    }

    /// The day a follow-up was continued on, when the next input was the
    /// first typed that day.
    var continuedBeforeNext: LocalDate? { next < queue.count ? queue[next].continued : nil }

    /// The line that gives this input, in the session's language.
    private func typed(_ input: SessionInput) -> String {
        switch input {
        case .line(let text): text
        case .back: SlashCommand.back.typed(in: language)
        case .skip: SlashCommand.skip.typed(in: language)
        case .edit(let n): SlashCommand.edit(n).typed(in: language)
        case .action(let edit): Self.typed(edit, in: language)
        }
    }

    /// An action edit as one command line. It names the action by its
    /// stable id («#3»), which the list may show under another number.
    private static func typed(_ edit: ActionEdit, in language: Language) -> String {
        let none = "-"
        switch edit {
        case .add(let item):
            return SlashCommand.action([]).typed(in: language) + " "
                + [item.what, item.owner ?? none, item.date?.norwegian ?? none].joined(separator: " ; ")
        case .change(let id, let change):
            let value =
                switch change {
                case .what(let text): text
                case .owner(let role): role ?? none
                case .date(let date): date?.norwegian ?? none
                }
            let field = Self.fieldName(change.field, language)
            return SlashCommand.action(["#\(id)", field, value]).typed(in: language)
        case .remove(let id): return SlashCommand.remove(nil).typed(in: language) + " #\(id)"
        case .markFirst(let id): return SlashCommand.first(nil).typed(in: language) + " #\(id)"
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
