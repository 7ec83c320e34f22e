/// One test's expectations held against one result, each difference with what differs in words.
struct TestComparison {
    let framework: Framework
    let expect: TestExpectation
    let result: AssessmentResult
    /// Each rule's and precondition's condition, traced against the test's answers.
    let ruleTraces: [String: TraceNode]
    let preconditionTraces: [String: TraceNode]

    var conditions: ConditionText { ConditionText(framework: framework) }

    func failures() -> [FrameworkTestRunner.Failure] {
        var failures: [FrameworkTestRunner.Failure] = []
        for entry in expect.scores {
            let (actual, insufficient) = score(entry.key)
            failures += number(entry, actual: actual, subject: "score \(entry.key)", insufficient: insufficient)
        }
        for entry in expect.grades {
            let actual = entry.key == "overall" ? result.overall.grade : result.domains.first { $0.id == entry.key }?.grade
            failures += number(entry, actual: actual, subject: "grade \(entry.key)", insufficient: nil)
        }
        for entry in expect.levels { failures += level(entry) }
        let advice = result.advice.map(\.ruleID)
        if let entry = expect.advice { failures += list(entry, actual: advice, subject: "advice", order: adviceOrder) }
        for entry in expect.adviceIncludes where !advice.contains(entry.value) {
            failures.append(
                .init(
                    location: entry.location, subject: "advice_includes", expected: entry.value, actual: Self.list(advice),
                    details: [missing(entry.value)]))
        }
        for entry in expect.adviceExcludes where advice.contains(entry.value) {
            failures.append(
                .init(
                    location: entry.location, subject: "advice_excludes", expected: "not " + entry.value,
                    actual: Self.list(advice),
                    details: [extra(entry.value)]))
        }
        if let entry = expect.strengths {
            failures += list(entry, actual: result.strengths.map(\.ruleID), subject: "strengths", order: frameworkOrder)
        }
        if let entry = expect.flags { failures += list(entry, actual: result.flags.map(\.ruleID), subject: "flags", order: flagOrder) }
        if let entry = expect.caps {
            failures += list(entry, actual: result.firedCaps, subject: "caps", order: frameworkOrder)
        }
        for entry in expect.preconditions { failures += precondition(entry) }
        return failures
    }

    // MARK: Numbers

    /// A score's value, and for a domain without one, why: "1 of at least 2 questions answered".
    private func score(_ id: String) -> (Double?, Message?) {
        if id == "overall" { return (result.overall.score, nil) }
        if let domain = result.domains.first(where: { $0.id == id }) {
            return (
                domain.score,
                Message(
                    nl: "\(domain.answeredItems) van minimaal \(domain.minAnswered) vragen beantwoord",
                    en: "\(domain.answeredItems) of at least \(domain.minAnswered) questions answered")
            )
        }
        return (result.scores.first { $0.id == id }?.score, nil)
    }

    private func number(
        _ entry: TestExpectation.Entry<Double?>, actual: Double?, subject: String,
        insufficient: Message?
    ) -> [FrameworkTestRunner.Failure] {
        let tolerance = expect.tolerance
        let detail: Message
        switch (entry.value, actual) {
        case (nil, nil):
            return []
        case (let expected?, let actual?):
            let off = abs(expected - actual)
            guard off > tolerance + 1e-9 else { return [] }
            let (e, a, d, t) = (Self.number(expected), Self.number(actual), Self.number(off), Self.number(tolerance))
            detail = Message(
                nl: "\(a) in plaats van \(e): \(d) ernaast, meer dan de marge van \(t)",
                en: "\(a) instead of \(e): off by \(d), more than the tolerance of \(t)")
        case (nil, let actual?):
            detail = Message(
                nl: "verwacht geen score (onvoldoende gegevens), maar het is \(Self.number(actual))",
                en: "expected no score (insufficient data), but it is \(Self.number(actual))")
        case (let expected?, nil):
            let why = insufficient.map { Message(nl: ": \($0.nl)", en: ": \($0.en)") } ?? Message(nl: "", en: "")
            detail = Message(
                nl: "verwacht \(Self.number(expected)), maar er is geen score (onvoldoende gegevens\(why.nl))",
                en: "expected \(Self.number(expected)), but there is no score (insufficient data\(why.en))")
        }
        return [
            .init(
                location: entry.location, subject: subject, expected: Self.number(entry.value), actual: Self.number(actual),
                details: [detail])
        ]
    }

    // MARK: Levels and preconditions

    private func level(_ entry: TestExpectation.Entry<String?>) -> [FrameworkTestRunner.Failure] {
        let overall = entry.key == "overall"
        let domain = result.domains.first { $0.id == entry.key }
        let actual = overall ? result.overall.level : domain?.level
        guard entry.value != actual else { return [] }
        var details: [Message] = []
        let band = overall ? result.overall.bandLevel : domain?.bandLevel
        if let band, let score = overall ? result.overall.score : domain?.score {
            details.append(
                Message(
                    nl: "de score \(Self.number(score)) valt in de band '\(band)'",
                    en: "the score \(Self.number(score)) falls in the band '\(band)'"))
        }
        if overall {
            for level in result.overall.unmetRequirements {
                guard let requires = framework.growthModel?.levels.first(where: { $0.id == level })?.requires else { continue }
                details.append(
                    Message(
                        nl: "niveau '\(level)' vraagt ook: \(requires.text)",
                        en: "level '\(level)' also requires: \(requires.text)"))
            }
        }
        for rule in overall ? result.overall.cappedBy : domain?.cappedBy ?? [] {
            let why = reason(rule)
            details.append(Message(nl: "begrensd door regel '\(rule)': \(why.nl)", en: "capped by rule '\(rule)': \(why.en)"))
        }
        if actual == nil, details.isEmpty {
            details.append(
                Message(
                    nl: "geen niveau: de score ontbreekt (onvoldoende gegevens)",
                    en: "no level: the score is missing (insufficient data)"))
        }
        return [
            .init(
                location: entry.location, subject: "level \(entry.key)", expected: entry.value ?? "null", actual: actual ?? "null",
                details: details)
        ]
    }

    private func precondition(_ entry: TestExpectation.Entry<String>) -> [FrameworkTestRunner.Failure] {
        let actual = result.preconditions.first { $0.id == entry.key }?.outcome.rawValue ?? "null"
        guard entry.value != actual else { return [] }
        let details = preconditionTraces[entry.key].map { [conditions.deciding($0)] } ?? []
        return [
            .init(
                location: entry.location, subject: "precondition \(entry.key)", expected: entry.value, actual: actual,
                details: details)
        ]
    }

    // MARK: Text

    static func number(_ value: Double?) -> String { value.map(ExpressionFormat.number) ?? "null" }
    static func list(_ ids: [String]) -> String { "[" + ids.joined(separator: ", ") + "]" }
}
