/// "Did you mean …" for ids typed by hand.
public enum IdentifierSuggester {
    /// Up to `limit` known ids close to `typed`, closest first: ids that start
    /// with it, ids that contain it (or it them), then ids a few edits away.
    public static func suggestions(for typed: String, among known: [String], limit: Int = 3) -> [String] {
        let typed = typed.lowercased()
        guard !typed.isEmpty else { return [] }
        let allowed = max(2, typed.count / 3)
        let scored: [(String, Int)] = known.compactMap { id in
            if id.hasPrefix(typed) { return (id, 0) }
            if typed.count >= 3 && (id.contains(typed) || typed.contains(id)) { return (id, 1) }
            let distance = editDistance(typed, id)
            return distance <= allowed ? (id, distance + 1) : nil
        }
        return scored
            .sorted { ($0.1, $0.0.count, $0.0) < ($1.1, $1.0.count, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
