/// The scoring section, derived scores, levels and grades.
extension FrameworkBuilder {
    /// Reads the defaults domains inherit; returns the reader for the later part (derived scores).
    func readScoringDefaults(_ node: YAMLNode?) -> ConfigReader? {
        guard let node, let reader = ConfigReader(node, format: FrameworkFormat.scoring, sink: sink) else { return nil }
        if let name = reader.string("aggregate") {
            defaultAggregator = name
            _ = lookupAggregator(name, at: reader["aggregate"])
        }
        defaultMinAnswered = reader.count("min_answered") ?? defaultMinAnswered
        defaultProrate = reader.bool("prorate") ?? defaultProrate
        if let word = reader.choice("unknown"), let policy = UnknownPolicy(rawValue: word) {
            scoringSettings.unknown = policy
        }
        if let rounding = reader["rounding"] {
            scoringSettings.rounding = readRounding(rounding, default: scoringSettings.rounding)
        }
        return reader
    }

    /// `rounding: 1` or `rounding: {decimals: 1, mode: half_up}`.
    func readRounding(_ node: YAMLNode, default fallback: Rounding) -> Rounding {
        if node.mapping == nil {
            guard let decimals = ValueReader(sink: sink).integer(node, what: Message(nl: "'rounding'", en: "'rounding'")) else {
                return fallback
            }
            if !(0...6).contains(decimals) {
                sink.error(
                    "invalid-value",
                    Message(nl: "rounding moet tussen 0 en 6 decimalen liggen", en: "rounding must be between 0 and 6 decimals"), at: node)
            }
            return Rounding(decimals: min(6, max(0, decimals)), mode: fallback.mode)
        }
        guard let reader = ConfigReader(node, format: FrameworkFormat.rounding, sink: sink) else { return fallback }
        let decimals = reader.integer("decimals") ?? fallback.decimals
        if !(0...6).contains(decimals), let at = reader["decimals"] {
            sink.error("invalid-value", Message(nl: "decimals moet tussen 0 en 6 liggen", en: "decimals must be between 0 and 6"), at: at)
        }
        let mode = reader.choice("mode").flatMap(Rounding.Mode.init(rawValue:)) ?? fallback.mode
        return Rounding(decimals: min(6, max(0, decimals)), mode: mode)
    }

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
                    "reserved-id", Message(nl: "'overall' is gereserveerd", en: "'overall' is reserved"),
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
            sink.error("invalid-value", Message(nl: "decimals moet tussen 0 en 6 liggen", en: "decimals must be between 0 and 6"), at: at)
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
                    "conflicting-keys",
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
                "empty-list", Message(nl: "score '\(id)' heeft geen onderdelen", en: "score '\(id)' has no parts"),
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
                        "invalid-weight", Message(nl: "een gewicht moet groter dan 0 zijn", en: "a weight must be greater than 0"), at: at)
                }
            }
            guard let id = ValueReader(sink: sink).identifier(idNode, what: Message(nl: "een onderdeel", en: "a part")) else { continue }
            guard environment.scoreIDs.contains(id), id != "overall" else {
                sink.error(
                    "unknown-reference", Message(nl: "onbekend domein of score '\(id)'", en: "unknown domain or score '\(id)'"),
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
                    "unknown-reference", Message(nl: "onbekende score '\(id)'", en: "unknown score '\(id)'"),
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
                    "score-cycle",
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

    // MARK: Levels

    func readLevels(_ nodes: [YAMLNode]?) {
        var pendingRequires: [(Int, YAMLNode, YAMLNode?)] = []
        var bands: [(min: Double, max: Double, location: SourceLocation)] = []
        var allBoundsRead = true
        each(nodes, format: FrameworkFormat.level) { reader in
            let id = reader.identifier("id")
            if let id, let idNode = reader["id"], levelIDs.contains(id) {
                sink.duplicate(Message(nl: "niveau '\(id)' bestaat al", en: "level '\(id)' already exists"), at: idNode)
                return
            }
            if let id { levelIDs.append(id) }
            let min = reader.number("min", required: true)
            let max = reader.number("max", required: true)
            guard let min, let max else {
                allBoundsRead = false
                return
            }
            if min >= max, let at = reader["max"] {
                sink.error(
                    "invalid-bounds",
                    Message(
                        nl: "max (\(ExpressionFormat.number(max))) moet groter zijn dan min (\(ExpressionFormat.number(min)))",
                        en: "max (\(ExpressionFormat.number(max))) must be greater than min (\(ExpressionFormat.number(min)))"),
                    fix: Message(
                        nl: "zet min onder max, bijvoorbeeld min: 0 en max: 10", en: "put min below max, for example min: 0 and max: 10"),
                    at: at)
            }
            bands.append((min, max, reader.node.location))
            guard let id else { return }
            if let requires = reader["requires"] {
                pendingRequires.append((levels.count, requires, reader["requires_text"]))
                if reader["requires_text"] == nil {
                    sink.warning(
                        "missing-text",
                        Message(
                            nl: "niveau '\(id)' heeft 'requires' zonder 'requires_text': rapporten kunnen niet zeggen wat het vraagt",
                            en: "level '\(id)' has 'requires' without 'requires_text': reports cannot say what it asks"),
                        fix: Message(
                            nl: "schrijf in woorden wat 'requires' vraagt, bijvoorbeeld "
                                + "requires_text: {nl: \"elk domein minstens 55\", en: ...}",
                            en: "say in words what 'requires' asks, for example "
                                + "requires_text: {nl: ..., en: \"every domain at least 55\"}"),
                        at: requires)
                }
            } else if let text = reader["requires_text"] {
                sink.warning(
                    "unused-text",
                    Message(
                        nl: "niveau '\(id)' heeft 'requires_text' zonder 'requires': de tekst wordt nooit getoond",
                        en: "level '\(id)' has 'requires_text' without 'requires': the text is never shown"),
                    fix: Message(
                        nl: "voeg de voorwaarde toe met requires: \"...\", of haal requires_text weg",
                        en: "add the condition with requires: \"...\", or remove requires_text"),
                    at: text)
            }
            levels.append(
                Level(
                    id: id, label: reader.text("label", required: true) ?? LocalizedText(nl: id, en: id),
                    description: reader.text("description"),
                    min: min, max: max, requires: nil, location: reader.node.location))
        }
        // A level whose bounds did not load would show up as a gap; its own error says enough.
        if allBoundsRead { checkBands(bands, what: Message(nl: "niveaus", en: "levels")) }
        // `requires` may read scores, so it is compiled once derived scores are known.
        self.pendingRequires = pendingRequires
    }

    /// Bands must run from `lower` to `upper` (0 to 100 for levels), lowest first, each starting
    /// where the previous ends.
    func checkBands(
        _ bands: [(min: Double, max: Double, location: SourceLocation)], what: Message,
        from lower: Double = 0, to upper: Double = 100
    ) {
        guard let first = bands.first, let last = bands.last else { return }
        let (low, high) = (ExpressionFormat.number(lower), ExpressionFormat.number(upper))
        let fix = Message(
            nl: "laat elke band beginnen waar de vorige eindigt (min van de ene = max van de vorige), van \(low) tot \(high)",
            en: "start each band where the previous one ends (min of one = max of the previous), from \(low) to \(high)")
        if first.min != lower {
            sink.report(
                .error(
                    "band-gap",
                    Message(
                        nl:
                            "de \(what.nl) beginnen bij \(ExpressionFormat.number(first.min)), niet bij \(low): scores daaronder vallen nergens in",
                        en: "the \(what.en) start at \(ExpressionFormat.number(first.min)), not at \(low): lower scores fall nowhere"),
                    fix: fix, at: first.location))
        }
        if last.max != upper {
            sink.report(
                .error(
                    "band-gap",
                    Message(
                        nl: "de \(what.nl) eindigen bij \(ExpressionFormat.number(last.max)), niet bij \(high)",
                        en: "the \(what.en) end at \(ExpressionFormat.number(last.max)), not at \(high)"),
                    fix: fix, at: last.location))
        }
        for (previous, band) in zip(bands, bands.dropFirst()) {
            if band.min > previous.max {
                sink.report(
                    .error(
                        "band-gap",
                        Message(
                            nl:
                                "gat tussen \(ExpressionFormat.number(previous.max)) en \(ExpressionFormat.number(band.min)): die scores vallen nergens in",
                            en:
                                "gap between \(ExpressionFormat.number(previous.max)) and \(ExpressionFormat.number(band.min)): those scores fall nowhere"
                        ),
                        fix: fix, at: band.location))
            } else if band.min < previous.max {
                sink.report(
                    .error(
                        "band-overlap",
                        Message(
                            nl:
                                "overlap: \(ExpressionFormat.number(band.min))–\(ExpressionFormat.number(previous.max)) valt in twee banden",
                            en: "overlap: \(ExpressionFormat.number(band.min))–\(ExpressionFormat.number(previous.max)) falls in two bands"),
                        fix: fix, at: band.location))
            }
        }
    }

    func compileLevelRequirements() {
        let environment = fullEnvironment().restricted(
            to: [.answers, .items, .scores, .context],
            place: Message(
                nl: "in 'requires' van een niveau (niveaus en cijfers zijn dan nog niet bekend)",
                en: "in a level's 'requires' (levels and grades are not known yet)"))
        for (index, node, text) in pendingRequires {
            levels[index].requires = compile(node, type: .bool, environment: environment)
            levels[index].requiresText = text.flatMap { readTemplate($0, environment: environment) }
        }
    }

    // MARK: Grades

    func readGrades(_ node: YAMLNode?) -> GradeScheme? {
        compileLevelRequirements()
        guard let node, let reader = ConfigReader(node, format: FrameworkFormat.grades, sink: sink) else { return nil }
        let decimals = reader.integer("decimals") ?? 1
        if !(0...6).contains(decimals), let at = reader["decimals"] {
            sink.error("invalid-value", Message(nl: "decimals moet tussen 0 en 6 liggen", en: "decimals must be between 0 and 6"), at: at)
        }
        var rounding = Rounding(decimals: min(6, max(0, decimals)), mode: .halfUp)
        if let mode = reader.choice("rounding").flatMap(Rounding.Mode.init(rawValue:)) { rounding.mode = mode }
        let pass = reader.number("pass") ?? 5.5
        let method: GradeScheme.Method
        if let formula = reader["formula"] {
            if reader["table"] != nil, let at = reader.keyNode("table") {
                sink.error(
                    "conflicting-keys", Message(nl: "kies 'formula' of 'table', niet beide", en: "choose 'formula' or 'table', not both"),
                    at: at)
            }
            var environment = ExpressionEnvironment()
            environment.functions = registry.functions
            environment.allowed = []
            environment.place = Message(nl: "in een cijferformule (alleen 'score')", en: "in a grade formula ('score' only)")
            environment.variables = ["score": .number]
            guard let expression = compile(formula, type: .number, environment: environment) else { return nil }
            method = .formula(expression)
        } else if let tableNode = reader["table"] {
            var rows: [(min: Double, max: Double, grade: Double)] = []
            var bands: [(min: Double, max: Double, location: SourceLocation)] = []
            each(ValueReader(sink: sink).list(tableNode, what: Message(nl: "'table'", en: "'table'")), format: FrameworkFormat.gradeRow) {
                row in
                guard let min = row.number("min", required: true), let max = row.number("max", required: true),
                    let grade = row.number("grade", required: true)
                else { return }
                if !(1...10).contains(grade), let at = row["grade"] {
                    sink.error("invalid-value", Message(nl: "een cijfer ligt tussen 1 en 10", en: "a grade lies between 1 and 10"), at: at)
                }
                rows.append((min, max, grade))
                bands.append((min, max, row.node.location))
            }
            checkBands(bands, what: Message(nl: "rijen van de cijfertabel", en: "grade table rows"))
            method = .table(rows)
        } else {
            sink.error(
                "missing-key", Message(nl: "'grades' heeft 'formula' of 'table' nodig", en: "'grades' needs 'formula' or 'table'"),
                fix: Message(nl: "bijvoorbeeld: formula: \"1 + 9 * score / 100\"", en: "for example: formula: \"1 + 9 * score / 100\""),
                at: node)
            return nil
        }
        var scheme = GradeScheme(method: method, rounding: rounding, pass: pass, location: node.location)
        scheme.limitWhenCapped = reader.choice("when_capped") == "limit"
        return scheme
    }
}
