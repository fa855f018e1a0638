// swift-tools-version: 6.2
import PackageDescription

// Warnings are bugs here: every target of ours treats them as errors.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "samplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "samplan", targets: ["samplan"]),
        .library(name: "SamplanCore", targets: ["SamplanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `samplan serve`: the same session over a WebSocket, TLS when given files.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        // Named by `serve` itself (a client's address, the server's log); Hummingbird uses both.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `serve` names a header field (HTTPTypes) and stops its tables before the server (ServiceGroup).
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Only the tests: an independent reader of `summary --csv`.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // libyaml from Debian, as libedit is: the rules reader walks its
        // event parser (YAMLReader.swift) into its own light node tree.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The terminal's C side: libedit wrappers, the signal handlers and
        // the reader that shares their flags, in one .c file.
        .target(name: "CTerminal", dependencies: ["CEditLine"]),
        // libc calls Swift cannot reach (renameat2 is behind _GNU_SOURCE); the
        // name is our own: swift-system, which the benchmarks use, has a CSystem.
        .target(name: "CSamplanLibc"),
        .target(
            name: "SamplanCore",
            dependencies: [
                "CLibYAML",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // Symlinks into Rules/: the built-in rules and plan templates,
            // compiled in so samplan works from any directory.
            resources: [
                .embedInCode("Builtin/dps-nav.yaml"),
                .embedInCode("Builtin/legacy-roles.yaml"),
                .embedInCode("Builtin/plan.nb.mustache"),
                .embedInCode("Builtin/plan.en.mustache"),
                .embedInCode("Builtin/kommune-nav.yaml"),
                .embedInCode("Builtin/kommune-nav.plan.nb.mustache"),
                .embedInCode("Builtin/kommune-nav.plan.en.mustache"),
                .embedInCode("Builtin/followup-note.nb.mustache"),
                .embedInCode("Builtin/followup-note.en.mustache"),
                .embedInCode("Builtin/followup.yaml"),
                .embedInCode("Builtin/followup-legacy.yaml"),
                .embedInCode("Builtin/format-1-parties.yaml"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "samplan",
            dependencies: [
                "SamplanCore",
                "CTerminal",
                "CSamplanLibc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            // The page `serve` sends: in the binary, never read from disk.
            resources: [
                .embedInCode("Serve/Page/index.html"),
                .embedInCode("Serve/Page/app.js"),
                .embedInCode("Serve/Page/style.css"),
                .embedInCode("Serve/Page/coordinator.html"),
                .embedInCode("Serve/Page/coordinator.js"),
            ],
            swiftSettings: strict
        ),
        // What both test targets share: golden files and inline rules.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(
            name: "SamplanCoreTests",
            dependencies: ["SamplanCore", "TestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "samplanTests",
            dependencies: [
                "samplan", "SamplanCore", "TestSupport", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
            ],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
    ]
)
