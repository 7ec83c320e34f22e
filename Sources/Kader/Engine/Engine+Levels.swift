/// Levels (bands, requirements, caps) and grades.
extension Engine {
    func assignLevels(_ domains: [DomainResult], state: EvaluationState, caps: [LevelCap]) -> ([DomainResult], OverallResult) {
        var results = domains
        let overallScore = state.score("overall").numeric
        var overall = OverallResult(scoreID: framework.scoring.overallID, score: overallScore, status: overallScore == nil ? .insufficient : .valid,
                                    bandLevel: nil, requiredLevel: nil, level: nil, unmetRequirements: [], cappedBy: [], grade: nil, passed: nil)
        guard let model = framework.growthModel else { return (results, overall) }
        for index in results.indices {
            guard let score = results[index].score, let band = model.index(for: score) else { continue }
            var level = band
            for cap in caps where cap.scope != .overall && cap.domainID == results[index].id {
                if let capIndex = model.index(of: cap.levelID), capIndex < level { level = capIndex }
                results[index].cappedBy.append(cap.ruleID)
            }
            results[index].bandLevel = model.levels[band].id
            results[index].level = model.levels[level].id
            state.levels[results[index].id] = level
        }
        guard let score = overallScore, let band = model.index(for: score) else { return (results, overall) }
        // `requires`: the highest level at or below the band whose condition holds.
        var level = band
        while level > 0, let requires = model.levels[level].requires, !Evaluator.evaluate(requires, in: state).isTrue {
            overall.unmetRequirements.append(model.levels[level].id)
            level -= 1
        }
        overall.bandLevel = model.levels[band].id
        overall.requiredLevel = model.levels[level].id
        for cap in caps where cap.scope != .domain {
            if let capIndex = model.index(of: cap.levelID), capIndex < level { level = capIndex }
            overall.cappedBy.append(cap.ruleID)
        }
        overall.level = model.levels[level].id
        state.levels["overall"] = level
        return (results, overall)
    }

    func assignGrades(_ domains: inout [DomainResult], _ overall: inout OverallResult, state: EvaluationState) {
        guard let scheme = framework.grades else { return }
        for index in domains.indices {
            guard let score = domains[index].score, let grade = grade(for: score, scheme: scheme, state: state) else { continue }
            domains[index].grade = grade
            domains[index].passed = grade >= scheme.pass
            state.grades[domains[index].id] = grade
        }
        if let score = overall.score, let grade = grade(for: score, scheme: scheme, state: state) {
            overall.grade = grade
            overall.passed = grade >= scheme.pass
            state.grades["overall"] = grade
        }
    }

    private func grade(for score: Double, scheme: GradeScheme, state: EvaluationState) -> Double? {
        let raw: Double?
        switch scheme.method {
        case .formula(let expression):
            state.variables["score"] = .number(score)
            raw = Evaluator.evaluate(expression, in: state).numeric
        case .table(let rows):
            raw = rows.enumerated().first { index, row in
                score >= row.min && (score < row.max || (index == rows.count - 1 && score <= row.max))
            }?.element.grade
        }
        return raw.map { scheme.rounding.apply(min(10, max(1, $0))) }
    }
}
