// swift-tools-version: 6.2
import PackageDescription

// samplan's benchmarks: in-process ones with ordo-one/benchmark
// (`swift package benchmark`), and a generator of realistic transcripts for
// the whole-process timings in bench.sh. `make bench` runs both.
let package = Package(
    name: "samplan-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "samplan", path: ".."),
        // Only the malloc interposer: the runtime interposer is not needed
        // (and its package is not on these machines).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "TranscriptFactory",
            dependencies: [.product(name: "SamplanCore", package: "samplan")],
            swiftSettings: [.treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "make-transcripts",
            dependencies: ["TranscriptFactory", .product(name: "SamplanCore", package: "samplan")],
            swiftSettings: [.treatAllWarnings(as: .error)]
        ),
        .executableTarget(
            name: "SamplanBenchmarks",
            dependencies: [
                "TranscriptFactory",
                .product(name: "SamplanCore", package: "samplan"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SamplanBenchmarks",
            swiftSettings: [.treatAllWarnings(as: .error)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
