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
            let level: Int
            let domainCaps = caps.filter { $0.scope != .overall && $0.domainID == results[index].id }
            (level, results[index].cappedBy) = apply(domainCaps, to: band, model: model)
            results[index].bandLevel = model.levels[band].id
            results[index].level = model.levels[level].id
            state.setLevel(index, level)
        }
        guard let score = overallScore, let band = model.index(for: score) else { return (results, overall) }
        // `requires`: the highest level at or below the band whose condition holds.
        var level = band
        while level > 0, let requires = tables.levelRequires[level], !requires.evaluate(in: state).isTrue {
            overall.unmetRequirements.append(model.levels[level].id)
            level -= 1
        }
        overall.bandLevel = model.levels[band].id
        overall.requiredLevel = model.levels[level].id
        (level, overall.cappedBy) = apply(caps.filter { $0.scope != .domain }, to: level, model: model)
        overall.level = model.levels[level].id
        state.setLevel(nil, level)
        return (results, overall)
    }

    /// The capped level, and the caps that lowered it: a cap at or above the uncapped level
    /// changes nothing and is not reported.
    private func apply(_ caps: [LevelCap], to uncapped: Int, model: GrowthModel) -> (Int, [String]) {
        var level = uncapped
        var effective: [String] = []
        for cap in caps {
            guard let capIndex = model.index(of: cap.levelID), capIndex < uncapped else { continue }
            level = min(level, capIndex)
            effective.append(cap.ruleID)
        }
        return (level, effective)
    }

    func assignGrades(_ domains: inout [DomainResult], _ overall: inout OverallResult, state: EvaluationState) {
        guard let scheme = framework.grades else { return }
        for index in domains.indices {
            guard let score = domains[index].score, let grade = grade(for: score, scheme: scheme, state: state) else { continue }
            domains[index].grade = grade
            domains[index].passed = grade >= scheme.pass
            state.setGrade(index, grade)
        }
        if let score = overall.score, let grade = grade(for: score, scheme: scheme, state: state) {
            overall.grade = grade
            overall.passed = grade >= scheme.pass
            state.setGrade(nil, grade)
        }
    }

    private func grade(for score: Double, scheme: GradeScheme, state: EvaluationState) -> Double? {
        let raw: Double?
        switch scheme.method {
        case .formula:
            state.setScoreVariable(.number(score))
            raw = tables.gradeFormula?.evaluate(in: state).numeric
        case .table(let rows):
            raw = rows.enumerated().first { index, row in
                score >= row.min && (score < row.max || (index == rows.count - 1 && score <= row.max))
            }?.element.grade
        }
        return raw.map { scheme.rounding.apply(min(10, max(1, $0))) }
    }
}
