/// Domains and their questions.
extension FrameworkBuilder {
    func readDomains(_ listNode: YAMLNode?) {
        guard let listNode, let nodes = ValueReader(sink: sink).list(listNode, what: Message(nl: "'domains'", en: "'domains'")) else {
            return
        }
        if nodes.isEmpty {
            sink.error(
                "empty-list", Message(nl: "het kader heeft geen domeinen", en: "the framework has no domains"),
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
                    "empty-list", Message(nl: "domein '\(id)' heeft geen vragen", en: "domain '\(id)' has no questions"),
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
                        "invalid-value",
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
                    "self-reference",
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
            sink.error("invalid-value", Message(nl: "min_answered mag niet negatief zijn", en: "min_answered may not be negative"), at: at)
        }
        let scale = reader.choice("scale").flatMap(ScoreScale.init(rawValue:)) ?? .percent
        if scale != .percent, let at = reader.keyNode("aggregate") {
            sink.error(
                "conflicting-keys",
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
                "unknown-plugin", Message(nl: "onbekende aggregator '\(name)'", en: "unknown aggregator '\(name)'"),
                fix: Suggestion.fix(for: name, in: registry.aggregators.keys.sorted(), what: Message(nl: "aggregators", en: "aggregators")),
                at: node)
        }
        return nil
    }

    func checkSources(_ ids: [(String, YAMLNode)]?) -> [String] {
        (ids ?? []).compactMap { id, node in
            guard sources.contains(where: { $0.id == id }) else {
                sink.error(
                    "unknown-reference", Message(nl: "onbekende bron '\(id)'", en: "unknown source '\(id)'"),
                    fix: Suggestion.fix(for: id, in: sources.map(\.id), what: Message(nl: "bronnen", en: "sources")), at: node)
                return nil
            }
            return id
        }
    }

    /// The keys a question of `kindType` may have (with no known kind, those of every kind),
    /// sorted; made once per kind rather than for each of a thousand questions.
    private func questionKeys(for kindType: (any QuestionKind.Type)?, named name: String?) -> [String] {
        if let kindType, let name {
            if let keys = questionKeyCache[name] { return keys }
            let keys = Array(Set(FrameworkFormat.question.keyNames + kindType.keys)).sorted()
            questionKeyCache[name] = keys
            return keys
        }
        if let keys = unknownKindKeys { return keys }
        var keys = FrameworkFormat.question.keyNames
        for kind in registry.questionKinds.values { keys += kind.keys }
        let sorted = Array(Set(keys)).sorted()
        unknownKindKeys = sorted
        return sorted
    }

    private func readQuestion(_ node: YAMLNode, domainID: String) -> Question? {
        // Find the kind first: its keys are allowed besides the common ones.
        let kindKeys = FrameworkFormat.questionKind
        let typeName = kindKeys.kindName(of: node)
        let kindType = typeName.flatMap { registry.questionKinds[$0] }
        guard
            let reader = ConfigReader(
                node, format: FrameworkFormat.question, keys: questionKeys(for: kindType, named: typeName), sink: sink)
        else { return nil }
        // Every key is read before giving up, so one run reports every mistake in the question.
        let id = reader.identifier("id")
        let claimed = id.map { claim($0, at: reader["id"] ?? node, kind: Message(nl: "id", en: "id")) } ?? false
        let text = reader.text("text", required: true)
        let help = reader.text("help")
        let weight = reader.number("weight") ?? 1
        if weight <= 0, let at = reader["weight"] {
            sink.error(
                "invalid-weight",
                Message(
                    nl: "het gewicht moet groter dan 0 zijn (nu \(ExpressionFormat.number(weight)))",
                    en: "the weight must be greater than 0 (now \(ExpressionFormat.number(weight)))"),
                fix: Message(
                    nl: "gebruik een positief gewicht; wil je dat de vraag niet meetelt, gebruik dan type text",
                    en: "use a positive weight; for a question that should not count, use type text"), at: at)
        }
        let reverse = reader.bool("reverse") ?? false
        let required = reader.bool("required") ?? false
        let critical = reader.bool("critical") ?? false
        let sources = checkSources(reader.identifiers("sources"))
        let questionID = id ?? "?"
        var kind: (any QuestionKind)?
        if let scale = node["scale"]?.scalar, brokenScales.contains(scale) {
            // The scale's own error says what is wrong; "unknown scale" here would mislead.
        } else if let typeName {
            if let kindType {
                let context = QuestionKindContext(
                    scales: scales, questionID: questionID, readOptions: { [unowned self] node, what in readOptions(node, what: what) })
                kind = kindType.make(reader, context: context)
            } else {
                sink.error(
                    "unknown-plugin", Message(nl: "onbekend vraagtype '\(typeName)'", en: "unknown question type '\(typeName)'"),
                    fix: Suggestion.fix(
                        for: typeName, in: registry.questionKinds.keys.sorted(), what: Message(nl: "vraagtypes", en: "question types")),
                    at: reader[kindKeys.kindKey] ?? node)
            }
        } else if !reader.presentKeys.contains(where: {
            $0 != kindKeys.kindKey && $0 != kindKeys.impliedBy.key
                && Suggestion.closest(to: $0, in: [kindKeys.kindKey, kindKeys.impliedBy.key]) != nil
        }) {
            // (A misspelt 'scale' or 'type' is already reported as an unknown key.)
            sink.error(
                "missing-key",
                Message(
                    nl: "vraag '\(questionID)' mist '\(kindKeys.kindKey)'", en: "question '\(questionID)' is missing '\(kindKeys.kindKey)'"),
                fix: Message(
                    nl: "kies een type: \(registry.questionKinds.keys.sorted().joined(separator: ", "))",
                    en: "choose a type: \(registry.questionKinds.keys.sorted().joined(separator: ", "))"), at: node)
        }
        if let kind, reverse, !kind.isScored, let at = reader["reverse"] {
            sink.warning(
                "no-effect",
                Message(
                    nl: "'reverse' heeft geen effect: '\(questionID)' wordt niet gescoord",
                    en: "'reverse' has no effect: '\(questionID)' is not scored"), at: at)
        }
        guard let id, claimed, let kind else {
            if let id, claimed { brokenQuestions.insert(id) }
            return nil
        }
        var question = Question(
            id: id, kind: RestrictedAnswers.wrap(kind, allow: readAllowed(reader)),
            text: text ?? LocalizedText(nl: id, en: id), help: help, weight: weight, reverse: reverse, required: required,
            critical: critical,
            relevance: nil, sources: sources, domainID: domainID, location: node.location)
        question.unknown = reader.choice("unknown").flatMap(UnknownPolicy.init(rawValue:))
        question.openIsConcern = reader.choice("unanswered") == "concern"
        question.combine = reader.choice("combine").flatMap(CombineRule.init(rawValue:)) ?? .middle
        if critical, question.combine == .middle, let at = reader["combine"] {
            sink.error(
                "invalid-value",
                Message(
                    nl: "een kritiek punt wordt nooit gemiddeld: 'combine: middle' kan niet bij 'critical: true'",
                    en: "a critical item is never averaged away: 'combine: middle' cannot go with 'critical: true'"),
                fix: Message(nl: "laat 'combine' weg of schrijf 'combine: lowest'", en: "leave out 'combine' or write 'combine: lowest'"),
                at: at)
        }
        return question
    }

    /// The non-answers a question's `allow:` lets through; both without the key.
    private func readAllowed(_ reader: ConfigReader) -> Set<OptionRole> {
        guard let node = reader["allow"] else { return [.unknown, .notApplicable] }
        let values = ValueReader(sink: sink)
        guard let items = values.list(node, what: Message(nl: "'allow'", en: "'allow'")) else { return [.unknown, .notApplicable] }
        var allowed: Set<OptionRole> = []
        for item in items {
            let what = Message(nl: "een toegestaan niet-antwoord", en: "an allowed non-answer")
            guard let word = values.string(item, what: what) else { continue }
            guard let role = OptionRole(rawValue: word), role != .scored else {
                sink.error(
                    "invalid-value",
                    Message(
                        nl: "'\(word)' is geen 'unknown' of 'not_applicable'",
                        en: "'\(word)' is not 'unknown' or 'not_applicable'"),
                    fix: Message(
                        nl: "schrijf allow: [unknown] of allow: [not_applicable]",
                        en: "write allow: [unknown] or allow: [not_applicable]"), at: item)
                continue
            }
            allowed.insert(role)
        }
        return allowed
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
                    "relevance-cycle",
                    Message(
                        nl: "relevantievoorwaarden verwijzen in een kring naar elkaar: \(cycle.joined(separator: " → "))",
                        en: "relevance conditions refer to each other in a circle: \(cycle.joined(separator: " → "))"),
                    fix: Message(
                        nl: "laat een vraag alleen afhangen van eerdere vragen", en: "make a question depend on earlier questions only"),
                    at: question.location))
        }
    }
}

