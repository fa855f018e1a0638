internal import CLibYAML

/// Reads one YAML document into `YAMLNode`s with libyaml's event parser.
/// Anchors and aliases work; tags are ignored (every scalar is text until a
/// field asks for a number or a boolean); a repeated key in a mapping and a
/// second document are errors (as they were when Yams read the rules).
final class YAMLReader {
    private var parser = yaml_parser_t()
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Nodes read so far, each alias counted as the nodes it stands for.
    private var nodes = 0
    /// The nodes that aliases stand for, all uses together.
    private var expanded = 0
    /// Aliases share their node, so reading is cheap, but whatever walks
    /// the tree (conditions are compiled recursively) walks every use: a
    /// few lines of aliases of aliases (`&c1 {all: [*c0, *c0]}` …) stand for
    /// billions of nodes. Far more than any rules file needs (the built-in
    /// rules use no aliases); nodes written out count only against the
    /// file's size limit.
    static let largestExpansion = 200_000

    /// The document's root; nil for an empty stream.
    static func read(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLSyntaxError) -> YAMLNode? in
            try YAMLReader().document(buffer)
        }
    }

    private init() {
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    }

    deinit { yaml_parser_delete(&parser) }

    private func document(_ buffer: UnsafeMutableBufferPointer<UInt8>) throws(YAMLSyntaxError) -> YAMLNode? {
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = try next()  // stream start
        yaml_event_delete(&event)
        event = try next()
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return nil }
        let root = try node(from: try next())
        var end = try next()  // document end
        yaml_event_delete(&end)
        var after = try next()
        defer { yaml_event_delete(&after) }
        if after.type != YAML_STREAM_END_EVENT {
            throw YAMLSyntaxError(
                problem: "expected a single document in the stream; but found another document",
                mark: Self.mark(after.start_mark))
        }
        return root
    }

    private func next() throws(YAMLSyntaxError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
        return event
    }

    /// Consumes `event` (and the events of its children).
    private func node(from first: yaml_event_t) throws(YAMLSyntaxError) -> YAMLNode {
        var event = first
        defer { yaml_event_delete(&event) }
        let mark = Self.mark(event.start_mark)
        let before = nodes
        nodes += 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let node = YAMLNode.scalar(.init(string: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark: mark))
            remember(node, as: scalar.anchor, size: nodes - before)
            return node
        case YAML_SEQUENCE_START_EVENT:
            var items: [YAMLNode] = []
            while true {
                let item = try next()
                if item.type == YAML_SEQUENCE_END_EVENT {
                    var end = item
                    yaml_event_delete(&end)
                    break
                }
                items.append(try node(from: item))
            }
            let node = YAMLNode.sequence(.init(items: items, mark: mark))
            remember(node, as: event.data.sequence_start.anchor, size: nodes - before)
            return node
        case YAML_MAPPING_START_EVENT:
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            while true {
                let key = try next()
                if key.type == YAML_MAPPING_END_EVENT {
                    var end = key
                    yaml_event_delete(&end)
                    break
                }
                let keyNode = try node(from: key)
                pairs.append((keyNode, try node(from: try next())))
            }
            try Self.checkDuplicates(pairs)
            let node = YAMLNode.mapping(.init(pairs: pairs, mark: mark))
            remember(node, as: event.data.mapping_start.anchor, size: nodes - before)
            return node
        case YAML_ALIAS_EVENT:
            guard let name = Self.text(event.data.alias.anchor), let anchored = anchors[name] else {
                throw YAMLSyntaxError(problem: "found undefined alias", mark: mark)
            }
            nodes += anchored.size - 1
            expanded += anchored.size
            guard expanded <= Self.largestExpansion else {
                throw YAMLSyntaxError(
                    problem:
                        "the aliases expand the document to more than \(Self.largestExpansion) nodes; write the repeated parts out, or repeat less",
                    mark: mark)
            }
            return anchored.node
        default:
            throw YAMLSyntaxError(problem: "unexpected event", mark: mark)
        }
    }

    private func remember(_ node: YAMLNode, as anchor: UnsafeMutablePointer<UInt8>?, size: Int) {
        if let name = Self.text(anchor) { anchors[name] = (node, size) }
    }

    /// Repeated scalar keys, named in order, at the first one's first place.
    private static func checkDuplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)]) throws(YAMLSyntaxError) {
        guard pairs.count > 1 else { return }
        // Nearly every mapping has a handful of keys and no repeat: comparing
        // them pairwise costs far less than hashing them all, which was 6 %
        // of loading the built-in rules. A repeat is then named below.
        if pairs.count <= 16, !hasRepeatedKey(pairs) { return }
        var first: [String: YAMLMark] = [:]
        var repeated: Set<String> = []
        for pair in pairs {
            guard case .scalar(let key) = pair.key else { continue }
            if first[key.string] == nil { first[key.string] = key.mark } else { repeated.insert(key.string) }
        }
        guard let smallest = repeated.min() else { return }
        let names = repeated.sorted().map { "'\($0)'" }.joined(separator: ", ")
        throw YAMLSyntaxError(problem: "duplicate key \(names) in a mapping", mark: first[smallest])
    }

    private static func hasRepeatedKey(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> Bool {
        for i in pairs.indices {
            guard case .scalar(let key) = pairs[i].key else { continue }
            for j in pairs.indices[(i + 1)...] {
                if case .scalar(let other) = pairs[j].key, other.string == key.string { return true }
            }
        }
        return false
    }

    private func error() -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML cannot be read"
        switch parser.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let context = parser.context.map { String(cString: $0) } ?? ""
            return YAMLSyntaxError(
                problem: (context.isEmpty ? "" : context + "; ") + problem,
                mark: Self.mark(parser.problem_mark))
        default:
            return YAMLSyntaxError(problem: problem, mark: nil)
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: mark.line + 1, column: mark.column + 1)
    }

    private static func text(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
