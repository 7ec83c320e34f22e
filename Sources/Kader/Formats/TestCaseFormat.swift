/// The test-case format: a framework's `tests:` (docs/framework-format.md, tests). `kader test`
/// runs them like unit tests.
public enum TestCaseFormat {
    /// An example response with the results it must give.
    public static let test = ObjectFormat(
        "test", what: Message(nl: "een test", en: "a test"), summary: "An example response with the results it must give (kader test).",
        keys: [
            KeySpec("id", .id, required: true, "The test id, as `kader test` reports it."),
            KeySpec("description", .text, "What the example is."),
            KeySpec("response", .string, "A response file, relative to the framework file."),
            KeySpec("answers", ResponseFormat.answers, "A response body without header."),
            KeySpec("expect", .object(expect), required: true, "The results it must give.")
        ],
        rules: [.exactlyOne(["response", "answers"])])

    /// The results a test expects; what it does not name is not checked.
    public static let expect = ObjectFormat(
        "expect", what: Message(nl: "'expect'", en: "'expect'"), summary: "The expected results; what is not named is not checked.",
        keys: [
            KeySpec("scores", .map(.nullable(.anyNumber), idKeys: true), "Domain or score id → score; `null`: insufficient data."),
            KeySpec("levels", .map(.nullable(.id), idKeys: true), "Domain id or `overall` → level id."),
            KeySpec("grades", .map(.nullable(.anyNumber), idKeys: true), "Domain id or `overall` → grade."),
            KeySpec(
                "advice", .ids,
                "Exactly these rule ids, in report order: by priority (critical first), effort (quick wins first), domain, rule."),
            KeySpec("advice_includes", .ids, "These rule ids among the advice."),
            KeySpec("advice_excludes", .ids, "None of these rule ids among the advice."),
            KeySpec("strengths", .ids, "Exactly these rule ids, in the order of the rules in the framework."),
            KeySpec("flags", .ids, "Exactly these rule ids: critical flags first, then warnings, then info, each in rule order."),
            KeySpec("caps", .ids, "Exactly these rule ids with a cap fire, in the order of the rules in the framework."),
            KeySpec("preconditions", .map(.words(outcomes), idKeys: true), "Precondition id → outcome."),
            KeySpec("tolerance", .anyNumber, default: 0.05, "How far a number may be off.")
        ])

    /// A precondition's outcomes.
    public static let outcomes = ["met", "not_met", "unknown"]

    /// Test cases for ``FrameworkFormat``'s example: appended to it, they must pass
    /// (`antwoord.yaml` is ``ResponseFormat``'s example).
    public static let example = """
        tests:
          - id: zonder_plan
            description: {nl: Nog geen plan, en: No plan yet}
            answers:
              plan: geen
              toelichting: Nog niet aan toegekomen.
            expect:
              scores: {basis: 0, overall: 0}
              levels: {overall: startend}
              grades: {overall: 1}
              advice: [geen_plan]
              preconditions: {plan_bestaat: not_met}
          - id: met_plan
            answers:
              plan: {value: vastgesteld, note: In maart.}
              overleg: ja
            expect:
              scores: {basis: 100}
              advice_excludes: [geen_plan]
              tolerance: 0.1
          - id: uit_bestand
            response: antwoord.yaml
            expect:
              scores: {basis: 75}
              levels: {overall: op_orde}
        """
}
