/// Outcomes another rule always makes useless: a cap whenever a lower (or equal) cap on the same
/// levels applies too, and advice, a strength or a flag whenever another rule gives the same
/// text. "Always" is checked: the rule's condition must imply the other's (``ConditionAnalyzer/implies(_:_:)``).
extension Linter {
    /// A cap effect with its rule.
    private struct Cap {
        let rule: Rule
        let level: Int
        let effect: CapEffect

        var capsOverall: Bool { effect.scope != .domain }
        var capsDomain: Bool { effect.scope != .overall }

        /// True when `other` caps every level this cap caps.
        func isCovered(by other: Cap) -> Bool {
            (!capsOverall || other.capsOverall) && (!capsDomain || (other.capsDomain && other.rule.domainID == rule.domainID))
        }
    }

    func overriddenCaps() -> [Diagnostic] {
        guard let model = framework.growthModel else { return [] }
        let analyzer = ConditionAnalyzer(framework: framework)
        let caps = framework.rules.flatMap { rule in
            rule.effects.compactMap { $0 as? CapEffect }.compactMap { effect in
                model.index(of: effect.levelID).map { Cap(rule: rule, level: $0, effect: effect) }
            }
        }
        var warnings: [Diagnostic] = []
        for (position, cap) in caps.enumerated() {
            let stronger = caps.enumerated().first { other in
                other.offset != position && other.element.rule.id != cap.rule.id
                    && other.element.level <= cap.level && cap.isCovered(by: other.element)
                    && analyzer.implies(cap.rule.condition, other.element.rule.condition)
                    // Two caps that always go together: only the later one is reported.
                    && !(other.element.level == cap.level && other.offset > position && other.element.isCovered(by: cap)
                        && analyzer.implies(other.element.rule.condition, cap.rule.condition))
            }?.element
            guard let stronger else { continue }
            let (own, other) = (cap.effect.levelID, stronger.effect.levelID)
            warnings.append(
                .warning(
                    .overriddenCap,
                    Message(
                        nl: "de begrenzing van regel '\(cap.rule.id)' tot '\(own)' bepaalt nooit het niveau",
                        en: "the cap of rule '\(cap.rule.id)' to '\(own)' never decides the level"),
                    fix: Message(
                        nl: "regel '\(stronger.rule.id)' gaat altijd ook af als '\(cap.rule.id)' "
                            + "afgaat, en begrenst tot '\(other)'; "
                            + "verwijder een van beide begrenzingen of maak de voorwaarde van "
                            + "'\(stronger.rule.id)' strenger",
                        en: "rule '\(stronger.rule.id)' always fires too when '\(cap.rule.id)' "
                            + "fires, and caps to '\(other)'; "
                            + "remove one of the caps or narrow the condition of '\(stronger.rule.id)'"),
                    at: cap.rule.location))
        }
        return warnings
    }

    /// An outcome a rule gives: its effect's name and text.
    private struct Given {
        let rule: Rule
        let effect: String
        let text: LocalizedText
    }

    func duplicatedOutcomes() -> [Diagnostic] {
        let analyzer = ConditionAnalyzer(framework: framework)
        let given = framework.rules.flatMap { rule in
            rule.effects.compactMap { effect -> Given? in
                switch effect {
                case let advice as AdviceEffect: Given(rule: rule, effect: AdviceEffect.name, text: advice.text)
                case let strength as StrengthEffect: Given(rule: rule, effect: StrengthEffect.name, text: strength.text)
                case let flag as FlagEffect: Given(rule: rule, effect: FlagEffect.name, text: flag.text)
                default: nil
                }
            }
        }
        var warnings: [Diagnostic] = []
        for (position, item) in given.enumerated() {
            let same = given.enumerated().first { other in
                other.offset != position && other.element.rule.id != item.rule.id && other.element.effect == item.effect
                    && other.element.text == item.text && analyzer.implies(item.rule.condition, other.element.rule.condition)
                    // Two rules that always go together: only the later one is reported.
                    && !(other.offset > position && analyzer.implies(other.element.rule.condition, item.rule.condition))
            }?.element
            guard let same else { continue }
            warnings.append(
                .warning(
                    .duplicateOutcome,
                    Message(
                        nl: "regel '\(item.rule.id)' geeft altijd dubbel '\(item.effect)': regel "
                            + "'\(same.rule.id)' geeft dan dezelfde tekst",
                        en: "rule '\(item.rule.id)' always repeats its '\(item.effect)': rule "
                            + "'\(same.rule.id)' then gives the same text"),
                    fix: Message(
                        nl: "'\(same.rule.id)' gaat altijd ook af als '\(item.rule.id)' afgaat; "
                            + "verwijder een van beide, of geef ze elk een eigen tekst",
                        en: "'\(same.rule.id)' always fires too when '\(item.rule.id)' fires; "
                            + "remove one of them, or give each a text of its own"),
                    at: item.rule.location))
        }
        return warnings
    }
}
