/// Derived scores (`scoring: scores:`) and the overall score: their parts or expressions, cycles
/// between them, the order they are computed in and the range each can take.
extension FrameworkBuilder {
    func readDerivedScores(_ reader: ConfigReader?) {
        let environment = fullEnvironment().restricted(
            to: [.answers, .items, .scores, .context],
            place: Message(
                nl: "in een afgeleide score (niveaus en cijfers komen later)", en: "in a derived score (levels and grades come later)"))
        var seen: Set<String> = []
        // Ids first, so scores can refer to scores defined below them.
        let nodes = reader?.list("scores") ?? []
        let declared = nodes.compactMap { $0["id"]?.scalar }
        var scoreEnvironment = environment
        scoreEnvironment.scoreIDs = domains.map(\.id) + declared + ["overall"]
        each(nodes, format: FrameworkFormat.derivedScore) { score in
            guard let id = score.identifier("id"), let idNode = score["id"] else { return }
            guard id != "overall" else {
                sink.error(
                    .reservedID, Message(nl: "'overall' is gereserveerd", en: "'overall' is reserved"),
                    fix: Message(
                        nl: "beschrijf de totaalscore onder 'scoring: overall:'", en: "describe the overall score under 'scoring: overall:'"
                    ), at: idNode)
                return
            }
            guard claim(id, at: idNode, kind: Message(nl: "id", en: "id")), seen.insert(id).inserted else { return }
            if let derived = readDerived(score, id: id, environment: scoreEnvironment) {
                derivedScores.append(derived)
            } else {
                brokenScoreIDs.append(id)
            }
        }
        readOverall(reader?["overall"], environment: scoreEnvironment)
        checkScoreCycles()
    }

    private func readDerived(_ score: ConfigReader, id: String, environment: ExpressionEnvironment) -> DerivedScore? {
        let title = score.text("title") ?? LocalizedText(nl: id, en: id)
        let skipInvalid = score.bool("skip_invalid") ?? false
        let minValid = score.count("min_valid") ?? 1
        let scale = score.choice("scale").flatMap(ScoreScale.init(rawValue:)) ?? .percent
        var derived = readDerivedMethod(score, id: id, title: title, skipInvalid: skipInvalid, minValid: minValid, environment: environment)
        derived?.scale = scale
        derived?.range = scale == .percent ? .percent : nil
        derived?.decimals = score.integer("decimals").map { min(6, max(0, $0)) }
        if score["bands"] != nil { pendingScoreBands.append((id, score)) }
        if let decimals = score.integer("decimals"), !(0...6).contains(decimals), let at = score["decimals"] {
            sink.error(.invalidValue, Message(nl: "decimals moet tussen 0 en 6 liggen", en: "decimals must be between 0 and 6"), at: at)
        }
        return derived
    }

    private func readDerivedMethod(
        _ score: ConfigReader, id: String, title: LocalizedText, skipInvalid: Bool, minValid: Int,
        environment: ExpressionEnvironment
    ) -> DerivedScore? {
        if let expressionNode = score["expression"] {
            if score["of"] != nil || score["aggregate"] != nil, let at = score.keyNode("expression") {
                sink.error(
                    .conflictingKeys,
                    Message(
                        nl: "een score heeft óf 'expression' óf 'aggregate'/'of', niet beide",
                        en: "a score has either 'expression' or 'aggregate'/'of', not both"), at: at)
            }
            guard let expression = compile(expressionNode, type: .number, environment: environment) else { return nil }
            let dependencies = expression.references.compactMap { if case .score(let s) = $0 { s } else { nil } }
            return DerivedScore(
                id: id, title: title, method: .expression(expression), skipInvalid: skipInvalid, minValid: minValid,
                dependencies: dependencies.sorted(), location: score.node.location)
        }
        let name = score.string("aggregate") ?? "mean"
        guard let aggregator = lookupAggregator(name, at: score["aggregate"] ?? score.node) else { return nil }
        let parts = readParts(score["of"], environment: environment)
        if parts.isEmpty {
            sink.error(
                .emptyList, Message(nl: "score '\(id)' heeft geen onderdelen", en: "score '\(id)' has no parts"),
                fix: Message(nl: "noem de domeinen of scores onder 'of:'", en: "name the domains or scores under 'of:'"),
                at: score["of"] ?? score.node)
            return nil
        }
        return DerivedScore(
            id: id, title: title, method: .aggregate(name: name, aggregator: aggregator, parts: parts), skipInvalid: skipInvalid,
            minValid: minValid, dependencies: parts.map(\.id), location: score.node.location)
    }

