/// Sources, context fields, answer scales and option lists.
extension FrameworkBuilder {
    func readSources(_ nodes: [YAMLNode]?) {
        var seen: Set<String> = []
        each(nodes, format: FrameworkFormat.source) { reader in
            guard let id = reader.identifier("id"), let title = reader.text("title", required: true) else { return }
            if !seen.insert(id).inserted, let node = reader["id"] {
                sink.duplicate(Message(nl: "bron '\(id)' bestaat al", en: "source '\(id)' already exists"), at: node)
            }
            sources.append(
                SourceReference(
                    id: id, title: title, short: reader.text("short"), url: reader.string("url"),
                    location: reader.node.location))
        }
    }

    func readContext(_ nodes: [YAMLNode]?) {
        var lines: [String: Int] = [:]
        each(nodes, format: FrameworkFormat.contextField) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            if let line = lines.updateValue(idNode.location.line, forKey: id) {
                lines[id] = line
                sink.duplicate(
                    Message(
                        nl: "contextveld '\(id)' bestaat al (regel \(line))", en: "context field '\(id)' already exists (line \(line))"),
                    at: idNode)
                return
            }
            let kind = reader.choice("type").flatMap(ContextField.Kind.init(rawValue:)) ?? .text
            contextFields.append(
                ContextField(
                    id: id, label: reader.text("label") ?? LocalizedText(nl: id, en: id), kind: kind, location: reader.node.location))
        }
    }

    func readScales(_ nodes: [YAMLNode]?) {
        each(nodes, format: FrameworkFormat.scale) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            guard let optionsNode = reader.required("options"),
                let options = readOptions(
                    optionsNode, what: Message(nl: "de opties van schaal '\(id)'", en: "the options of scale '\(id)'"))
            else {
                if scales[id] == nil { brokenScales.insert(id) }
                return
            }
            if scales[id] != nil {
                sink.duplicate(Message(nl: "schaal '\(id)' bestaat al", en: "scale '\(id)' already exists"), at: idNode)
                return
            }
            if !options.contains(where: { $0.role == .scored }) {
                sink.error(
                    .emptyScale,
                    Message(nl: "schaal '\(id)' heeft geen opties met een waarde", en: "scale '\(id)' has no options with a value"),
                    fix: Message(nl: "geef minstens twee opties een 'value:'", en: "give at least two options a 'value:'"), at: optionsNode)
            } else if Set(options.filter { $0.role == .scored }.map(\.value)).count == 1 {
                sink.error(
                    .flatScale,
                    Message(
                        nl: "alle opties van schaal '\(id)' hebben dezelfde waarde: elk antwoord zou 0 scoren",
                        en: "every option of scale '\(id)' has the same value: every answer would score 0"),
                    fix: Message(
                        nl: "geef de opties oplopende waarden, zoals 0, 1, 2", en: "give the options rising values, such as 0, 1, 2"),
                    at: optionsNode)
            }
            let scale = AnswerScale(id: id, options: options, location: reader.node.location)
            index.scales[id] = scaleOrder.count
            scaleOrder.append(scale)
            scales[id] = scale
        }
    }

    /// Reads a list of options: `{id, label, value, role, help}`. A scored option needs a value;
    /// "weet niet" and "n.v.t." have `role: unknown` or `role: not_applicable` and no value.
    func readOptions(_ node: YAMLNode, what: Message) -> [AnswerOption]? {
        guard let nodes = ValueReader(sink: sink).list(node, what: what) else { return nil }
        if nodes.isEmpty {
            sink.error(
                .emptyList, Message(nl: "\(what.nl) is leeg", en: "\(what.en) is empty"),
                fix: Message(nl: "geef minstens twee opties", en: "give at least two options"), at: node)
            return nil
        }
        var options: [AnswerOption] = []
        var seen: Set<String> = []
        each(nodes, format: FrameworkFormat.option) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            if !seen.insert(id).inserted {
                sink.duplicate(
                    Message(nl: "optie '\(id)' staat twee keer in \(what.nl)", en: "option '\(id)' appears twice in \(what.en)"), at: idNode
                )
            }
            let role = reader.choice("role").flatMap(OptionRole.init(rawValue:)) ?? .scored
            let value = reader.number("value")
            if role == .scored, value == nil, reader["value"] == nil, nodes.count > 0, readsValues(nodes) {
                sink.error(
                    .missingKey, Message(nl: "optie '\(id)' heeft geen 'value'", en: "option '\(id)' has no 'value'"),
                    fix: Message(
                        nl: "geef een waarde, of 'role: unknown' voor 'weet niet' en 'role: not_applicable' voor 'n.v.t.'",
                        en: "give a value, or 'role: unknown' for 'weet niet' and 'role: not_applicable' for 'n.v.t.'"), at: reader.node)
            }
            if role != .scored, let valueNode = reader["value"] {
                sink.error(
                    .invalidValue,
                    Message(
                        nl: "'weet niet' en 'n.v.t.' hebben geen waarde: ze tellen niet mee in de score",
                        en: "'weet niet' and 'n.v.t.' have no value: they do not count in the score"),
                    fix: Message(nl: "verwijder 'value:'", en: "remove 'value:'"), at: valueNode)
            }
            options.append(
                AnswerOption(
                    id: id, label: reader.text("label") ?? LocalizedText(nl: id, en: id),
                    value: role == .scored ? value : nil, role: role, help: reader.text("help"), location: reader.node.location))
        }
        // Without an option that did not load, every comparison with its id would report an
        // unknown option: the list as a whole did not load.
        return options.count == nodes.count ? options : nil
    }

    /// True when some option in the list has a value: then every scored option needs one.
    private func readsValues(_ nodes: [YAMLNode]) -> Bool {
        nodes.contains { $0["value"] != nil }
    }
}
