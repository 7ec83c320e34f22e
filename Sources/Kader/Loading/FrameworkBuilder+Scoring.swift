/// The scoring section's defaults and rounding, levels and grades (derived scores: FrameworkBuilder+Derived.swift).
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
                    .invalidValue,
                    Message(nl: "rounding moet tussen 0 en 6 decimalen liggen", en: "rounding must be between 0 and 6 decimals"), at: node)
            }
            return Rounding(decimals: min(6, max(0, decimals)), mode: fallback.mode)
        }
        guard let reader = ConfigReader(node, format: FrameworkFormat.rounding, sink: sink) else { return fallback }
        let decimals = reader.integer("decimals") ?? fallback.decimals
        if !(0...6).contains(decimals), let at = reader["decimals"] {
            sink.error(.invalidValue, Message(nl: "decimals moet tussen 0 en 6 liggen", en: "decimals must be between 0 and 6"), at: at)
        }
        let mode = reader.choice("mode").flatMap(Rounding.Mode.init(rawValue:)) ?? fallback.mode
        return Rounding(decimals: min(6, max(0, decimals)), mode: mode)
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
            checkOrdered(
                min: min, max: max, in: reader,
                fix: Message(
                    nl: "zet min onder max, bijvoorbeeld min: 0 en max: 10", en: "put min below max, for example min: 0 and max: 10"))
            bands.append((min, max, reader.node.location))
            guard let id else { return }
            if let requires = reader["requires"] {
                pendingRequires.append((levels.count, requires, reader["requires_text"]))
                if reader["requires_text"] == nil {
                    sink.warning(
                        .missingText,
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
                    .unusedText,
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
                    .bandGap,
                    Message(
                        nl:
                            "de \(what.nl) beginnen bij \(ExpressionFormat.number(first.min)), niet bij \(low): "
                            + "scores daaronder vallen nergens in",
                        en: "the \(what.en) start at \(ExpressionFormat.number(first.min)), not at \(low): lower scores fall nowhere"),
                    fix: fix, at: first.location))
        }
        if last.max != upper {
            sink.report(
                .error(
                    .bandGap,
                    Message(
                        nl: "de \(what.nl) eindigen bij \(ExpressionFormat.number(last.max)), niet bij \(high)",
                        en: "the \(what.en) end at \(ExpressionFormat.number(last.max)), not at \(high)"),
                    fix: fix, at: last.location))
        }
        for (previous, band) in zip(bands, bands.dropFirst()) {
            if band.min > previous.max {
                sink.report(
                    .error(
                        .bandGap,
                        Message(
                            nl:
                                "gat tussen \(ExpressionFormat.number(previous.max)) en \(ExpressionFormat.number(band.min)): "
                                + "die scores vallen nergens in",
                            en:
                                "gap between \(ExpressionFormat.number(previous.max)) and \(ExpressionFormat.number(band.min)): "
                                + "those scores fall nowhere"
                        ),
                        fix: fix, at: band.location))
            } else if band.min < previous.max {
                sink.report(
                    .error(
                        .bandOverlap,
                        Message(
                            nl:
                                "overlap: \(ExpressionFormat.number(band.min))–\(ExpressionFormat.number(previous.max)) "
                                + "valt in twee banden",
                            en: "overlap: \(ExpressionFormat.number(band.min))–\(ExpressionFormat.number(previous.max)) "
                                + "falls in two bands"),
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
            sink.error(.invalidValue, Message(nl: "decimals moet tussen 0 en 6 liggen", en: "decimals must be between 0 and 6"), at: at)
        }
        var rounding = Rounding(decimals: min(6, max(0, decimals)), mode: .halfUp)
        if let mode = reader.choice("rounding").flatMap(Rounding.Mode.init(rawValue:)) { rounding.mode = mode }
        let pass = reader.number("pass") ?? 5.5
        let method: GradeScheme.Method
        if let formula = reader["formula"] {
            if reader["table"] != nil, let at = reader.keyNode("table") {
                sink.error(
                    .conflictingKeys, Message(nl: "kies 'formula' of 'table', niet beide", en: "choose 'formula' or 'table', not both"),
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
                    sink.error(.invalidValue, Message(nl: "een cijfer ligt tussen 1 en 10", en: "a grade lies between 1 and 10"), at: at)
                }
                rows.append((min, max, grade))
                bands.append((min, max, row.node.location))
            }
            checkBands(bands, what: Message(nl: "rijen van de cijfertabel", en: "grade table rows"))
            method = .table(rows)
        } else {
            sink.error(
                .missingKey, Message(nl: "'grades' heeft 'formula' of 'table' nodig", en: "'grades' needs 'formula' or 'table'"),
                fix: Message(nl: "bijvoorbeeld: formula: \"1 + 9 * score / 100\"", en: "for example: formula: \"1 + 9 * score / 100\""),
                at: node)
            return nil
        }
        var scheme = GradeScheme(method: method, rounding: rounding, pass: pass, location: node.location)
        scheme.limitWhenCapped = reader.choice("when_capped") == "limit"
        return scheme
    }
}
