/// Generates the JSON Schema (draft 2020-12) of a file format from its description and a plugin
/// registry: the aggregators, question kinds (with their own keys), rule effects and functions
/// registered are the ones the schema names, so a registry with your plugins gives a schema that
/// accepts frameworks that use them. `kader schema` prints these schemas.
///
/// ```swift
/// var registry = PluginRegistry.builtIn
/// registry.register(aggregator: LowestTwo.self)
/// let schema = JSONSchemaGenerator(registry: registry).text(for: FrameworkFormat.file)
/// ```
///
/// What a schema cannot check (references between ids, expressions, band gaps, duplicate ids)
/// the loader reports. Ids use the pattern `[^\W\d_]\w*`: Unicode letters in Python's `re`,
/// ASCII letters in ECMA-262 (editors); Kader itself accepts any Unicode letter.
public struct JSONSchemaGenerator {
    /// The plugins whose names the schemas list.
    public let registry: PluginRegistry

    /// Creates a generator for `registry`'s plugins.
    public init(registry: PluginRegistry = .builtIn) {
        self.registry = registry
    }

    /// The schema as JSON text, ending with a line break.
    public func text(for format: FileFormat) -> String {
        schema(for: format).serialized() + "\n"
    }

    /// The schema of `format`.
    public func schema(for format: FileFormat) -> JSONValue {
        let definitions = SchemaDefinitions()
        var pairs: [(String, JSONValue)] = [
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("title", .string(format.title)),
            ("description", .string(format.summary))
        ]
        pairs += body(of: format.root, in: definitions)
        pairs.append(("$defs", .object(definitions.all)))
        return .object(pairs)
    }

    /// The schema of a mapping, without its description.
    func body(of format: ObjectFormat, in definitions: SchemaDefinitions) -> [(String, JSONValue)] {
        var properties = format.keys.map { ($0.name, property($0, in: definitions)) }
        if case .ruleEffects = format.pluginKeys {
            properties += effects.map { effect in
                let described = describe(title: KeySpec.title(for: effect.name), effect.summary.en)
                return (effect.name, .object(described + shape(effect.valueShape, in: definitions)))
            }
        }
        var pairs: [(String, JSONValue)] = [("type", "object")]
        if !format.requiredKeys.isEmpty { pairs.append(("required", strings(format.requiredKeys))) }
        pairs += [("properties", .object(properties)), ("additionalProperties", false)]
        return pairs + constraints(format.keys, rules: format.rules)
    }

    /// The constraints between keys: dependent keys, then rules over the whole mapping.
    func constraints(_ keys: [KeySpec], rules: [ObjectRule] = []) -> [(String, JSONValue)] {
        var dependent: [(String, JSONValue)] = []
        var conditions: [JSONValue] = []
        for key in keys {
            for rule in key.rules {
                switch rule {
                case .whenTrueRequires(let required):
                    dependent.append(
                        (
                            key.name,
                            .object([
                                ("if", properties([(key.name, .object([("const", true)]))])),
                                ("then", .object([("required", strings(required))]))
                            ])
                        ))
                case .excludes(let excluded):
                    dependent.append((key.name, .object([("not", anyRequired(excluded))])))
                case .whenOneOf(let values, let forbidden):
                    conditions.append(
                        .object([
                            (
                                "if",
                                .object([("required", strings([key.name])), ("properties", .object([(key.name, enumeration(values))]))])
                            ),
                            ("then", properties([(forbidden, false)]))
                        ]))
                }
            }
        }
        for rule in rules {
            switch rule {
            case .atLeastOne(let names): conditions.append(anyRequired(names))
            case .exactlyOne(let names): conditions.append(.object([("oneOf", .array(names.map(required)))]))
            case .atLeastOneRuleEffect: conditions.append(anyRequired(effects.map(\.name)))
            }
        }
        var pairs: [(String, JSONValue)] = []
        if conditions.count == 1, case .object(let only) = conditions[0] { pairs += only }
        if conditions.count > 1 { pairs.append(("allOf", .array(conditions))) }
        if !dependent.isEmpty { pairs.append(("dependentSchemas", .object(dependent))) }
        return pairs
    }

