/// What `kader test` prints: each test as PASS or FAIL, each failure with the expected and the
/// actual value and what differs, and with `--coverage` what no test reaches.
///
/// ```
/// FAIL moskeeonderwijs/al_amal_startend  (Frameworks/moskeeonderwijs.yaml:2026:5)
///   Frameworks/moskeeonderwijs.yaml:2049:7: advice
///     - verwacht: [commissie_instellen, visie_gesprek]
///     + gekregen: [commissie_instellen]
///     ontbreekt: visie_gesprek — ging niet af: score.visie < 50 (score.visie = 55,6) is onwaar
/// ```
public struct TestReportText: Sendable {
    /// The language of the words around the ids and values.
    public var language: Language

    /// Creates the text in `language`.
    public init(language: Language) { self.language = language }

    private var nl: Bool { language == .nl }

    /// One test's outcome, ending with a line break.
    public func outcome(_ outcome: FrameworkTestRunner.Outcome, frameworkID: String) -> String {
        guard !outcome.passed else { return "PASS \(frameworkID)/\(outcome.testID)\n" }
        var text = "FAIL \(frameworkID)/\(outcome.testID)  (\(outcome.location))\n"
        if outcome.loadProblems.hasErrors {
            text += DiagnosticFormatter(language: language).format(outcome.loadProblems, sources: []) + "\n"
        }
        for failure in outcome.failures {
            text += "  \(failure.location): \(failure.subject)\n"
            text += "    - \(nl ? "verwacht" : "expected"): \(failure.expected)\n"
            text += "    + \(nl ? "gekregen: " : "actual:   ")\(failure.actual)\n"
            for detail in failure.details { text += "    \(detail.text(in: language))\n" }
        }
        return text
    }

    /// The closing count: "12 passed, 1 failed".
    public func summary(passed: Int, failed: Int) -> String {
        "\(passed) passed, \(failed) failed\n"
    }

    /// What a framework's tests do not reach, ending with a line break.
    public func coverage(_ coverage: TestCoverage) -> String {
        var text =
            nl
            ? "\(coverage.frameworkID): dekking door \(coverage.tests) testgevallen\n"
            : "\(coverage.frameworkID): coverage by \(coverage.tests) test cases\n"
        text += line(coverage.rules, nl: ("regels", "gaan af", "nooit"), en: ("rules", "fire", "never"))
        text += line(coverage.advice, nl: ("adviezen", "worden gegeven", "nooit"), en: ("advice items", "are given", "never"))
        text += line(coverage.levels, nl: ("niveaus", "worden bereikt", "nooit"), en: ("levels", "are reached", "never"))
        return text
    }

    /// "  rules: 118 of 120 fire; never: a, b".
    private func line(_ part: TestCoverage.Part, nl dutch: (String, String, String), en english: (String, String, String)) -> String {
        let (what, verb, never) = nl ? dutch : english
        let reached = part.total - part.unreached.count
        var text = "  \(what): \(reached) \(nl ? "van" : "of") \(part.total) \(verb)"
        if !part.unreached.isEmpty { text += "; \(never): " + part.unreached.joined(separator: ", ") }
        return text + "\n"
    }
}
