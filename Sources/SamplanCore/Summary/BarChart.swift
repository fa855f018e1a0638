/// Horizontal bars in Unicode eighth blocks, fitted to a width: a label
/// column, the bar, and the count.
public enum BarChart {
    public static func render(_ rows: [(label: String, value: Int)], of total: Int, width: Int) -> [String] {
        render(rows.map { ($0.label, $0.value, total) }, width: width)
    }

    /// Each row a share of its own total: «3/5».
    public static func render(_ rows: [(label: String, value: Int, total: Int)], width: Int) -> [String] {
        guard !rows.isEmpty else { return [] }
        let total = rows.map(\.total).max() ?? 0
        let labelWidth = min(rows.map(\.label.count).max() ?? 0, max(width / 3, 10))
        let numberWidth = String(total).count * 2 + 1
        let room = max(width - labelWidth - numberWidth - 3, 5)
        return rows.map { row in
            let label = row.label.count > labelWidth ? String(row.label.prefix(labelWidth - 1)) + "…" : row.label
            let eighths = row.total == 0 ? 0 : (row.value * room * 8 + row.total / 2) / row.total
            let bar = String(repeating: "█", count: eighths / 8) + partial(eighths % 8)
            let padded = label + String(repeating: " ", count: labelWidth - label.count)
            let fill = String(repeating: " ", count: max(room - bar.count, 0))
            return "\(padded) \(bar)\(fill) \(row.value)/\(row.total)"
        }
    }

    private static func partial(_ eighths: Int) -> String {
        ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths]
    }
}
