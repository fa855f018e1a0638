// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets for samplan. Built by `make fuzz` with
// `--sanitize=fuzzer` and `-parse-as-library`: libFuzzer supplies main.
let package = Package(
    name: "samplan-fuzz",
    dependencies: [.package(name: "samplan", path: "..")],
    targets: ["FuzzRules", "FuzzTranscript", "FuzzAnswers"].map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "SamplanCore", package: "samplan")],
            swiftSettings: [.treatAllWarnings(as: .error)]
        )
    }
)
