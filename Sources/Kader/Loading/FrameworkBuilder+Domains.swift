/// Domains, their scoring, and the relevance cycles between their questions (FrameworkBuilder+Questions.swift reads each question).
extension FrameworkBuilder {
    func readDomains(_ listNode: YAMLNode?) {
        guard let listNode, let nodes = ValueReader(sink: sink).list(listNode, what: Message(nl: "'domains'", en: "'domains'")) else {
            return
        }
        if nodes.isEmpty {
            sink.error(
                .emptyList, Message(nl: "het kader heeft geen domeinen", en: "the framework has no domains"),
                fix: Message(
                    nl: "voeg onder 'domains:' minstens één domein met vragen toe",
                    en: "add at least one domain with questions under 'domains:'"), at: listNode)
        }
        // Questions first pass: kinds and ids, so that relevance conditions can refer to any question.
        var pending: [(domain: Int, question: Int, node: YAMLNode)] = []
        each(nodes, format: FrameworkFormat.domain) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            _ = claim(id, at: idNode, kind: Message(nl: "id", en: "id"))
            let scoring = readDomainScoring(reader)
            let role = reader.choice("role").flatMap(Domain.Role.init(rawValue:)) ?? .domain
            var domain = Domain(
                id: id, title: reader.text("title", required: true) ?? LocalizedText(nl: id, en: id),
                description: reader.text("description"), role: role, questions: [],
                scoring: scoring, sources: checkSources(reader.identifiers("sources")), location: reader.node.location,
                number: readDomainNumber(reader))
            domain.unknown = reader.choice("unknown").flatMap(UnknownPolicy.init(rawValue:))
            let domainIndex = domains.count
            let questionNodes = reader.list("questions", required: true) ?? []
            if questionNodes.isEmpty, let at = reader["questions"] {
                sink.error(
                    .emptyList, Message(nl: "domein '\(id)' heeft geen vragen", en: "domain '\(id)' has no questions"),
                    fix: Message(nl: "voeg vragen toe of verwijder het domein", en: "add questions or remove the domain"), at: at)
            }
            var allQuestionsRead = true
            for node in questionNodes {
                guard let question = readQuestion(node, domainID: id) else {
                    allQuestionsRead = false
                    continue
                }
                index.questions[question.id] = (domainIndex, domain.questions.count)
                pending.append((domainIndex, domain.questions.count, node))
                domain.questions.append(question)
            }
            domain.scoring.range = Self.range(of: domain)
            domain.scoring.levels = readDomainLevels(reader, domain: domain)
            domain.scoring.direction = reader.choice("direction").flatMap(ScoreDirection.init(rawValue:)) ?? .higherIsBetter
            index.domains[id] = domainIndex
            domains.append(domain)
            // With questions that failed to load, the count would mislead; their errors come first.
            if allQuestionsRead, let minimum = scoringMinimum(reader), let at = reader["min_answered"] {
                let scored = domain.questions.filter { $0.kind.isScored }.count
                if minimum > scored {
                    sink.error(
                        .invalidValue,
                        Message(
                            nl: "min_answered (\(minimum)) is groter dan het aantal gescoorde vragen (\(scored))",
                            en: "min_answered (\(minimum)) is larger than the number of scored questions (\(scored))"),
                        fix: Message(nl: "verlaag min_answered tot hooguit \(scored)", en: "lower min_answered to \(scored) at most"),
                        at: at)
                }
            }
        }
        // Second pass: relevance conditions, now that every question's type is known.
        let environment = fullEnvironment()
        for (domainIndex, questionIndex, node) in pending {
            guard let relevant = node["relevant"] else { continue }
            let question = domains[domainIndex].questions[questionIndex]
            domains[domainIndex].questions[questionIndex].relevance = compile(
                relevant, type: .bool,
                environment: environment.restricted(
                    to: [.answers, .context],
                    place: Message(
                        nl: "in een relevantievoorwaarde (alleen antwoorden en context)",
                        en: "in a relevance condition (answers and context only)")))
            if let expression = domains[domainIndex].questions[questionIndex].relevance,
                expression.references.contains(.answer(question.id))
            {
                sink.error(
                    .selfReference,
                    Message(
                        nl: "de relevantie van '\(question.id)' hangt af van zijn eigen antwoord",
                        en: "the relevance of '\(question.id)' depends on its own answer"),
                    fix: Message(
                        nl: "laat de voorwaarde naar een eerdere vraag verwijzen", en: "make the condition refer to an earlier question"),
                    at: relevant)
            }
        }
        checkRelevanceCycles()
    }

    private func scoringMinimum(_ reader: ConfigReader) -> Int? { reader["min_answered"] == nil ? nil : reader.count("min_answered") }

    private func readDomainScoring(_ reader: ConfigReader) -> DomainScoring {
        let name = reader.string("aggregate") ?? defaultAggregator
        let aggregator = lookupAggregator(name, at: reader["aggregate"])
        let minimum = reader.count("min_answered") ?? defaultMinAnswered
        if minimum < 0, let at = reader["min_answered"] {
            sink.error(.invalidValue, Message(nl: "min_answered mag niet negatief zijn", en: "min_answered may not be negative"), at: at)
        }
        let scale = reader.choice("scale").flatMap(ScoreScale.init(rawValue:)) ?? .percent
        if scale != .percent, let at = reader.keyNode("aggregate") {
            sink.error(
                .conflictingKeys,
                Message(
                    nl: "'aggregate' geldt alleen voor scale: percent; scale: \(scale.rawValue) telt de punten zelf op",
                    en: "'aggregate' applies to scale: percent only; scale: \(scale.rawValue) adds up the points itself"),
                fix: Message(nl: "verwijder 'aggregate' of 'scale'", en: "remove 'aggregate' or 'scale'"), at: at)
        }
        return DomainScoring(
            aggregatorName: scale == .percent ? name : scale.rawValue, aggregator: aggregator ?? MeanAggregator(),
            minAnswered: max(0, minimum), prorate: reader.bool("prorate") ?? defaultProrate, scale: scale)
    }

    /// The lowest and highest score of `domain` on its scale: for points the weighted sums of
    /// its scored items' lowest and highest points, for a mean the lowest and highest points.
    static func range(of domain: Domain) -> ScoreRange {
        let ranges = domain.questions.compactMap { question in
            question.kind.isScored ? question.kind.pointsRange.map { (range: $0, weight: question.weight) } : nil
        }
        switch domain.scoring.scale {
        case .percent: return .percent
        case .points:
            return ScoreRange(
                min: ranges.reduce(0) { $0 + $1.range.lowerBound * $1.weight },
                max: ranges.reduce(0) { $0 + $1.range.upperBound * $1.weight })
        case .mean:
            return ScoreRange(min: ranges.map(\.range.lowerBound).min() ?? 0, max: ranges.map(\.range.upperBound).max() ?? 0)
        }
    }

    func lookupAggregator(_ name: String, at node: YAMLNode?) -> (any Aggregator)? {
        if let type = registry.aggregators[name] { return type.init() }
        if let node {
            sink.error(
                .unknownPlugin, Message(nl: "onbekende aggregator '\(name)'", en: "unknown aggregator '\(name)'"),
                fix: Suggestion.fix(for: name, in: registry.aggregators.keys.sorted(), what: Message(nl: "aggregators", en: "aggregators")),
                at: node)
        }
        return nil
    }

    func checkSources(_ ids: [(String, YAMLNode)]?) -> [String] {
        (ids ?? []).compactMap { id, node in
            guard sources.contains(where: { $0.id == id }) else {
                sink.error(
                    .unknownReference, Message(nl: "onbekende bron '\(id)'", en: "unknown source '\(id)'"),
                    fix: Suggestion.fix(for: id, in: sources.map(\.id), what: Message(nl: "bronnen", en: "sources")), at: node)
                return nil
            }
            return id
        }
    }

    /// Relevance conditions that depend on each other in a circle can never be decided.
    private func checkRelevanceCycles() {
        var graph: [String: [String]] = [:]
        for question in domains.flatMap(\.questions) {
            graph[question.id] =
                question.relevance?.references.compactMap { if case .answer(let id) = $0 { id } else { nil } }.sorted() ?? []
        }
        // A question that reads itself is reported as a self-reference above.
        for cycle in CycleFinder.cycles(in: graph) where cycle.count > 2 {
            guard let first = cycle.first, let question = domains.flatMap(\.questions).first(where: { $0.id == first }) else { continue }
            sink.report(
                .error(
                    .relevanceCycle,
                    Message(
                        nl: "relevantievoorwaarden verwijzen in een kring naar elkaar: \(cycle.joined(separator: " → "))",
                        en: "relevance conditions refer to each other in a circle: \(cycle.joined(separator: " → "))"),
                    fix: Message(
                        nl: "laat een vraag alleen afhangen van eerdere vragen", en: "make a question depend on earlier questions only"),
                    at: question.location))
        }
    }
}
