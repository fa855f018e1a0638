import Testing

@testable import SamplanCore

/// The YAML reader under the rules loader: libyaml's events made into
/// nodes with their positions, the way Yams' `Node` had them.
struct YAMLReaderTests {
    func failure(_ yaml: String) -> YAMLSyntaxError? {
        do {
            _ = try YAMLReader.read(yaml)
            return nil
        } catch {
            return error
        }
    }

    @Test func nodesKeepTheirTextStyleAndPosition() throws {
        let root = try #require(try YAMLReader.read("a:\n  - x\n  - 'y'\nb: æøå\n"))
        guard case .mapping(let top) = root, case .sequence(let list) = top.pairs[0].value else {
            Issue.record("not a mapping with a list")
            return
        }
        #expect(top.mark == YAMLMark(line: 1, column: 1))
        #expect(list.items.map(\.string) == ["x", "y"])
        #expect(list.items.map(\.mark) == [YAMLMark(line: 2, column: 5), YAMLMark(line: 3, column: 5)])
        let (plain, quoted) = try #require(Self.scalars(list.items[0], list.items[1]), "two scalars")
        #expect(plain.isPlain && !quoted.isPlain)
        #expect(top.pairs[1].value.string == "æøå")
    }

    @Test func aliasesRepeatTheAnchoredNode() throws {
        let root = try #require(try YAMLReader.read("a: &shared {k: v}\nb: *shared\n"))
        guard case .mapping(let top) = root, case .mapping(let copy) = top.pairs[1].value else {
            Issue.record("the alias is not the anchored mapping")
            return
        }
        #expect(copy.pairs.map(\.value.string) == ["v"])
    }

    @Test func anEmptyStreamHasNoRoot() throws {
        #expect(try YAMLReader.read("") == nil)
        #expect(try YAMLReader.read("# only a comment\n") == nil)
    }

    @Test func problemsAreLibyamlsWordsAtTheirPlace() {
        let alias = failure("a: *nowhere\n")
        #expect(alias?.problem == "found undefined alias" && alias?.mark == YAMLMark(line: 1, column: 4))
        let second = failure("a: 1\n---\nb: 2\n")
        #expect(second?.problem == "expected a single document in the stream; but found another document")
        #expect(second?.mark?.line == 2)
        let duplicate = failure("b: 1\na: 2\nb: 3\na: 4\n")
        #expect(duplicate?.problem == "duplicate key 'a', 'b' in a mapping" && duplicate?.mark == YAMLMark(line: 2, column: 1))
        let unclosed = failure("a: [1, 2\n")
        #expect(unclosed?.problem.hasPrefix("while parsing a flow sequence; ") == true)
    }

    /// Small mappings are compared pairwise, large ones hashed: a repeat is
    /// found at either size, at its first place, and none is invented.
    @Test(arguments: [2, 16, 17, 40])
    func repeatedKeysAreFoundInMappingsOfEverySize(keys: Int) throws {
        let distinct = (1...keys).map { "k\($0): \($0)\n" }.joined()
        #expect(try YAMLReader.read(distinct) != nil)
        let repeated = failure(distinct + "k1: again\n")
        #expect(repeated?.problem == "duplicate key 'k1' in a mapping" && repeated?.mark == YAMLMark(line: 1, column: 1))
        let aliasesKeep = failure("a: &x 1\nb: *x\n" + distinct + "b: 2\n")
        #expect(aliasesKeep?.problem == "duplicate key 'b' in a mapping" && aliasesKeep?.mark == YAMLMark(line: 2, column: 1))
    }

    @Test func booleansAndWholeNumbersAsYAML11ReadThem() throws {
        let root = try #require(try YAMLReader.read("[Yes, off, 'true', 12, 1.5]"))
        let list = try #require(Self.sequence(root), "a list")
        #expect(list.items.map(\.bool) == [true, false, true, nil, nil])
        #expect(list.items.map(\.int) == [nil, nil, nil, 12, nil])
    }

    static func scalars(_ first: YAMLNode, _ second: YAMLNode) -> (YAMLNode.Scalar, YAMLNode.Scalar)? {
        guard case .scalar(let a) = first, case .scalar(let b) = second else { return nil }
        return (a, b)
    }

    static func sequence(_ node: YAMLNode) -> YAMLNode.List? {
        guard case .sequence(let list) = node else { return nil }
        return list
    }
}
