/// `cap:` — the level may not be higher than a given level: `cap: in_ontwikkeling` or
/// `cap: {level: in_ontwikkeling, scope: overall|domain|both}`. A rule with a cap acts before
/// levels are final, so its condition may not read levels or grades.
public struct CapEffect: RuleEffect {
    public static let name = "cap"
    public static let summary = Message(
        nl: "begrenst het niveau (overall, van het domein, of beide)", en: "caps the level (overall, the domain's, or both)")
    public static let valueShape = ValueShape.named(
        "cap", summary: "The level may not be higher than this: a level id, or {level, scope}.",
        .either([.id, .object(format)]))

    /// The long form of the cap.
    static let format = ObjectFormat(
        "capDetails", what: Message(nl: "de begrenzing", en: "the cap"), summary: "A cap with the level it applies to.",
        keys: [
            KeySpec("level", .id, required: true, "The highest level allowed."),
            KeySpec(
                "scope", .words(["overall", "domain", "both"]),
                "Default `both` for a rule with `domain:`, otherwise `overall`; `domain` and `both` need `domain:` on the rule.")
        ])

    let levelID: String
    let scope: LevelCap.Scope

    public static func make(_ node: YAMLNode, context: RuleEffectContext) -> CapEffect? {
        let sink = context.sink
        var levelNode = node
        var scope: LevelCap.Scope = context.domainID == nil ? .overall : .both
        if node.mapping != nil {
            let what = Message(nl: "de begrenzing van regel '\(context.ruleID)'", en: "the cap of rule '\(context.ruleID)'")
            guard let reader = ConfigReader(node, format: format, what: what, sink: sink),
                let level = reader.required("level")
            else { return nil }
            levelNode = level
            if let word = reader.choice("scope") { scope = LevelCap.Scope(rawValue: word) ?? scope }
            if scope != .overall, context.domainID == nil, let at = reader["scope"] {
                sink.error(
                    .missingKey,
                    Message(
                        nl: "een begrenzing van het domeinniveau vraagt 'domain:' op de regel",
                        en: "capping a domain level needs 'domain:' on the rule"), at: at)
                return nil
            }
        }
        guard let id = ValueReader(sink: sink).identifier(levelNode, what: Message(nl: "het niveau", en: "the level")) else { return nil }
        guard context.levelIDs.contains(id) else {
            sink.error(
                .unknownReference, Message(nl: "onbekend niveau '\(id)'", en: "unknown level '\(id)'"),
                fix: context.levelIDs.isEmpty
                    ? Message(nl: "voeg eerst 'levels:' toe aan het kader", en: "add 'levels:' to the framework first")
                    : Suggestion.fix(for: id, in: context.levelIDs, what: Message(nl: "niveaus", en: "levels")),
                at: levelNode)
            return nil
        }
        return CapEffect(levelID: id, scope: scope)
    }

    public var stage: RuleStage { .levels }

    public func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes) {
        outcomes.caps.append(LevelCap(firing, levelID: levelID, scope: scope))
    }
}
