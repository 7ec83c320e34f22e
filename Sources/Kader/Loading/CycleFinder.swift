/// Finds cycles in a dependency graph (depth-first, iterative-safe for the sizes allowed).
enum CycleFinder {
    /// Each cycle once, as a path that returns to its start.
    static func cycles(in graph: [String: [String]]) -> [[String]] {
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        var found: [[String]] = []
        func visit(_ node: String) {
            state[node] = 1
            stack.append(node)
            for next in graph[node] ?? [] where graph[next] != nil {
                if state[next] == 1, let start = stack.firstIndex(of: next) {
                    found.append(Array(stack[start...]) + [next])
                } else if state[next] == nil {
                    visit(next)
                }
            }
            stack.removeLast()
            state[node] = 2
        }
        for node in graph.keys.sorted() where state[node] == nil { visit(node) }
        return found
    }

    /// The nodes in an order where each comes after what it depends on (cycles broken arbitrarily).
    static func order(_ graph: [String: [String]]) -> [String] {
        var done: Set<String> = []
        var result: [String] = []
        var visiting: Set<String> = []
        func visit(_ node: String) {
            guard !done.contains(node), !visiting.contains(node) else { return }
            visiting.insert(node)
            for next in graph[node] ?? [] where graph[next] != nil { visit(next) }
            visiting.remove(node)
            done.insert(node)
            result.append(node)
        }
        for node in graph.keys.sorted() { visit(node) }
        return result
    }
}
