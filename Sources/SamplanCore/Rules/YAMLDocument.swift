internal import CLibYAML

/// Where a YAML node starts: 1-based line and column (Unicode scalars), as
/// libyaml counts them.
struct YAMLMark: Equatable, Sendable {
    let line: Int
    let column: Int
}

/// A YAML node as the rules loader reads it: every scalar stays text, with
/// its position. Built straight from libyaml's events (Debian's
/// libyaml-dev). Yams' `Node`, used before, made a tag object per scalar,
/// decoded each through Foundation and hashed every mapping's keys, which
/// was half of loading the rules at each start (Benchmarks/README.md).
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(List)

    struct Scalar: Sendable {
        let string: String
        /// Plain (unquoted, not a block): only these can mean null.
        let isPlain: Bool
        let mark: YAMLMark
    }

    struct Mapping: Sequence, Sendable {
        let pairs: [(key: YAMLNode, value: YAMLNode)]
        let mark: YAMLMark

        func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }
    }

    struct List: Sequence, Sendable {
        let items: [YAMLNode]
        let mark: YAMLMark

        func makeIterator() -> IndexingIterator<[YAMLNode]> { items.makeIterator() }
    }

    var mark: YAMLMark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let list): list.mark
        }
    }

    var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    var int: Int? { string.flatMap { Int($0) } }

    /// A finite decimal number, as rules files write them (no YAML 1.1
    /// forms such as `1_000` or `.inf`).
    var number: Double? { string.flatMap { Double($0) }.flatMap { $0.isFinite ? $0 : nil } }

    /// YAML 1.1's words for true and false, as Yams read them.
    var bool: Bool? {
        switch string?.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }
}

/// libyaml's complaint, in its own words, and where.
struct YAMLSyntaxError: Error {
    let problem: String
    let mark: YAMLMark?
}
