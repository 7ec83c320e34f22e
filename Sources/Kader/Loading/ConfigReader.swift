/// Reads one YAML mapping of a known shape, reporting unknown keys ("did you mean ...?"),
/// missing keys and wrong types at their exact place. Plugins use it to read their own keys.
public struct ConfigReader {
    /// The mapping node.
    public let node: YAMLNode
    /// What the mapping is, for messages ("a question", "the scoring section").
    public let what: Message
    /// Where problems go.
    public let sink: DiagnosticSink
    /// The description of the mapping, when it was read by one: it gives the allowed words of ``choice(_:)``.
    public let format: ObjectFormat?
    private let pairs: [YAMLPair]

    /// Reads `node` as a mapping of the kind `format` describes, reporting any key it does not
    /// list (with `keys`, those instead: a rule's effects, a question's kind keys). `what` names
    /// the mapping in messages when the format's own name is too general.
    public init?(_ node: YAMLNode, format: ObjectFormat, keys: [String]? = nil, what: Message? = nil, sink: DiagnosticSink) {
        self.init(node, what: what ?? format.what, keys: keys ?? format.keyNames, format: format, sink: sink)
    }

    /// Reads `node` as a mapping with the given keys, reporting any other key. Returns nil (after
    /// reporting) when the node is not a mapping.
    public init?(_ node: YAMLNode, what: Message, keys: [String], sink: DiagnosticSink) {
        self.init(node, what: what, keys: keys, format: nil, sink: sink)
    }

    private init?(_ node: YAMLNode, what: Message, keys: [String], format: ObjectFormat?, sink: DiagnosticSink) {
        self.node = node
        self.what = what
        self.sink = sink
        self.format = format
        guard let pairs = node.mapping else {
            sink.error(
                .wrongType,
                Message(
                    nl: "\(what.nl) moet een mapping zijn (sleutels met waarden), maar dit is \(node.shapeName.nl)",
                    en: "\(what.en) must be a mapping (keys with values), but this is \(node.shapeName.en)"),
                fix: Message(nl: "schrijf 'sleutel: waarde' op aparte regels", en: "write 'key: value' on separate lines"), at: node)
            return nil
        }
        self.pairs = pairs
        Self.checkTag(node, sink: sink)
        // A mapping in a framework has a handful of keys: scanning the earlier ones costs less
        // than building a dictionary for every mapping (a tenth of loading). Large mappings,
        // which only a mistake or an attack makes, still get the dictionary.
        var seen: [String: YAMLNode]? = pairs.count > Self.scanLimit ? [:] : nil
        for (position, pair) in pairs.enumerated() {
            let key = pair.key
            guard let name = key.scalar else {
                sink.error(.wrongType, Message(nl: "een sleutel moet een naam zijn", en: "a key must be a name"), at: key)
                continue
            }
            let earlier: YAMLNode?
            if seen != nil {
                earlier = seen?.updateValue(key, forKey: name)
            } else {
                earlier = Self.lastKey(named: name, in: pairs[..<position])
            }
            if let first = earlier {
                sink.error(
                    .duplicateKey,
                    Message(
                        nl: "sleutel '\(name)' staat twee keer in \(what.nl) (eerst op regel \(first.location.line))",
                        en: "key '\(name)' appears twice in \(what.en) (first on line \(first.location.line))"),
                    fix: Message(nl: "verwijder of hernoem een van beide", en: "remove or rename one of them"), at: key)
            }
            if !keys.contains(name) {
                // A "key" with spaces is nearly always text with a comma inside {…}.
                let fix =
                    name.contains(" ")
                    ? Message(
                        nl: "een komma binnen {…} begint een nieuwe sleutel: zet tekst met een komma tussen aanhalingstekens",
                        en: "a comma inside {…} starts a new key: put text that contains a comma in quotes")
                    : Suggestion.fix(for: name, in: keys, what: Message(nl: "sleutels", en: "keys"))
                sink.error(
                    .unknownKey, Message(nl: "onbekende sleutel '\(name)' in \(what.nl)", en: "unknown key '\(name)' in \(what.en)"),
                    fix: fix, at: key)
            }
        }
    }

    /// Up to this many keys, duplicates are found by scanning instead of hashing.
    private static let scanLimit = 32

    /// The last key among `earlier` named `name` (the one a dictionary of keys seen would hold).
    private static func lastKey(named name: String, in earlier: ArraySlice<YAMLPair>) -> YAMLNode? {
        earlier.last { $0.key.scalar == name }?.key
    }