    /// `of: [a, b]` or `of: [{id: a, weight: 2}]`; without `of`, every ordinary domain.
    private func readParts(_ node: YAMLNode?, environment: ExpressionEnvironment) -> [(id: String, weight: Double)] {
        guard let node else { return domains.filter { $0.role == .domain }.map { ($0.id, 1) } }
        guard let items = ValueReader(sink: sink).list(node, what: Message(nl: "'of'", en: "'of'")) else { return [] }
        var parts: [(id: String, weight: Double)] = []
        for item in items {
            var idNode = item
            var weight = 1.0
            if item.mapping != nil {
                guard let reader = ConfigReader(item, format: FrameworkFormat.part, sink: sink),
                    let id = reader.required("id")
                else { continue }
                idNode = id
                weight = reader.number("weight") ?? 1
                if weight <= 0, let at = reader["weight"] {
                    sink.error(
                        .invalidWeight, Message(nl: "een gewicht moet groter dan 0 zijn", en: "a weight must be greater than 0"), at: at)
                }
            }
            guard let id = ValueReader(sink: sink).identifier(idNode, what: Message(nl: "een onderdeel", en: "a part")) else { continue }
            guard environment.scoreIDs.contains(id), id != "overall" else {
                sink.error(
                    .unknownReference, Message(nl: "onbekend domein of score '\(id)'", en: "unknown domain or score '\(id)'"),
                    fix: Suggestion.fix(
                        for: id, in: environment.scoreIDs.filter { $0 != "overall" },
                        what: Message(nl: "domeinen en scores", en: "domains and scores")), at: idNode)
                continue
            }
            parts.append((id, weight))
        }
        return parts
    }

    private func readOverall(_ node: YAMLNode?, environment: ExpressionEnvironment) {
        guard let node else {
            let parts = domains.filter { $0.role == .domain }.map { (id: $0.id, weight: 1.0) }
            derivedScores.append(
                DerivedScore(
                    id: "overall", title: LocalizedText(nl: "Totaal", en: "Overall"),
                    method: .aggregate(name: "mean", aggregator: MeanAggregator(), parts: parts),
                    skipInvalid: false, minValid: 1, dependencies: parts.map(\.id), location: source.location(line: 1, column: 1)))
            return
        }
        if node.mapping == nil {
            guard let id = ValueReader(sink: sink).identifier(node, what: Message(nl: "'overall'", en: "'overall'")) else { return }
            guard environment.scoreIDs.contains(id), id != "overall" else {
                sink.error(
                    .unknownReference, Message(nl: "onbekende score '\(id)'", en: "unknown score '\(id)'"),
                    fix: Suggestion.fix(
                        for: id, in: environment.scoreIDs.filter { $0 != "overall" }, what: Message(nl: "scores", en: "scores")), at: node)
                return
            }
            overallID = id
            scoringSettings.overallID = id
            return
        }
        guard let reader = ConfigReader(node, format: FrameworkFormat.overallScore, sink: sink),
            let derived = readDerived(reader, id: "overall", environment: environment)
        else { return }
        derivedScores.append(derived)
    }

    private func checkScoreCycles() {
        var graph: [String: [String]] = [:]
        for score in derivedScores { graph[score.id] = score.dependencies.map { $0 == "overall" ? overallID : $0 } }
        for cycle in CycleFinder.cycles(in: graph) {
            guard let score = derivedScores.first(where: { $0.id == cycle.first }) else { continue }
            sink.report(
                .error(
                    .scoreCycle,
                    Message(
                        nl: "scores hangen in een kring van elkaar af: \(cycle.joined(separator: " → "))",
                        en: "scores depend on each other in a circle: \(cycle.joined(separator: " → "))"),
                    fix: Message(
                        nl: "laat een score alleen afhangen van domeinen of eerdere scores",
                        en: "make a score depend only on domains or earlier scores"),
                    at: score.location))
        }
        let order = CycleFinder.order(graph)
        index.scoreOrder = order.compactMap { id in derivedScores.firstIndex { $0.id == id } }
        for (position, score) in derivedScores.enumerated() { index.scores[score.id] = position }
        findDerivedRanges()
        for (id, reader) in pendingScoreBands {
            guard let position = index.scores[id] else { continue }
            derivedScores[position].bands = readScoreBands(reader, score: derivedScores[position])
        }
    }

    /// A derived score on points or a mean spans what its aggregator makes of its parts' lowest
    /// and highest values (a `sum` of 0-10 and 0-15 spans 0-25); parts come before the scores
    /// made of them.
    private func findDerivedRanges() {
        for position in index.scoreOrder {
            guard case .aggregate(_, let aggregator, let parts) = derivedScores[position].method else { continue }
            let percent = derivedScores[position].scale == .percent
            let ranges = parts.map { part -> (ScoreRange?, Double) in
                if percent { return (.percent, part.weight) }
                if let domain = index.domains[part.id] { return (domains[domain].scoring.range, part.weight) }
                return (index.scores[part.id].flatMap { derivedScores[$0].range }, part.weight)
            }
            guard ranges.allSatisfy({ $0.0 != nil }) else { continue }
            let lowest = aggregator.combine(ranges.map { ScorePart(score: $0.0?.min ?? 0, weight: $0.1) })
            let highest = aggregator.combine(ranges.map { ScorePart(score: $0.0?.max ?? 0, weight: $0.1) })
            // Percentages that combine to more than 100 (a sum) keep the range they reach.
            if percent, let highest, highest <= 100 + 1e-9 { continue }
            if let lowest, let highest, lowest.isFinite, highest.isFinite {
                derivedScores[position].range = ScoreRange(min: Swift.min(lowest, highest), max: Swift.max(lowest, highest))
            }
        }
    }
}