/// Finds cycles in a dependency graph (depth-first, iterative-safe for the sizes allowed).
enum CycleFinder {
    /// Each cycle once, as a path that returns to its start.
    static func cycles(in graph: [String: [String]]) -> [[String]] {
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        var found: [[String]] = []
        func visit(_ node: String) {
            state[node] = 1
            stack.append(node)
            for next in graph[node] ?? [] where graph[next] != nil {
                if state[next] == 1, let start = stack.firstIndex(of: next) {
                    found.append(Array(stack[start...]) + [next])
                } else if state[next] == nil {
                    visit(next)
                }
            }
            stack.removeLast()
            state[node] = 2
        }
        for node in graph.keys.sorted() where state[node] == nil { visit(node) }
        return found
    }

    /// The nodes in an order where each comes after what it depends on (cycles broken arbitrarily).
    static func order(_ graph: [String: [String]]) -> [String] {
        var done: Set<String> = []
        var result: [String] = []
        var visiting: Set<String> = []
        func visit(_ node: String) {
            guard !done.contains(node), !visiting.contains(node) else { return }
            visiting.insert(node)
            for next in graph[node] ?? [] where graph[next] != nil { visit(next) }
            visiting.remove(node)
            done.insert(node)
            result.append(node)
        }
        for node in graph.keys.sorted() { visit(node) }
        return result
    }
}
