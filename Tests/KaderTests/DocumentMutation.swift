import Kader

/// One change to a document: an unknown key added, a key removed or a value replaced, at one place.
struct DocumentMutation: CustomStringConvertible {
    enum Change {
        case addKey
        case removeKey(String)
        case replace(JSONValue)
    }
    var path: [String]
    var change: Change

    /// Where in the format it changes, list positions and the entries of `maps` left out:
    /// each place is tried once.
    func place(maps: Set<String>) -> String {
        var steps: [String] = []
        for step in path where !step.hasPrefix("[") {
            steps.append(steps.last.map(maps.contains) == true ? "*" : step)
        }
        let place = steps.joined(separator: ".")
        switch change {
        case .addKey: return place + " +"
        case .removeKey(let key): return place + (steps.last.map(maps.contains) == true ? " -*" : " -" + key)
        case .replace(let value): return place + " = " + value.serialized(compact: true)
        }
    }

    var description: String {
        let at = "$" + path.map { $0.hasPrefix("[") ? $0 : "." + $0 }.joined()
        switch change {
        case .addKey: return "\(at) with an unknown key"
        case .removeKey(let key): return "\(at) without '\(key)'"
        case .replace(let value): return "\(at) = \(value.serialized(compact: true))"
        }
    }

    /// A problem with the document's shape, which the schema must see too.
    func isShapeProblem(_ diagnostic: Diagnostic) -> Bool {
        switch change {
        case .addKey: diagnostic.code.rawValue == "unknown-key" && diagnostic.message.en.contains("'zz_extra'")
        case .removeKey(let key): diagnostic.code.rawValue == "missing-key" && diagnostic.message.en.contains("'\(key)'")
        case .replace(.object): diagnostic.code.rawValue == "wrong-type"
        case .replace: false
        }
    }

    static func all(of value: JSONValue, at path: [String] = []) -> [DocumentMutation] {
        switch value {
        case .object(let pairs):
            return [DocumentMutation(path: path, change: .addKey)] + pairs.map { DocumentMutation(path: path, change: .removeKey($0.0)) }
                + pairs.flatMap { all(of: $0.1, at: path + [$0.0]) }
        case .array(let items):
            return items.enumerated().flatMap { all(of: $0.element, at: path + ["[\($0.offset)]"]) }
        default:
            return [
                DocumentMutation(path: path, change: .replace(.object([("zz_extra", .number(1))]))),
                DocumentMutation(path: path, change: .replace("zz_word"))
            ]
        }
    }

    func apply(to value: JSONValue) -> JSONValue { apply(to: value, path[...]) }

    private func apply(to value: JSONValue, _ rest: ArraySlice<String>) -> JSONValue {
        guard let step = rest.first else {
            switch (change, value) {
            case (.addKey, .object(let pairs)): return .object(pairs + [("zz_extra", .number(1))])
            case (.removeKey(let key), .object(let pairs)): return .object(pairs.filter { $0.0 != key })
            case (.replace(let replacement), _): return replacement
            default: return value
            }
        }
        switch value {
        case .object(let pairs): return .object(pairs.map { $0.0 == step ? ($0.0, apply(to: $0.1, rest.dropFirst())) : $0 })
        case .array(var items):
            guard let index = Int(step.dropFirst().dropLast()), items.indices.contains(index) else { return value }
            items[index] = apply(to: items[index], rest.dropFirst())
            return .array(items)
        default: return value
        }
    }
}
