/// The key tables of `docs/`, made from the format descriptions. In a doc, a table stands
/// between `<!-- kader-format: FORMAT.NAME -->` and `<!-- /kader-format -->`; a test makes every
/// table again and fails when a doc differs (`RECORD_GOLDEN=1 swift test` writes them).
public struct FormatTables {
    /// The plugins whose kinds and effects the tables list.
    public let registry: PluginRegistry

    /// Creates the tables for `registry`'s plugins.
    public init(registry: PluginRegistry = .builtIn) {
        self.registry = registry
    }

    /// The table named `name` in `format` (`domain`, or `questionKinds` and `ruleEffects`), or
    /// nil when the format has no such mapping.
    public func table(_ name: String, in format: FileFormat) -> String? {
        switch name {
        case "questionKinds": return questionKinds()
        case "ruleEffects": return ruleEffects()
        default:
            guard let object = format.objectFormats(with: registry).first(where: { $0.name == name }) else { return nil }
            return table(object, always: Self.alwaysComplete.contains(format.name))
        }
    }

    /// The formats Kader writes, where every key (or column) is always present: their tables
    /// have no default column.
    static let alwaysComplete = [ResultFormat.file, ResultsFileFormat.file, ResultsFileFormat.headerFile, ResultsTableFormat.file]
        .map(\.name)

    /// `| key | type | default | meaning |`, or without the default column where every key is
    /// `always` present.
    public func table(_ object: ObjectFormat, always: Bool) -> String {
        var rows =
            always
            ? ["| key | type | meaning |", "| --- | --- | --- |"]
            : ["| key | type | default | meaning |", "| --- | --- | --- | --- |"]
        for key in object.keys {
            let fallback = key.isRequired ? "required" : key.defaultValue.map { "`\(Self.literal($0))`" } ?? ""
            let cells = ["`\(key.name)`", phrase(key.shape)] + (always ? [] : [fallback]) + [key.meaning]
            rows.append("| " + cells.map(Self.cell).joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Every registered question kind with what it asks and its own keys.
    func questionKinds() -> String {
        var rows = ["| type | answer | own keys |", "| --- | --- | --- |"]
        for name in registry.questionKinds.keys.sorted() {
            guard let kind = registry.questionKinds[name] else { continue }
            let keys = kind.keySpecs.map { "`\($0.name)` (\(phrase($0.shape)))" }.joined(separator: ", ")
            rows.append("| " + ["`\(name)`", kind.summary.en, keys].map(Self.cell).joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Every registered rule effect: its key, what it does, and what its value looks like.
    func ruleEffects() -> String {
        var rows = ["| key | what it does | value |", "| --- | --- | --- |"]
        for name in registry.ruleEffects.keys.sorted() {
            guard let effect = registry.ruleEffects[name] else { continue }
            rows.append("| " + ["`\(name)`", effect.summary.en, phrase(effect.valueShape)].map(Self.cell).joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// What a value looks like, in words: "integer ≥ 0", "list of ids", "text or object".
    public func phrase(_ shape: ValueShape) -> String {
        switch shape {
        case .anything: "any value"
        case .text: "text"
        case .string: "string"
        case .date: "date"
        case .identifier: "id"
        case .ids: "list of ids"
        case .boolean: "boolean"
        case .integer(let minimum, let maximum): "integer" + Self.range(minimum.map(Double.init), maximum.map(Double.init), above: nil)
        case .number(let minimum, let maximum, let above): "number" + Self.range(minimum, maximum, above: above)
        case .scalar: "string, number, boolean, null"
        case .condition: "condition"
        case .numberExpression: "number expression"
        case .words(let words): words.map { "`\($0)`" }.joined(separator: " \\| ")
        case .constant(let value): "`\(value)`"
        case .plugin(.aggregator): "aggregator"
        case .plugin(.questionKind): "question kind"
        case .list(let element, _, _): "list of " + plural(element)
        case .object: "object"
        case .either(let shapes): shapes.map(phrase).joined(separator: " or ")
        case .map(let values, let idKeys): "object (\(idKeys ? "id" : "key") → \(phrase(values)))"
        case .nullable(let inner): phrase(inner) + " or null"
        case .named(_, _, let inner): phrase(inner)
        }
    }

    private func plural(_ shape: ValueShape) -> String {
        switch shape {
        case .text, .string, .identifier, .object: phrase(shape) + "s"
        case .either, .words: "(\(phrase(shape)))"
        case .named(_, _, let inner): plural(inner)
        default: phrase(shape) + " values"
        }
    }

    private static func range(_ minimum: Double?, _ maximum: Double?, above: Double?) -> String {
        func number(_ value: Double) -> String { JSONValue.number(value).serialized() }
        if let minimum, let maximum { return " \(number(minimum))-\(number(maximum))" }
        if let minimum { return " ≥ \(number(minimum))" }
        if let maximum { return " ≤ \(number(maximum))" }
        if let above { return " > \(number(above))" }
        return ""
    }

    /// A default as written in YAML: `mean`, `1`, `false`.
    private static func literal(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return value.serialized(compact: true)
    }

    /// A table cell: a `|` inside would end it.
    private static func cell(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            if character == "|", previous != "\\" { result.append("\\") }
            result.append(character)
            previous = character
        }
        return result
    }
}

extension FileFormat {
    /// Every mapping the format has with `registry`'s plugins, each once, in the order met.
    public func objectFormats(with registry: PluginRegistry) -> [ObjectFormat] {
        var found: [ObjectFormat] = []
        func visit(_ shape: ValueShape) {
            switch shape {
            case .object(let object): add(object)
            case .list(let element, _, _), .nullable(let element), .named(_, _, let element), .map(let element, _): visit(element)
            case .either(let shapes): shapes.forEach(visit)
            default: break
            }
        }
        func add(_ object: ObjectFormat) {
            guard !found.contains(where: { $0.name == object.name }) else { return }
            found.append(object)
            object.keys.forEach { visit($0.shape) }
            switch object.pluginKeys {
            case .ruleEffects: registry.ruleEffects.keys.sorted().compactMap { registry.ruleEffects[$0]?.valueShape }.forEach(visit)
            case .questionKind:
                for name in registry.questionKinds.keys.sorted() { registry.questionKinds[name]?.keySpecs.forEach { visit($0.shape) } }
            case nil: break
            }
        }
        add(root)
        return found
    }
}
