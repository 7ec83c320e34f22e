/// Kader's file formats, each described once as Swift values: the loaders read their accepted
/// keys from these descriptions, `kader schema` generates JSON Schemas from them (with the
/// plugin registry's names), and the key tables in `docs/` are generated from them
/// (docs/formats.md tells contributors how).
///
/// A format is a tree of ``ObjectFormat``s: mappings with their ``KeySpec``s. What a key's value
/// looks like is a ``ValueShape``; what the plugin registry adds (aggregator names, question
/// kinds with their own keys, rule effects) is named by the description and filled in from the
/// registry wherever a schema or table is made.
public struct FileFormat: Sendable {
    /// The name `kader schema` takes: `framework`, `response`, `result`, `mapping`.
    public let name: String
    /// The schema's title: "Kader framework".
    public let title: String
    /// What a file of this format is, in a sentence.
    public let summary: String
    /// The top-level mapping.
    public let root: ObjectFormat
    /// One complete, small file of this format (YAML, or JSON for the result), which the tests
    /// load and validate against the generated schema.
    public let example: String

    /// Describes a file format.
    public init(name: String, title: String, summary: String, root: ObjectFormat, example: String) {
        self.name = name
        self.title = title
        self.summary = summary
        self.root = root
        self.example = example
    }
}

/// One kind of mapping in a format: a domain, a question, the scoring section, an item of the
/// result. Its keys are the only ones the loader accepts there (unless `openKeys` is set).
public struct ObjectFormat: Sendable {
    /// A name of its own: the schema's definition name (`domain`, `derivedScore`).
    public let name: String
    /// What it is in messages: "een domein" / "a domain".
    public let what: Message
    /// What it is for, in a sentence.
    public let summary: String
    /// Its keys, in the order the docs list them (and, for the result, the order written).
    public let keys: [KeySpec]
    /// Constraints between keys that no single key states.
    public let rules: [ObjectRule]
    /// Keys that come from the plugin registry.
    public let pluginKeys: PluginKeys?
    /// The names of `keys`, for the loader's look-ups.
    public let keyNames: [String]

    /// Describes a mapping.
    public init(_ name: String, what: Message, summary: String, keys: [KeySpec], rules: [ObjectRule] = [], pluginKeys: PluginKeys? = nil) {
        self.name = name
        self.what = what
        self.summary = summary
        self.keys = keys
        self.rules = rules
        self.pluginKeys = pluginKeys
        self.keyNames = keys.map(\.name)
    }

    /// The key named `name`.
    public subscript(name: String) -> KeySpec? {
        keys.first { $0.name == name }
    }

    /// The keys that must be present.
    public var requiredKeys: [String] { keys.filter(\.isRequired).map(\.name) }

    /// The keys a mapping of this format may have with `registry`'s plugins: its own, and for a
    /// rule every registered effect (a question's kind keys depend on its kind: see
    /// ``QuestionKindKeys``).
    public func keyNames(with registry: PluginRegistry) -> [String] {
        guard case .ruleEffects = pluginKeys else { return keyNames }
        return keyNames + registry.ruleEffects.keys.sorted()
    }
}

/// One key of a mapping: its name, what its value looks like, whether it must be there, and
/// what it means.
public struct KeySpec: Sendable {
    /// The key as written in the file.
    public let name: String
    /// What its value looks like.
    public let shape: ValueShape
    /// True when the mapping must have it.
    public let isRequired: Bool
    /// A short title for editors: "Minimum answered".
    public let title: String
    /// What it means, in English (docs and editors show it).
    public let meaning: String
    /// The value that holds when the key is absent, if there is one.
    public let defaultValue: JSONValue?
    /// Constraints this key puts on the others.
    public let rules: [KeyRule]

    /// Describes a key. Without `title`, the name with spaces and a capital serves.
    public init(
        _ name: String, _ shape: ValueShape, required: Bool = false, title: String? = nil, default defaultValue: JSONValue? = nil,
        rules: [KeyRule] = [], _ meaning: String = ""
    ) {
        self.name = name
        self.shape = shape
        self.isRequired = required
        self.title = title ?? Self.title(for: name)
        self.meaning = meaning
        self.defaultValue = defaultValue
        self.rules = rules
    }

    /// `min_answered` → "Min answered".
    static func title(for name: String) -> String {
        let words = name.split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// A constraint a key puts on its mapping.
public enum KeyRule: Sendable {
    /// With the key set to `true`, these keys must be present too (`scored: true` needs `min`, `max`).
    case whenTrueRequires([String])
    /// With the key present, none of these may be (`expression` excludes `aggregate` and `of`).
    case excludes([String])
    /// With the key's value one of `values`, the key `forbidden` may not be present
    /// (`role: unknown` has no `value`).
    case whenOneOf([String], forbids: String)
}

/// A constraint between a mapping's keys.
public enum ObjectRule: Sendable {
    /// At least one of these keys must be present.
    case atLeastOne([String])
    /// Exactly one of these keys must be present.
    case exactlyOne([String])
    /// At least one key of a registered rule effect must be present (a rule needs an effect).
    case atLeastOneRuleEffect
}

/// Keys of a mapping that the plugin registry supplies.
public enum PluginKeys: Sendable {
    /// One key per registered rule effect, its value as the effect describes it.
    case ruleEffects
    /// The keys of the question kind named under a key (see ``QuestionKindKeys``).
    case questionKind(QuestionKindKeys)
}

/// How a question names its kind: the kind's own keys are accepted besides the common ones.
public struct QuestionKindKeys: Sendable {
    /// The key that names the kind: `type`.
    public let kindKey: String
    /// A key whose presence implies a kind when `kindKey` is absent: `scale:` means `type: scale`.
    public let impliedBy: (key: String, kind: String)

    /// Describes how a question names its kind.
    public init(kindKey: String, impliedBy: (key: String, kind: String)) {
        self.kindKey = kindKey
        self.impliedBy = impliedBy
    }

    /// The kind a question node names, or implies.
    public func kindName(of node: YAMLNode) -> String? {
        node[kindKey]?.scalar ?? (node[impliedBy.key] != nil ? impliedBy.kind : nil)
    }
}
