/// Command lines made only of a subcommand and its positional arguments —
/// `samplan`, `samplan check`, `samplan resume FILE`, `samplan summary
/// Transcripts` — go straight to the subcommand's request. ArgumentParser
/// reflects over every command at each start to build its parser, a third
/// of starting samplan (about 2 ms; Benchmarks/README.md, round 5), which
/// such a line does not need. Anything else — an option, `--help`,
/// `--version`, a completion request, `help`, an unknown word, a wrong
/// number of arguments — goes to ArgumentParser, which stays the one
/// definition of the command line, its help and its errors. Every line the
/// lane takes is checked against ArgumentParser's own parse
/// (`FastLaneTests`).
enum FastLane {
    enum Route: Equatable {
        case new(NewRequest)
        case check(CheckRequest)
        case resume(ResumeRequest)
        case replay(ReplayRequest)
        case plan(PlanRequest)
        case summary(SummaryRequest)
        case followup(FollowupRequest)
        case review(ReviewRequest)

        func run() throws {
            switch self {
            case .new(let request): try request.run()
            case .check(let request): try request.run()
            case .resume(let request): try request.run()
            case .replay(let request): try request.run()
            case .plan(let request): try request.run()
            case .summary(let request): try request.run()
            case .followup(let request): try request.run()
            case .review(let request): try request.run()
            }
        }
    }

    /// The route for `arguments` (without the program name), or nil when
    /// ArgumentParser must read them.
    static func route(_ arguments: [String]) -> Route? {
        // Whatever could be an option or a flag, and ArgumentParser's own
        // words, go to ArgumentParser.
        guard arguments.allSatisfy({ !$0.hasPrefix("-") && !$0.isEmpty && $0 != "help" }) else { return nil }
        guard let subcommand = arguments.first else { return .new(NewRequest()) }
        let operands = Array(arguments.dropFirst())
        switch (subcommand, operands.count) {
        case ("new", 0): return .new(NewRequest())
        case ("check", 0): return .check(CheckRequest())
        case ("check", 1): return .check(CheckRequest(rules: operands[0]))
        case ("resume", 1): return .resume(ResumeRequest(transcript: operands[0]))
        case ("replay", 1): return .replay(ReplayRequest(transcript: operands[0]))
        case ("plan", 1): return .plan(PlanRequest(transcript: operands[0]))
        case ("summary", 1...): return .summary(SummaryRequest(paths: operands))
        case ("due", 1...), ("followup", 1...): return .followup(FollowupRequest(paths: operands))
        case ("oppfølging", 1), ("oppfolging", 1), ("review", 1): return .review(ReviewRequest(transcript: operands[0]))
        default: return nil
        }
    }
}
