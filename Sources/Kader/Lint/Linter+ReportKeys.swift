/// Lint's findings on the keys that shape what a report says (issue 14): a `focus` that leaves
/// nothing for "Later", an `allow:` that shuts out every non-answer of a question that may still
/// stay blank, an `unknown:` that can never apply, and a `grades.when_capped` with nothing to cap.
extension Linter {
    func reportKeyMisuses() -> [Diagnostic] {
        focusBeyondAdvice() + questionKeyMisuses() + gradeCapWithoutCaps()
    }

    /// `report.focus` as large as the number of pieces of advice the rules can give: every
    /// report puts all advice under "Begin hier" and "Later" stays empty.
    private func focusBeyondAdvice() -> [Diagnostic] {
        guard let focus = framework.report.focus else { return [] }
        let advice = framework.rules.filter { $0.effects.contains { $0 is AdviceEffect } }.count
        guard focus >= advice else { return [] }
        return [
            .warning(
                .focusTooLarge,
                Message(
                    nl: "report.focus is \(focus), maar de regels geven hooguit \(advice) adviezen: 'Later' blijft altijd leeg",
                    en: "report.focus is \(focus), but the rules give at most \(advice) pieces of advice: 'Later' is always empty"),
                fix: Message(
                    nl: "kies een kleiner getal (het kader zegt vaak 'kies er één tot drie'), of laat focus weg",
                    en: "choose a smaller number (frameworks often say 'choose one to three'), or leave focus out"),
                at: framework.report.focusLocation)
        ]
    }

    /// Per question: `allow: []` without `required`, and `unknown:` where "weet niet" cannot be
    /// answered or gives no points.
    private func questionKeyMisuses() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for question in framework.questions {
            let base = (question.kind as? RestrictedAnswers)?.base ?? question.kind
            let shutOut =
                base.allowsUnknown && base.allowsNotApplicable && !question.kind.allowsUnknown
                && !question.kind.allowsNotApplicable
            if shutOut, !question.required {
                warnings.append(
                    .warning(
                        .allowWithoutRequired,
                        Message(
                            nl: "vraag '\(question.id)' staat geen 'weet niet' en geen 'n.v.t.' toe, maar mag open blijven",
                            en: "question '\(question.id)' allows neither 'weet niet' nor 'n.v.t.', but may be left blank"),
                        fix: Message(
                            nl: "zet required: true, zodat een open antwoord gemeld wordt, of sta met allow: een van beide toe",
                            en: "set required: true, so a blank answer is reported, or allow one of them with allow:"),
                        at: question.location))
            }
            guard let policy = question.unknown else { continue }
            if !question.kind.isScored || !question.kind.allowsUnknown {
                let why =
                    question.kind.isScored
                    ? Message(nl: "de vraag kent geen 'weet niet'", en: "the question has no 'weet niet'")
                    : Message(nl: "de vraag geeft geen punten", en: "the question gives no points")
                warnings.append(
                    .warning(
                        .unknownNeverApplies,
                        Message(
                            nl: "unknown: \(policy.rawValue) bij vraag '\(question.id)' doet niets: \(why.nl)",
                            en: "unknown: \(policy.rawValue) on question '\(question.id)' does nothing: \(why.en)"),
                        fix: Message(nl: "haal 'unknown:' bij deze vraag weg", en: "remove 'unknown:' from this question"),
                        at: question.location))
            }
        }
        return warnings
    }

    /// `grades.when_capped: limit` in a framework whose rules cap no level.
    private func gradeCapWithoutCaps() -> [Diagnostic] {
        guard let grades = framework.grades, grades.limitWhenCapped else { return [] }
        guard !framework.rules.contains(where: { $0.effects.contains { $0 is CapEffect } }) else { return [] }
        return [
            .warning(
                .whenCappedWithoutCaps,
                Message(
                    nl: "grades.when_capped: limit begrenst niets: geen regel begrenst een niveau",
                    en: "grades.when_capped: limit limits nothing: no rule caps a level"),
                fix: Message(
                    nl: "voeg een regel met 'cap:' toe (bijvoorbeeld op een kritieke vraag), of haal when_capped weg",
                    en: "add a rule with 'cap:' (for example on a critical item), or remove when_capped"),
                at: grades.location)
        ]
    }
}
