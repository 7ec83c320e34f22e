/// Levels (bands, requirements, caps) and grades.
extension Engine {
    /// The overall score, level and grade, as they are found.
    struct OverallScoring {
        var score: Double?
        /// Positions in the growth model: the level whose band holds the score, the level after
        /// `requires` conditions, and the final level.
        var band: Int?
        var required: Int?
        var level: Int?
        /// Levels whose `requires` did not hold, and the rules whose caps lowered the level.
        var unmet: [String] = []
        /// The `requires_text` of the band's level when its `requires` did not hold, filled in.
        var unmetText: LocalizedText?
        var cappedBy: [String] = []
        var grade: Double?
        var passed: Bool?
    }

    func assignLevels(_ domains: inout [DomainScoring], _ overall: inout OverallScoring, state: EvaluationState, caps: [LevelCap]) {
        assignOwnBands(&domains, state: state)
        guard let model = framework.growthModel else { return }
        for index in domains.indices {
            guard case .growthModel = framework.domains[index].scoring.levels else { continue }
            // The framework's levels lie over 0-100: a score on its own scale meets them as its share of its range.
            guard let score = domains[index].score, let band = model.index(for: framework.domains[index].scoring.share(of: score)) else {
                continue
            }
            let domainID = framework.domains[index].id
            let level: Int
            let domainCaps = caps.filter { $0.scope != .overall && $0.domainID == domainID }
            (level, domains[index].cappedBy) = apply(domainCaps, to: band, model: model)
            domains[index].band = band
            state.setBand(index, band)
            domains[index].level = level
            state.setLevel(index, level)
        }
        guard let score = overall.score.flatMap({ percent(of: $0, score: framework.scoring.overallID) }),
            let band = model.index(for: score)
        else { return }
        // `requires`: the highest level at or below the band whose condition holds.
        var level = band
        while level > 0, let requires = tables.levelRequires[level], !requires.evaluate(in: state).isTrue {
            if level == band, let template = tables.levelRequiresText[level] {
                overall.unmetText = BecauseText(template, values: template.values(in: state)).localized
            }
            overall.unmet.append(model.levels[level].id)
            level -= 1
        }
        overall.band = band
        overall.required = level
        (level, overall.cappedBy) = apply(caps.filter { $0.scope != .domain }, to: level, model: model)
        overall.level = level
        state.setLevel(nil, level)
    }

    /// A domain with its own bands gets the band that holds its score, on its own scale; caps
    /// name levels of the growth model, so they do not lower it.
    private func assignOwnBands(_ domains: inout [DomainScoring], state: EvaluationState) {
        for index in domains.indices {
            guard let score = domains[index].score, let band = framework.domains[index].scoring.levels.bandIndex(for: score) else {
                continue
            }
            domains[index].band = band
            domains[index].level = band
            state.setBand(index, band)
            state.setLevel(index, band)
        }
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

    func assignGrades(_ domains: inout [DomainScoring], _ overall: inout OverallScoring, state: EvaluationState) {
        guard let scheme = framework.grades else { return }
        for index in domains.indices {
            // A grade meets the score as its share of its range, capped with the level under `when_capped: limit`.
            guard
                let score = domains[index].score.map({ framework.domains[index].scoring.share(of: $0) })
                    .map({ limited($0, level: domains[index].level, band: domains[index].band) }),
                let grade = grade(for: score, scheme: scheme, state: state)
            else { continue }
            domains[index].grade = grade
            domains[index].passed = grade >= scheme.pass
            state.setGrade(index, grade)
        }
        if let score = overall.score.flatMap({ percent(of: $0, score: framework.scoring.overallID) })
            .map({ limited($0, level: overall.level, band: overall.band) }),
            let grade = grade(for: score, scheme: scheme, state: state)
        {
            overall.grade = grade
            overall.passed = grade >= scheme.pass
            state.setGrade(nil, grade)
        }
    }

    /// The scale of the overall score: that of the domain or derived score it is.
    var overallScale: (scale: ScoreScale, range: ScoreRange?) {
        let id = framework.scoring.overallID
        if let domain = framework.index.domains[id] {
            return (framework.domains[domain].scoring.scale, framework.domains[domain].scoring.range)
        }
        if let derived = framework.index.scores[id] {
            return (framework.scoring.derived[derived].scale, framework.scoring.derived[derived].range)
        }
        return (.percent, .percent)
    }

    /// The score a grade is made from: with `when_capped: limit` and a level below the score's
    /// band, the highest score in the level's band.
    private func limited(_ score: Double, level: Int?, band: Int?) -> Double {
        guard framework.grades?.limitWhenCapped == true, let level, let band, level < band,
            let top = framework.growthModel?.levels[level].max
        else { return score }
        return min(score, top.nextDown)
    }

    /// The overall result, once its level and grade are known.
    func result(of overall: OverallScoring) -> OverallResult {
        let levels = framework.growthModel?.levels
        return OverallResult(
            scoreID: framework.scoring.overallID, score: overall.score,
            status: overall.score == nil ? .insufficient : .valid,
            bandLevel: overall.band.flatMap { levels?[$0].id }, requiredLevel: overall.required.flatMap { levels?[$0].id },
            level: overall.level.flatMap { levels?[$0].id }, unmetRequirements: overall.unmet, cappedBy: overall.cappedBy,
            grade: overall.grade, passed: overall.passed, scale: overallScale.scale, range: overallScale.range)
    }

    private func grade(for score: Double, scheme: GradeScheme, state: EvaluationState) -> Double? {
        let raw: Double?
        switch scheme.method {
        case .formula:
            state.setScoreVariable(.number(score))
            raw = tables.gradeFormula?.evaluate(in: state).numeric
        case .table(let rows):
            raw =
                rows.enumerated().first { index, row in
                    score >= row.min && (score < row.max || (index == rows.count - 1 && score <= row.max))
                }?.element.grade
        }
        return raw.map { scheme.rounding.apply(min(10, max(1, $0))) }
    }
}
