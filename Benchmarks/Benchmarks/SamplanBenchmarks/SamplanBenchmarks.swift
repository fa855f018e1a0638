import Benchmark
import SamplanCore
import TranscriptFactory

// The in-process half of `make bench` (the whole-process half is bench.sh).
// Inputs are made before the measured loop: only the named work is timed.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 3,
        maxDuration: .seconds(2),
        maxIterations: 2_000
    )
    let factory = try! TranscriptFactory()
    let complete = factory.session(number: 7, complete: true, language: .nb)
    let transcript = try! Transcript.parse(complete.transcript)
    let interview = Interview(rules: factory.rules, language: .nb)
    let finalState = interview.replay(transcript.inputs, today: transcript.header.today)

    Benchmark("rules: load and validate the built-in rules") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! BuiltinRules.load()) }
    }

    // The last answer of a complete session: every earlier answer is in
    // the state, so every condition and all 48 feedback rules have values
    // to read. The state just before that answer is replayed once, outside
    // the loop.
    let lastAnswer = transcript.inputs.lastIndex { if case .line(let l) = $0 { !l.isEmpty } else { false } }!
    let beforeLast = interview.replay(Array(transcript.inputs[..<lastAnswer]), today: transcript.header.today)
    let lastInput = transcript.inputs[lastAnswer]
    Benchmark("engine: one step, late in a session") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(interview.step(beforeLast, lastInput)) }
    }

    // A whole session's inputs through the engine, as replay, resume and
    // summary do; divide by the count in the name for the mean step.
    let inputs = transcript.inputs
    Benchmark("engine: replay a complete session (\(inputs.count) inputs)",
              configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            blackHole(interview.replay(inputs, today: transcript.header.today))
            benchmark.stopMeasurement()
        }
    }

    let renderer = PlanRenderer.builtin(.nb)
    Benchmark("plan: render a complete session's plan") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(renderer.render(PlanContext(rules: factory.rules, state: finalState, language: .nb)))
        }
    }

    let text = complete.transcript
    Benchmark("transcript: parse one (\(text.utf8.count / 1000) KB)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! Transcript.parse(text)) }
    }

    // An event of 1,000 sessions, already in memory: parse each, replay it
    // under its own rules and add it to the totals, as `samplan summary`.
    let event = (0..<1_000).map { Array(factory.session(number: $0).transcript.utf8) }
    Benchmark("summary: 1,000 transcripts in memory",
              configuration: .init(timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations {
            let reader = TranscriptReader()
            var totals = EventTotals()
            for (index, bytes) in event.enumerated() {
                let (transcript, rules) = try! reader.read(bytes, file: "t\(index)")
                totals.add(try! SessionSummary(file: "t\(index)", transcript: transcript, rules: rules), rules: rules)
            }
            blackHole(totals)
        }
    }
}
