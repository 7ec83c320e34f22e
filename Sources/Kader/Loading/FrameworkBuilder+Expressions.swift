/// Compiling the expressions written in a framework, with errors placed inside the YAML string.
extension FrameworkBuilder {
    /// What an expression must produce.
    enum ExpectedType {
        case bool, number
    }

    /// The environment with every answer, score, level and grade of the framework.
    /// Built once per state of the sections it depends on (these only grow while loading):
    /// several sections ask for it, and a framework may have thousands of questions.
    func fullEnvironment() -> ExpressionEnvironment {
        let key = [
            domains.count, domains.reduce(0) { $0 + $1.questions.count }, derivedScores.count, brokenScoreIDs.count, levelIDs.count,
            contextFields.count, brokenQuestions.count
        ]
        if let cached = environmentCache, cached.key == key { return cached.environment }
        // Parts that did not load are still known by name, after the real ones so that every
        // slot stays right: their own errors keep the framework from loading anyway.
        var environment = ExpressionEnvironment.make(
            questions: domains.flatMap(\.questions), domainIDs: domains.map(\.id),
            derivedIDs: derivedScores.map(\.id) + brokenScoreIDs, levelIDs: levelIDs,
            context: contextFields, functions: registry.functions,
            domainLevels: domains.map { ($0.id, $0.scoring.levels) })
        environment.brokenQuestions = brokenQuestions
        environmentCache = (key, environment)
        return environment
    }

    /// Compiles the expression in `node`, reporting problems at their place in the file.
    func compile(_ node: YAMLNode, type expected: ExpectedType, environment: ExpressionEnvironment) -> CheckedExpression? {
        guard let text = ValueReader(sink: sink).string(node, what: Message(nl: "een expressie", en: "an expression")) else { return nil }
        let origin = ExpressionOrigin(location: node.location, style: node.scalarStyle ?? .plain, blockIndent: blockIndent(after: node))
        switch ExpressionCompiler.compile(text, origin: origin, environment: environment) {
        case .failure(let problem):
            if problem.followsEarlierError { return nil }
            let location = ScalarPositions.location(ofOffset: problem.range.lowerBound, in: node, source: source)
            sink.report(.error(.expression, problem.message, fix: problem.fix, at: location, length: max(1, problem.range.count)))
            return nil
        case .success(let expression):
            switch expected {
            case .bool where expression.type != .bool:
                sink.report(
                    .error(
                        .expressionType,
                        Message(
                            nl: "deze voorwaarde moet waar of onwaar opleveren, maar levert \(expression.type.dutch) op",
                            en: "this condition must give true or false, but gives \(expression.type)"),
                        fix: Message(
                            nl: "maak er een vergelijking van, bijvoorbeeld '\(text) >= 2'",
                            en: "make it a comparison, for example '\(text) >= 2'"),
                        at: origin.location(ofOffset: 0, in: text), length: text.unicodeScalars.count))
                return nil
            case .number where !expression.type.isNumeric:
                sink.report(
                    .error(
                        .expressionType,
                        Message(
                            nl: "deze expressie moet een getal opleveren, maar levert \(expression.type.dutch) op",
                            en: "this expression must give a number, but gives \(expression.type)"),
                        fix: nil, at: origin.location(ofOffset: 0, in: text), length: text.unicodeScalars.count))
                return nil
            default:
                return expression
            }
        }
    }

    /// For `|` and `>` block scalars: the indentation of the first content line.
    private func blockIndent(after node: YAMLNode) -> Int {
        guard node.scalarStyle == .literal || node.scalarStyle == .folded,
            let line = source.line(node.location.line + 1)
        else { return 0 }
        return line.prefix { $0 == " " }.count
    }
}
