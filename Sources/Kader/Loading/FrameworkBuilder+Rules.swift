/// Rules with their effects, `because` templates, and preconditions.
extension FrameworkBuilder {
    func readRules(_ nodes: [YAMLNode]?) -> [Rule] {
        let environment = fullEnvironment()
        let effectNames = registry.ruleEffects.keys.sorted()
        var rules: [Rule] = []
        var seen: [String: Int] = [:]
        each(nodes, format: FrameworkFormat.rule, keys: FrameworkFormat.rule.keyNames(with: registry)) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            if let line = seen[id] {
                sink.duplicate(
                    Message(nl: "regel '\(id)' bestaat al (regel \(line))", en: "rule '\(id)' already exists (line \(line))"), at: idNode)
                return
            }
            seen[id] = idNode.location.line
            // Known with its effects from here on, whatever goes wrong below: tests that name the
            // rule must not add "unknown rule" to the rule's own error.
            ruleEffects[id] = reader.presentKeys.filter { registry.ruleEffects[$0] != nil }
            var domainID: String?
            // The domain as written, known or not: an effect that needs a domain (a domain cap)
            // must not add "needs 'domain:'" to the unknown domain's own error.
            var namedDomain: String?
            if let domainNode = reader["domain"],
                let domain = ValueReader(sink: sink).identifier(domainNode, what: Message(nl: "'domain'", en: "'domain'"))
            {
                namedDomain = domain
                if index.domains[domain] == nil {
                    sink.error(
                        .unknownReference, Message(nl: "onbekend domein '\(domain)'", en: "unknown domain '\(domain)'"),
                        fix: Suggestion.fix(for: domain, in: domains.map(\.id), what: Message(nl: "domeinen", en: "domains")),
                        at: domainNode)
                } else {
                    domainID = domain
                }
            }
            let context = RuleEffectContext(
                ruleID: id, domainID: namedDomain, levelIDs: levelIDs, sourceIDs: sources.map(\.id),
                resourceIDs: resources.map(\.id), sink: sink)
            var effects: [any RuleEffect] = []
            for name in reader.presentKeys where registry.ruleEffects[name] != nil {
                if let node = reader[name], let effect = registry.ruleEffects[name]?.make(node, context: context) { effects.append(effect) }
            }
            checkDomainCaps(effects, domainID: domainID, at: reader.keyNode("cap") ?? reader.node)
            if !reader.presentKeys.contains(where: { registry.ruleEffects[$0] != nil }) {
                sink.error(
                    .missingKey,
                    Message(nl: "regel '\(id)' doet niets: er staat geen effect in", en: "rule '\(id)' does nothing: it has no effect"),
                    fix: Message(
                        nl: "voeg een van deze toe: \(effectNames.joined(separator: ", "))",
                        en: "add one of: \(effectNames.joined(separator: ", "))"), at: reader.node)
            }
            // A cap acts before levels are final, so its condition may not read them.
            let capsLevels = effects.contains { $0.stage == .levels }
            let ruleEnvironment =
                capsLevels
                ? environment.restricted(
                    to: [.answers, .items, .scores, .context],
                    place: Message(
                        nl: "in een regel met 'cap' (die werkt voordat niveaus en cijfers bekend zijn)",
                        en: "in a rule with 'cap' (it acts before levels and grades are known)"))
                : environment
            guard let whenNode = reader.required("when"),
                let condition = compile(whenNode, type: .bool, environment: ruleEnvironment)
            else { return }
            let because = reader["because"].flatMap { readTemplate($0, environment: ruleEnvironment) }
            // A note is for authors and never shown, but it is a text like any other.
            _ = reader.text("note")
            rules.append(
                Rule(id: id, condition: condition, domainID: domainID, effects: effects, because: because, location: reader.node.location))
        }
        return rules
    }

    /// A text with `{expression}` placeholders in each language; `{{` writes a brace.
    func readTemplate(_ node: YAMLNode, environment: ExpressionEnvironment) -> Template? {
        guard let text = ValueReader(sink: sink).localized(node, what: Message(nl: "'because'", en: "'because'")) else { return nil }
        let textNode = { (language: String) -> YAMLNode in node[language] ?? node }
        guard let nl = parseTemplate(text.nl ?? text.en ?? "", node: textNode("nl"), environment: environment),
            let en = parseTemplate(text.en ?? text.nl ?? "", node: textNode("en"), environment: environment)
        else { return nil }
        return Template(nl: nl, en: en)
    }

    private func parseTemplate(_ text: String, node: YAMLNode, environment: ExpressionEnvironment) -> [Template.Part]? {
        var parts: [Template.Part] = []
        var literal = ""
        let scalars = text.unicodeScalars
        // Plain text is copied in runs (from `run` to the next brace) as bytes: appending it
        // scalar by scalar was most of the cost of a `because` text.
        var run = scalars.startIndex
        var i = run
        var ok = true
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if c == "{" || c == "}", next < scalars.endIndex, scalars[next] == c {
                literal += Substring(scalars[run..<next])
                i = scalars.index(after: next)
                run = i
                continue
            }
            guard c == "{" else {
                i = next
                continue
            }
            guard let close = scalars[i...].firstIndex(of: "}") else {
                sink.error(
                    .template, Message(nl: "'{' zonder '}' in de tekst", en: "'{' without '}' in the text"),
                    fix: Message(
                        nl: "sluit de plaatshouder af met '}', of schrijf '{{' voor een accolade",
                        en: "close the placeholder with '}', or write '{{' for a brace"), at: node)
                return nil
            }
            literal += Substring(scalars[run..<i])
            if !literal.isEmpty {
                parts.append(.text(literal))
                literal = ""
            }
            let inner = String(scalars[next..<close])
            // The placeholder's exact place is found only for an error: walking the scalar for
            // every placeholder was a tenth of loading a framework. A checked placeholder keeps
            // the place of its text as its origin.
            switch ExpressionCompiler.compile(
                inner, origin: ExpressionOrigin(location: node.location, style: .plain), environment: environment)
            {
            case .success(let expression): parts.append(.value(expression))
            case .failure(let problem):
                ok = false
                if problem.followsEarlierError { break }
                let offset = scalars.distance(from: scalars.startIndex, to: next)
                let offsetOrigin = ScalarPositions.location(ofOffset: offset, in: node, source: source)
                sink.report(
                    .error(
                        .expression, problem.message, fix: problem.fix, at: offsetOrigin.advanced(byColumns: problem.range.lowerBound),
                        length: max(1, problem.range.count)))
            }
            i = scalars.index(after: close)
            run = i
        }
        literal += Substring(scalars[run...])
        if !literal.isEmpty { parts.append(.text(literal)) }
        return ok ? parts : nil
    }

    func readPreconditions(_ nodes: [YAMLNode]?) -> [Precondition] {
        let environment = fullEnvironment()
        var result: [Precondition] = []
        each(nodes, format: FrameworkFormat.precondition) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            if rawPreconditionIDs.contains(id) {
                sink.duplicate(Message(nl: "randvoorwaarde '\(id)' bestaat al", en: "precondition '\(id)' already exists"), at: idNode)
                return
            }
            rawPreconditionIDs.append(id)
            let text = reader.text("text", required: true)
            guard let whenNode = reader.required("when"), let condition = compile(whenNode, type: .bool, environment: environment), let text
            else { return }
            result.append(
                Precondition(id: id, text: text, condition: condition, advice: reader.text("advice"), location: reader.node.location))
        }
        return result
    }

    /// A cap with `scope: domain` names a level of the growth model; a domain with its own bands
    /// or with none has no such level to lower (with `scope: both`, only the overall is capped).
    private func checkDomainCaps(_ effects: [any RuleEffect], domainID: String?, at node: YAMLNode) {
        guard let domainID, let index = index.domains[domainID], effects.contains(where: { ($0 as? CapEffect)?.scope == .domain }) else {
            return
        }
        let what: Message
        switch domains[index].scoring.levels {
        case .growthModel: return
        case .bands: what = Message(nl: "heeft eigen banden", en: "has bands of its own")
        case .none: what = Message(nl: "heeft geen niveau (bands: none)", en: "has no level (bands: none)")
        }
        sink.error(
            .invalidValue,
            Message(
                nl: "domein '\(domainID)' \(what.nl): een begrenzing met scope: domain kan daar niets begrenzen",
                en: "domain '\(domainID)' \(what.en): a cap with scope: domain has nothing to lower there"),
            fix: Message(
                nl: "gebruik scope: overall, of laat het domein de niveaus van het kader volgen",
                en: "use scope: overall, or let the domain follow the framework's levels"), at: node)
    }
}
