/// Horizontal bars in Unicode eighth blocks, fitted to a width: a label
/// column, the bar, and the count.
public enum BarChart {
    public static func render(_ rows: [(label: String, value: Int)], of total: Int, width: Int) -> [String] {
        guard !rows.isEmpty else { return [] }
        let labelWidth = min(rows.map(\.label.count).max() ?? 0, max(width / 3, 10))
        let numberWidth = String(total).count * 2 + 1
        let room = max(width - labelWidth - numberWidth - 3, 5)
        return rows.map { row in
            let label = row.label.count > labelWidth ? String(row.label.prefix(labelWidth - 1)) + "…" : row.label
            let eighths = total == 0 ? 0 : (row.value * room * 8 + total / 2) / total
            let bar = String(repeating: "█", count: eighths / 8) + partial(eighths % 8)
            let padded = label + String(repeating: " ", count: labelWidth - label.count)
            let fill = String(repeating: " ", count: max(room - bar.count, 0))
            return "\(padded) \(bar)\(fill) \(row.value)/\(total)"
        }
    }

    private static func partial(_ eighths: Int) -> String {
        ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths]
    }
}
