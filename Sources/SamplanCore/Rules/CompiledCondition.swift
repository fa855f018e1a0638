/// A condition with its question ids replaced by positions in asking
/// order, made once when a RuleBook is built. The engine evaluates
/// conditions for every question on every step; reading an array slot
/// instead of hashing an id made a step several times faster
/// (Benchmarks/README.md).
indirect enum CompiledCondition: Sendable {
    case all([CompiledCondition])
    case any([CompiledCondition])
    case not(CompiledCondition)
    /// Position -1: a question the rules do not have, never answered.
    case test(position: Int, Condition.Test)

    init(_ condition: Condition, positions: [String: Int]) {
        switch condition {
        case .all(let parts): self = .all(parts.map { CompiledCondition($0, positions: positions) })
        case .any(let parts): self = .any(parts.map { CompiledCondition($0, positions: positions) })
        case .not(let inner): self = .not(CompiledCondition(inner, positions: positions))
        case .test(let id, let test): self = .test(position: positions[id] ?? -1, test)
        }
    }

    /// The positions of the questions the condition reads.
    var positionsRead: [Int] {
        switch self {
        case .all(let parts), .any(let parts): parts.flatMap(\.positionsRead)
        case .not(let inner): inner.positionsRead
        case .test(let position, _): [position]
        }
    }

    func holds(_ slots: CountingSlots, today: LocalDate) -> Bool {
        switch self {
        case .all(let parts): parts.allSatisfy { $0.holds(slots, today: today) }
        case .any(let parts): parts.contains { $0.holds(slots, today: today) }
        case .not(let inner): !inner.holds(slots, today: today)
        case .test(let position, let test): test.passes(position >= 0 ? slots[position] : nil, today: today)
        }
    }
}