    /// A key's schema: its title, meaning, shape and default.
    func property(_ key: KeySpec, in definitions: SchemaDefinitions) -> JSONValue {
        var pairs = describe(title: key.title, key.meaning) + shape(key.shape, in: definitions)
        if let value = key.defaultValue { pairs.append(("default", value)) }
        return .object(pairs)
    }

    /// The `question` definition: the common keys, and one definition per registered kind with
    /// its own keys, chosen by `type` (or implied by `scale:`).
    func questionDefinition(_ format: ObjectFormat, kinds: QuestionKindKeys, in definitions: SchemaDefinitions) -> [(String, JSONValue)] {
        let common = "\(format.name)Common"
        definitions.define(common) {
            [
                ("description", "Keys every question kind has."), ("type", "object"),
                ("properties", .object(format.keys.map { ($0.name, property($0, in: definitions)) }))
            ]
        }
        let commonNames = format.keys.map { ($0.name, JSONValue.bool(true)) }
        var branches: [JSONValue] = []
        for kind in registry.questionKinds.keys.sorted() {
            guard let type = registry.questionKinds[kind] else { continue }
            let name = "\(kind)\(format.name.prefix(1).uppercased())\(format.name.dropFirst())"
            definitions.define(name) {
                let own = type.keySpecs
                let properties = commonNames + own.map { ($0.name, property($0, in: definitions)) }
                var pairs: [(String, JSONValue)] = [
                    ("title", .string("\(kind) \(format.name)")), ("description", .string(type.summary.en)),
                    ("allOf", .array([reference(common)])), ("properties", .object(properties)), ("additionalProperties", false)
                ]
                let ownRequired = own.filter(\.isRequired).map(\.name)
                if !ownRequired.isEmpty { pairs.append(("required", strings(ownRequired))) }
                return pairs + constraints(own)
            }
            let named = JSONValue.object([(kinds.kindKey, .object([("const", .string(kind))]))])
            branches.append(
                .object([
                    ("if", .object([("required", strings([kinds.kindKey])), ("properties", named)])),
                    ("then", reference(name))
                ]))
            if kind == kinds.impliedBy.kind {
                branches.append(.object([("if", .object([("not", required(kinds.kindKey))])), ("then", reference(name))]))
            }
        }
        var pairs: [(String, JSONValue)] = [("title", .string(KeySpec.title(for: format.name))), ("type", "object")]
        pairs.append(("required", strings(format.requiredKeys)))
        if let kindKey = format[kinds.kindKey] {
            pairs.append(("properties", .object([(kindKey.name, property(kindKey, in: definitions))])))
        }
        return pairs + [("allOf", .array(branches))]
    }

    /// The registered rule effects, by name.
    var effects: [(name: String, summary: Message, valueShape: ValueShape)] {
        registry.ruleEffects.keys.sorted().compactMap { name in
            registry.ruleEffects[name].map { (name, $0.summary, $0.valueShape) }
        }
    }

    /// A title and a description (without the docs' backticks).
    func describe(title: String?, _ text: String) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        if let title { pairs.append(("title", .string(title))) }
        if !text.isEmpty { pairs.append(("description", .string(String(text.filter { $0 != "`" })))) }
        return pairs
    }

    func reference(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }
    func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }
    func properties(_ pairs: [(String, JSONValue)]) -> JSONValue { .object([("properties", .object(pairs))]) }
    func required(_ name: String) -> JSONValue { .object([("required", strings([name]))]) }
    func enumeration(_ values: [String]) -> JSONValue { .object([("enum", strings(values))]) }
    func anyRequired(_ names: [String]) -> JSONValue { .object([("anyOf", .array(names.map(required)))]) }
}

/// The `$defs` of one schema, in the order first referred to; each made once.
final class SchemaDefinitions {
    private var names: [String] = []
    private var bodies: [String: JSONValue] = [:]

    /// Makes the definition `name` unless it exists (or is being made: formats may refer to
    /// themselves through their parts).
    func define(_ name: String, _ make: () -> [(String, JSONValue)]) {
        guard !names.contains(name) else { return }
        names.append(name)
        bodies[name] = .object(make())
    }

    /// Every definition, in order.
    var all: [(String, JSONValue)] { names.map { ($0, bodies[$0] ?? .null) } }
}
