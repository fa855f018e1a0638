import Dispatch
import SamplanCore

/// What reading one transcript came to.
enum Outcome<T: Sendable>: Sendable {
    case read(T, warnings: [TranscriptWarning])
    case unreadable(ReadProblem)
    case problem(TranscriptProblem)
}

/// A fixed set of workers, each with its own TranscriptReader, so each
/// keeps the rules it has loaded from batch to batch without sharing them.
final class Workers: @unchecked Sendable {
    // Unchecked: worker `w` only ever touches readers[w], and `run` waits
    // for every worker before it returns.
    private let readers: [TranscriptReader]

    init(count: Int) {
        readers = (0..<count).map { _ in TranscriptReader() }
    }

    /// The outcome for each path (nil where there is none), in order;
    /// worker w takes paths w, w + count, w + 2·count…
    func run<T: Sendable>(
        _ paths: [String?],
        _ transform: @escaping @Sendable (String, Transcript, RuleBook) throws(TranscriptProblem) -> T
    ) -> [Outcome<T>?] {
        let results = Slots<Outcome<T>>(count: paths.count)
        let count = readers.count
        let work: @Sendable (Int) -> Void = { worker in
            var index = worker
            while index < paths.count {
                if let path = paths[index] { results[index] = self.read(path, reader: self.readers[worker], transform) }
                index += count
            }
        }
        if count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: count, execute: work) }
        return results.values
    }

    private func read<T: Sendable>(
        _ path: String, reader: TranscriptReader,
        _ transform: (String, Transcript, RuleBook) throws(TranscriptProblem) -> T
    ) -> Outcome<T> {
        let bytes: [UInt8]
        do {
            bytes = try FileAccess.read(path)
        } catch {
            return .unreadable(error)
        }
        do {
            let (transcript, book) = try reader.read(bytes, file: path)
            return .read(try transform(path, transcript, book), warnings: transcript.warnings)
        } catch {
            return .problem(error)
        }
    }
}

/// Results written by several threads, each to its own slots: raw
/// memory, so writes to different slots never touch shared state.
private final class Slots<T>: @unchecked Sendable {
    // Unchecked: every index is written by exactly one worker, and read
    // only after all of them have finished.
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    subscript(index: Int) -> T? {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }

    var values: [T?] { Array(buffer) }
}
