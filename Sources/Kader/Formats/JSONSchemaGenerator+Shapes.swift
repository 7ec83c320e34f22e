/// Shapes of values as JSON Schema, and the definitions they share (ids, texts, expressions,
/// aggregators).
extension JSONSchemaGenerator {
    /// The pattern of an id (see the type's note on Unicode letters).
    static let idPattern = "^[^\\W\\d_]\\w{0,79}$"
    /// The pattern of a date, YYYY-MM-DD.
    static let datePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

    /// The schema keywords for `shape`, to merge into the schema of a key or a definition.
    func shape(_ shape: ValueShape, in definitions: SchemaDefinitions) -> [(String, JSONValue)] {
        switch shape {
        case .anything: return []
        case .text, .ids, .condition, .numberExpression, .plugin(.aggregator): return common(shape, in: definitions)
        case .identifier(let reserved):
            let id = common(.id, in: definitions)
            if reserved.isEmpty { return id }
            return id + [("not", .object(reserved.count == 1 ? [("const", .string(reserved[0]))] : [("enum", strings(reserved))]))]
        case .string: return [("type", "string")]
        case .date: return [("type", "string"), ("pattern", .string(Self.datePattern))]
        case .boolean: return [("type", "boolean")]
        case .scalar: return [("type", strings(["string", "number", "boolean", "null"]))]
        case .integer(let minimum, let maximum):
            return [("type", "integer")] + bound("minimum", minimum.map(Double.init)) + bound("maximum", maximum.map(Double.init))
        case .number(let minimum, let maximum, let above):
            return [("type", "number")] + bound("minimum", minimum) + bound("maximum", maximum) + bound("exclusiveMinimum", above)
        case .words(let words): return [("enum", strings(words))]
        case .constant(let value): return [("const", .number(Double(value)))]
        case .plugin(.questionKind): return [("enum", strings(registry.questionKinds.keys.sorted()))]
        case .list(let element, let minItems, let rules):
            var pairs: [(String, JSONValue)] = [("type", "array")]
            if minItems > 0 { pairs.append(("minItems", .number(Double(minItems)))) }
            pairs.append(("items", .object(self.shape(element, in: definitions))))
            return pairs + rules.flatMap(listRule)
        case .object(let format):
            definitions.define(format.name) {
                if case .questionKind(let kinds) = format.pluginKeys {
                    return describe(title: nil, format.summary) + questionDefinition(format, kinds: kinds, in: definitions)
                }
                return describe(title: nil, format.summary) + body(of: format, in: definitions)
            }
            return [("$ref", .string("#/$defs/\(format.name)"))]
        case .either(let shapes):
            let schemas = shapes.map { self.shape($0, in: definitions) }
            // Plain types combine into one `type` list: ["string", "number"].
            let types = schemas.compactMap { $0.count == 1 && $0[0].0 == "type" ? $0[0].1 : nil }
            if types.count == schemas.count { return [("type", .array(types.flatMap(typeNames)))] }
            return [("anyOf", .array(schemas.map { .object($0) }))]
        case .map(let values, let idKeys):
            var pairs: [(String, JSONValue)] = [("type", "object")]
            if idKeys { pairs.append(("propertyNames", .object([("pattern", .string(Self.idPattern))]))) }
            return pairs + [("additionalProperties", .object(self.shape(values, in: definitions)))]
        case .nullable(let inner):
            var pairs = self.shape(inner, in: definitions)
            if let index = pairs.firstIndex(where: { $0.0 == "type" }) {
                pairs[index].1 = .array(typeNames(pairs[index].1) + ["null"])
                return pairs
            }
            return [("anyOf", .array([.object(pairs), .object([("type", "null")])]))]
        case .named(let name, let summary, let inner):
            definitions.define(name) { describe(title: nil, summary) + self.shape(inner, in: definitions) }
            return [("$ref", .string("#/$defs/\(name)"))]
        }
    }

    /// A shared definition, made on first use.
    private func common(_ shape: ValueShape, in definitions: SchemaDefinitions) -> [(String, JSONValue)] {
        let name: String
        let body: () -> [(String, JSONValue)]
        switch shape {
        case .text:
            name = "text"
            body = {
                describe(title: nil, "A bilingual text: {nl: ..., en: ...} (at least one), or a plain string, which counts as Dutch.")
                    + [
                        (
                            "anyOf",
                            .array([
                                .object([("type", "string")]),
                                .object(self.body(of: FrameworkFormat.localizedText, in: definitions))
                            ])
                        )
                    ]
            }
        case .ids:
            name = "ids"
            body = {
                describe(title: nil, "A list of ids (a single id counts as a list of one).")
                    + [("anyOf", .array([reference("id"), .object([("type", "array"), ("items", reference("id"))])]))]
            }
            definitions.define("id", idDefinition)
        case .condition:
            name = "condition"
            body = {
                describe(
                    title: nil,
                    "An expression in Kader's expression language that gives true or false (docs/expressions.md), "
                        + "e.g. \"commissie >= 'grotendeels'\". \(functionList)") + [("type", strings(["string", "boolean"]))]
            }
        case .numberExpression:
            name = "numberExpression"
            body = {
                describe(
                    title: nil,
                    "An expression in Kader's expression language that gives a number (docs/expressions.md). "
                        + functionList)
                    + [("type", strings(["string", "number"]))]
            }
        case .plugin(.aggregator):
            name = "aggregator"
            body = {
                let names = registry.aggregators.keys.sorted()
                let described = names.map { "\($0) (\(registry.aggregators[$0]?.summary.en ?? ""))" }.joined(separator: "; ")
                return describe(title: nil, "How item or part scores combine: \(described).") + [("enum", strings(names))]
            }
        default:
            name = "id"
            body = idDefinition
        }
        definitions.define(name, body)
        return [("$ref", .string("#/$defs/\(name)"))]
    }

    private func idDefinition() -> [(String, JSONValue)] {
        describe(
            title: nil,
            "An id starts with a letter and holds only letters, digits and '_' (at most 80 characters); "
                + "ids appear in expressions. The pattern is [^\\W\\d_]\\w*: Unicode letters in Python, ASCII letters in ECMA-262 "
                + "(editors); Kader itself accepts any Unicode letter.")
            + [("type", "string"), ("pattern", .string(Self.idPattern))]
    }

    /// The functions expressions may call, for the descriptions of expressions.
    private var functionList: String {
        "Functions: " + registry.functions.keys.sorted().joined(separator: ", ") + "."
    }

    private func listRule(_ rule: ListRule) -> [(String, JSONValue)] {
        switch rule {
        case .allOrNone(let key, let exemptKey, let exemptValues):
            let exempt = JSONValue.object([
                ("required", strings([exemptKey])),
                ("properties", .object([(exemptKey, .object([("enum", strings(exemptValues))]))]))
            ])
            return [
                ("if", .object([("contains", .object([("type", "object"), ("required", strings([key]))]))])),
                ("then", .object([("items", .object([("anyOf", .array([.object([("required", strings([key]))]), exempt]))]))]))
            ]
        case .someHas(let key):
            return [("contains", .object([("type", "object"), ("required", strings([key]))]))]
        }
    }

    private func bound(_ keyword: String, _ value: Double?) -> [(String, JSONValue)] {
        value.map { [(keyword, .number($0))] } ?? []
    }

    private func typeNames(_ type: JSONValue) -> [JSONValue] {
        if case .array(let names) = type { return names }
        return [type]
    }
}
