extension ExpressionEnvironment {
    /// The environment with everything a framework defines: every answer, item score, score,
    /// level, grade and context field, and the registry's functions.
    static func make(
        questions: [Question], domainIDs: [String], derivedIDs: [String], levelIDs: [String],
        context: [ContextField], functions: [String: any ExpressionFunction.Type],
        domainLevels: [(id: String, levels: DomainLevels)] = []
    ) -> ExpressionEnvironment {
        var environment = ExpressionEnvironment()
        for (id, levels) in domainLevels {
            switch levels {
            case .growthModel: break
            case .bands(let bands):
                environment.domainBands[id] = OptionSpace(
                    name: "bands of '\(id)'", ids: bands.map(\.id), values: bands.indices.map(Double.init))
            case .none: environment.unlevelledDomains.insert(id)
            }
        }
        for (index, question) in questions.enumerated() {
            environment.slots[question.id] = .question(index)
            environment.answerTypes[question.id] = question.kind.answerType
            if question.kind.isScored { environment.scoredQuestions.insert(question.id) }
        }
        environment.domainIDs = domainIDs
        for (index, id) in derivedIDs.enumerated() { environment.scoreSlots[id] = .derived(index) }
        for (index, id) in domainIDs.enumerated() { environment.scoreSlots[id] = .domain(index) }
        // `overall` always means the framework's overall score, whatever its id.
        environment.scoreSlots["overall"] = .overall
        environment.scoreIDs = domainIDs + derivedIDs.filter { $0 != "overall" } + ["overall"]
        environment.levelIDs = levelIDs
        for field in context { environment.contextTypes[field.id] = field.kind == .number ? .number : .text }
        environment.functions = functions
        environment.place = Message(nl: "in een regel", en: "in a rule")
        return environment
    }

    /// The full environment of a loaded framework, as rules see it.
    public init(framework: Framework, registry: PluginRegistry = .builtIn) {
        self = .make(
            questions: framework.questions, domainIDs: framework.domains.map(\.id), derivedIDs: framework.scoring.derived.map(\.id),
            levelIDs: framework.growthModel?.levels.map(\.id) ?? [], context: framework.context, functions: registry.functions,
            domainLevels: framework.domains.map { ($0.id, $0.scoring.levels) })
    }
}

extension Engine {
    /// Compiles `text` against the framework (as a rule would be) and evaluates it for
    /// `response` after scoring: for trying out a condition, and for testing functions.
    public func evaluate(
        expression text: String, for response: Response,
        registry: PluginRegistry = .builtIn
    ) -> Result<Value, ExpressionProblem> {
        compile(text, registry: registry).map { expression in expression.plan.evaluate(in: run(response).state) }
    }

    /// Compiles `text` like ``evaluate(expression:for:registry:)`` and records how it came to its
    /// value for `response`, as `kader explain` shows a rule's condition.
    public func trace(
        expression text: String, for response: Response, depth: TraceDepth,
        registry: PluginRegistry = .builtIn
    ) -> Result<TraceNode, ExpressionProblem> {
        compile(text, registry: registry).map { expression in expression.plan.trace(in: run(response).state, depth: depth) }
    }

    private func compile(_ text: String, registry: PluginRegistry) -> Result<CheckedExpression, ExpressionProblem> {
        let origin = ExpressionOrigin(location: SourceLocation(file: "<expression>", line: 1, column: 1), style: .plain)
        let environment = ExpressionEnvironment(framework: framework, registry: registry)
        return ExpressionCompiler.compile(text, origin: origin, environment: environment)
    }
}
