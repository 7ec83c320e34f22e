/// Levels (bands, requirements, caps) and grades.
extension Engine {
    /// A domain's or the overall level, with how it came about.
    struct LevelOutcome {
        /// The level whose band holds the score.
        var band: String?
        /// Overall only: the level after `requires` conditions, before caps.
        var required: String?
        /// The final level.
        var level: String?
        /// Overall only: levels whose `requires` did not hold.
        var unmet: [String] = []
        /// The rules whose caps lowered it.
        var cappedBy: [String] = []
    }

    /// A domain's or the overall report grade.
    struct GradeOutcome {
        var grade: Double?
        var passed: Bool?
    }

    func assignLevels(_ domains: [DomainScoring], overallScore: Double?, state: EvaluationState,
                      caps: [LevelCap]) -> (domains: [LevelOutcome], overall: LevelOutcome) {
        var results = [LevelOutcome](repeating: LevelOutcome(), count: domains.count)
        var overall = LevelOutcome()
        guard let model = framework.growthModel else { return (results, overall) }
        for index in domains.indices {
            guard let score = domains[index].score, let band = model.index(for: score) else { continue }
            let domainID = framework.domains[index].id
            let (level, cappedBy) = apply(caps.filter { $0.scope != .overall && $0.domainID == domainID }, to: band, model: model)
            results[index] = LevelOutcome(band: model.levels[band].id, level: model.levels[level].id, cappedBy: cappedBy)
            state.setLevel(index, level)
        }
        guard let score = overallScore, let band = model.index(for: score) else { return (results, overall) }
        // `requires`: the highest level at or below the band whose condition holds.
        var level = band
        while level > 0, let requires = tables.levelRequires[level], !requires.evaluate(in: state).isTrue {
            overall.unmet.append(model.levels[level].id)
            level -= 1
        }
        overall.band = model.levels[band].id
        overall.required = model.levels[level].id
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

    func assignGrades(_ domains: [DomainScoring], overallScore: Double?,
                      state: EvaluationState) -> (domains: [GradeOutcome], overall: GradeOutcome) {
        var results = [GradeOutcome](repeating: GradeOutcome(), count: domains.count)
        var overall = GradeOutcome()
        guard let scheme = framework.grades else { return (results, overall) }
        for index in domains.indices {
            guard let score = domains[index].score, let grade = grade(for: score, scheme: scheme, state: state) else { continue }
            results[index] = GradeOutcome(grade: grade, passed: grade >= scheme.pass)
            state.setGrade(index, grade)
        }
        if let score = overallScore, let grade = grade(for: score, scheme: scheme, state: state) {
            overall = GradeOutcome(grade: grade, passed: grade >= scheme.pass)
            state.setGrade(nil, grade)
        }
        return (results, overall)
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
