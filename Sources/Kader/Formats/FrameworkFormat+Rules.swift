/// Rules and preconditions. A rule's effects are keys of their own, one per registered rule
/// effect; each effect describes its value (``RuleEffect/valueShape``).
extension FrameworkFormat {
    /// A condition and one or more effects.
    public static let rule = ObjectFormat(
        "rule", what: Message(nl: "een regel", en: "a rule"),
        summary: "A condition and one or more effects (each registered rule effect is a key of its own).",
        keys: [
            KeySpec("id", .id, required: true, "The rule id, as results and tests name it."),
            KeySpec("when", .condition, required: true, "The rule fires only when this is true (not when false or unknown)."),
            KeySpec("domain", .id, "The domain the rule belongs to."),
            KeySpec("because", .text, "Why it fired, with {expression} placeholders; {{ for a literal brace."),
            KeySpec("note", .text, "A note for authors; not used in results.")
        ],
        rules: [.atLeastOneRuleEffect], pluginKeys: .ruleEffects)

    /// What should be in place before starting.
    public static let precondition = ObjectFormat(
        "precondition", what: Message(nl: "een randvoorwaarde", en: "a precondition"),
        summary: "What should be in place before starting; reported as met, not met or unknown.",
        keys: [
            KeySpec("id", .id, required: true, "The precondition id."),
            KeySpec("text", .text, required: true, "What should be in place."),
            KeySpec("when", .condition, required: true, "Met when this is true."),
            KeySpec("advice", .text, "What to do when it is not met.")
        ])
}
