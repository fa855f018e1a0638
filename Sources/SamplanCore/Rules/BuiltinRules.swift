import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rules compiled into the binary (Rules/dps-nav.yaml), so samplan
/// works from any directory.
public enum BuiltinRules {
    public static let displayName = "dps-nav.yaml (innebygd)"

    public static var text: String { String(decoding: PackageResources.dps_nav_yaml, as: UTF8.self) }

    /// Starts loading the rules on another core, so that the work overlaps
    /// with parsing the command line and the plan template (about a third
    /// of a piped session's start, Benchmarks/README.md). `load()` then
    /// waits for that result instead of loading again. Only speed changes:
    /// the same loader and checks run either way.
    public static func prefetch() { Prefetch.shared.start() }

    public static func load() throws(RulesError) -> RuleBook {
        if let result = Prefetch.shared.result() { return try result.get() }
        return try loadNow()
    }

    static func loadNow() throws(RulesError) -> RuleBook {
        try RulesLoader.load(text: text, file: "Rules/dps-nav.yaml")
    }
}

/// One load of the built-in rules on a background queue.
private final class Prefetch: @unchecked Sendable {
    static let shared = Prefetch()

    // `loaded` is written once on the queue before `done.leave()` and read
    // only after `done.wait()`; the group orders the two. `started` is
    // touched only by the main thread (start, then result).
    private let done = DispatchGroup()
    private var started = false
    private var loaded: Result<RuleBook, RulesError>?

    func start() {
        guard !started else { return }
        started = true
        done.enter()
        // A run that ends early (a usage error) must not exit while the
        // load is still running: exit handlers and destructors would run
        // under it. This handler, registered after them, runs before them.
        atexit { Prefetch.shared.done.wait() }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            loaded = Result { () throws(RulesError) -> RuleBook in try BuiltinRules.loadNow() }
            done.leave()
        }
    }

    /// The prefetched result, waiting for it; nil if never started.
    func result() -> Result<RuleBook, RulesError>? {
        guard started else { return nil }
        done.wait()
        return loaded
    }
}

extension RuleBook {
    /// The one line `samplan check` prints on success.
    public func summaryLine(in language: Language) -> String {
        let langs = languages.map(\.rawValue).joined(separator: ", ")
        switch language {
        case .nb:
            return "\(id) \(version): \(sections.count) deler, \(questions.count) spørsmål, \(feedback.count) tilbakemeldingsregler; språk: \(langs)"
        case .en:
            return "\(id) \(version): \(sections.count) sections, \(questions.count) questions, \(feedback.count) feedback rules; languages: \(langs)"
        }
    }
}
