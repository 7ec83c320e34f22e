/// `strength:` — something that goes well ("wat gaat goed"), in both languages.
public struct StrengthEffect: RuleEffect {
    public static let name = "strength"
    public static let summary = Message(nl: "iets wat goed gaat ('wat gaat goed')", en: "something that goes well ('wat gaat goed')")
    public static let valueShape = ValueShape.named("strength", summary: "What goes well (wat gaat goed).", .text)

    let text: LocalizedText

    public static func make(_ node: YAMLNode, context: RuleEffectContext) -> StrengthEffect? {
        ValueReader(sink: context.sink).localized(
            node, what: Message(nl: "de sterkte van regel '\(context.ruleID)'", en: "the strength of rule '\(context.ruleID)'")
        )
        .map(StrengthEffect.init)
    }

    public var stage: RuleStage { .advice }

    public func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes) {
        outcomes.strengths.append(Strength(firing, text: text))
    }
}