    /// Reports custom tags such as `!python/object`: Kader reads plain YAML only.
    static func checkTag(_ node: YAMLNode, sink: DiagnosticSink) {
        guard let tag = node.tag, !standardTags.contains(tag) else { return }
        sink.error(
            .customTag, Message(nl: "YAML-tag '\(tag)' wordt niet ondersteund", en: "YAML tag '\(tag)' is not supported"),
            fix: Message(nl: "verwijder de tag; Kader leest gewone YAML", en: "remove the tag; Kader reads plain YAML"), at: node)
    }

    /// YAML's own tags, which mean what Kader reads anyway.
    private static let standardTags: Set<String> = Set(
        ["str", "int", "float", "bool", "null", "seq", "map"].map { "tag:yaml.org,2002:" + $0 })

    /// The value for `key`, if present.
    public subscript(key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar == key }?.value
    }

    /// The key node for `key`, for pointing at it.
    public func keyNode(_ key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar == key }?.key
    }

    /// The keys present, in file order.
    public var presentKeys: [String] { pairs.compactMap { $0.key.scalar } }

    /// The value for a key that must be present; reports it missing otherwise.
    public func required(_ key: String) -> YAMLNode? {
        if let value = self[key] { return value }
        sink.error(
            .missingKey,
            Message(nl: "\(what.nl) mist de verplichte sleutel '\(key)'", en: "\(what.en) is missing the required key '\(key)'"),
            fix: Message(nl: "voeg '\(key): ...' toe", en: "add '\(key): ...'"), at: node, length: 1)
        return nil
    }

    // MARK: Typed values

    /// A text value (any scalar that is not null).
    public func string(_ key: String, required: Bool = false) -> String? {
        guard let value = required ? self.required(key) : self[key] else { return nil }
        return ValueReader(sink: sink).string(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// An id: a letter, then letters, digits or underscores.
    public func identifier(_ key: String, required: Bool = true) -> String? {
        guard let value = required ? self.required(key) : self[key] else { return nil }
        return ValueReader(sink: sink).identifier(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// A finite number.
    public func number(_ key: String, required: Bool = false) -> Double? {
        guard let value = required ? self.required(key) : self[key] else { return nil }
        return ValueReader(sink: sink).number(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// A whole number.
    public func integer(_ key: String, required: Bool = false) -> Int? {
        guard let value = required ? self.required(key) : self[key] else { return nil }
        return ValueReader(sink: sink).integer(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// A count: a whole number, 0 or more (a length, a number of answers or choices).
    public func count(_ key: String) -> Int? {
        guard let value = self[key] else { return nil }
        return ValueReader(sink: sink).count(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// `true` or `false`.
    public func bool(_ key: String) -> Bool? {
        guard let value = self[key] else { return nil }
        return ValueReader(sink: sink).bool(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// A text in both languages: `{nl: ..., en: ...}` or a plain string (Dutch).
    public func text(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let value = required ? self.required(key) : self[key] else { return nil }
        return ValueReader(sink: sink).localized(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// One of a fixed set of words.
    public func choice(_ key: String, from allowed: [String]) -> String? {
        guard let value = self[key], let word = ValueReader(sink: sink).string(value, what: Message(nl: "'\(key)'", en: "'\(key)'")) else {
            return nil
        }
        guard allowed.contains(word) else {
            sink.error(
                .invalidValue,
                Message(nl: "'\(word)' is geen geldige waarde voor '\(key)'", en: "'\(word)' is not a valid value for '\(key)'"),
                fix: Suggestion.fix(for: word, in: allowed, what: Message(nl: "waarden", en: "values")), at: value)
            return nil
        }
        return word
    }

    /// One of the words the reader's format allows for `key`.
    public func choice(_ key: String) -> String? {
        assert(format?[key]?.shape.allowedWords != nil, "\(key) is not a choice of words in the format")
        return choice(key, from: format?[key]?.shape.allowedWords ?? [])
    }

    /// A list of nodes (a single value counts as a list of one).
    public func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let value = required ? self.required(key) : self[key] else { return nil }
        return ValueReader(sink: sink).list(value, what: Message(nl: "'\(key)'", en: "'\(key)'"))
    }

    /// A list of ids.
    public func identifiers(_ key: String) -> [(String, YAMLNode)]? {
        guard let nodes = list(key) else { return nil }
        return nodes.compactMap { node in
            ValueReader(sink: sink).identifier(node, what: Message(nl: "'\(key)'", en: "'\(key)'")).map { ($0, node) }
        }
    }
}
