/// Says how a result came about, in plain language: which answers and values, which conditions,
/// and for a rule that did not fire, why not.
public struct Explainer {
    /// What to explain.
    public enum Target: Sendable, Hashable {
        /// The whole result, briefly: scores, levels, grades and each fired rule.
        case summary
        /// One question: answer, points, score.
        case item(String)
        /// One domain or derived score, or `overall`.
        case score(String)
        /// One rule (advice, strength, flag or cap), fired or not.
        case rule(String)
    }

    /// One line of an explanation; `depth` is its indentation level.
    public struct Line: Sendable, Hashable {
        public var depth: Int
        public var text: Message
    }

    /// A target that does not exist.
    public struct UnknownTarget: Error, Sendable {
        public var message: Message
        public var fix: Message
    }

    let engine: Engine
    var framework: Framework { engine.framework }

    /// Creates an explainer for a framework.
    public init(framework: Framework) { engine = Engine(framework: framework) }

    /// Explains `target` for `response`; `depth` chooses how much of each condition to show.
    public func explain(_ response: Response, target: Target, depth: TraceDepth = .summary) -> Result<[Line], UnknownTarget> {
        let (result, state) = engine.run(response)
        switch target {
        case .summary:
            return .success(summary(result, state: state))
        case .item(let id):
            guard let question = framework.question(id) else {
                return .failure(unknown(id, in: framework.questions.map(\.id), what: Message(nl: "vragen", en: "questions")))
            }
            return .success(item(question, result: result, state: state))
        case .score(let id):
            if id == "overall" { return .success(overall(result, state: state)) }
            if let domain = result.domains.first(where: { $0.id == id }) { return .success(self.domain(domain, result: result)) }
            if let score = result.scores.first(where: { $0.id == id }) { return .success(derived(score)) }
            return .failure(
                unknown(
                    id, in: result.domains.map(\.id) + result.scores.map(\.id),
                    what: Message(nl: "domeinen en scores", en: "domains and scores")))
        case .rule(let id):
            guard let rule = framework.rules.first(where: { $0.id == id }) else {
                return .failure(unknown(id, in: framework.rules.map(\.id), what: Message(nl: "regels", en: "rules")))
            }
            return .success(self.rule(rule, result: result, state: state, depth: depth))
        }
    }

    private func unknown(_ id: String, in candidates: [String], what: Message) -> UnknownTarget {
        UnknownTarget(
            message: Message(
                nl: "'\(id)' bestaat niet in kader '\(framework.id)'", en: "'\(id)' does not exist in framework '\(framework.id)'"),
            fix: Suggestion.fix(for: id, in: candidates, what: what))
    }

    func line(_ depth: Int, _ nl: String, _ en: String) -> Line { Line(depth: depth, text: Message(nl: nl, en: en)) }
    private func num(_ value: Double?, _ language: Language) -> String {
        value.map { ValueText.number($0, language: language) } ?? ValueText.missingText(.insufficient, language: language)
    }
    private func levelLabel(_ id: String?, _ language: Language) -> String {
        guard let id else { return Say(language)("geen", "none") }
        return framework.growthModel?.levels.first { $0.id == id }?.label.text(in: language) ?? id
    }

    // MARK: Summary

    private func summary(_ result: AssessmentResult, state: EvaluationState) -> [Line] {
        var lines = overall(result, state: state)
        for domain in result.domains {
            let status =
                domain.score == nil
                ? line(
                    1,
                    "\(domain.title.text(in: .nl)): onvoldoende gegevens "
                        + "(\(domain.answeredItems) van minimaal \(domain.minAnswered) vragen beantwoord)",
                    "\(domain.title.text(in: .en)): insufficient data "
                        + "(\(domain.answeredItems) of at least \(domain.minAnswered) questions answered)"
                )
                : line(
                    1,
                    "\(domain.title.text(in: .nl)): \(num(domain.score, .nl)) (\(domain.aggregator) van \(domain.answeredItems) items) "
                        + "→ \(levelLabel(domain.level, .nl))"
                        + (domain.grade.map { ", cijfer \(num($0, .nl))" } ?? ""),
                    "\(domain.title.text(in: .en)): \(num(domain.score, .en)) (\(domain.aggregator) of \(domain.answeredItems) items) "
                        + "→ \(levelLabel(domain.level, .en))"
                        + (domain.grade.map { ", grade \(num($0, .en))" } ?? ""))
            lines.append(status)
        }
        let fired = result.rules.filter { $0.outcome == .fired }
        lines.append(
            line(
                0, "Regels die afgingen (\(fired.count) van \(result.rules.count)):",
                "Rules that fired (\(fired.count) of \(result.rules.count)):"))
        for ruleResult in fired {
            guard let rule = framework.rules.first(where: { $0.id == ruleResult.id }) else { continue }
            let trace = rule.condition.plan.trace(in: state, depth: .summary)
            let why = trace.decidingConditions.map { conditionText($0) }
            lines.append(
                line(
                    1, "\(rule.id) (\(ruleResult.effects.joined(separator: ", "))): " + why.map(\.nl).joined(separator: "; "),
                    "\(rule.id) (\(ruleResult.effects.joined(separator: ", "))): " + why.map(\.en).joined(separator: "; ")))
        }
        let unknown = result.rules.filter { $0.outcome == .unknown }
        if !unknown.isEmpty {
            lines.append(line(0, "Regels die onbeslist bleven door ontbrekende antwoorden:", "Rules left undecided by missing answers:"))
            for rule in unknown {
                lines.append(
                    line(
                        1, "\(rule.id): hangt af van \(rule.undecidedBy.joined(separator: ", "))",
                        "\(rule.id): depends on \(rule.undecidedBy.joined(separator: ", "))"))
            }
        }
        return lines
    }

    /// "commissie < 'grotendeels' (commissie = Deels)".
    func conditionText(_ node: TraceNode) -> Message { ConditionText(framework: framework).describe(node) }

    // MARK: Overall and scores

    private func overall(_ result: AssessmentResult, state: EvaluationState) -> [Line] {
        let o = result.overall
        var lines = [
            line(
                0, "Totaal: \(num(o.score, .nl)) → \(levelLabel(o.level, .nl))" + (o.grade.map { ", rapportcijfer \(num($0, .nl))" } ?? ""),
                "Overall: \(num(o.score, .en)) → \(levelLabel(o.level, .en))" + (o.grade.map { ", report grade \(num($0, .en))" } ?? ""))
        ]
        if let score = result.scores.first(where: { $0.id == o.scoreID }) {
            lines += derived(score).map { Line(depth: $0.depth + 1, text: $0.text) }
        }
        if o.bandLevel != nil {
            lines.append(
                line(
                    1, "De score valt in de band '\(levelLabel(o.bandLevel, .nl))'.",
                    "The score falls in the band '\(levelLabel(o.bandLevel, .en))'."))
        }
        for level in o.unmetRequirements {
            guard let requires = framework.growthModel?.levels.first(where: { $0.id == level })?.requires else { continue }
            let value = requires.plan.evaluate(in: state)
            lines.append(
                line(
                    1, "Niveau '\(levelLabel(level, .nl))' vraagt ook: \(requires.text) — dat is \(truth(value, .nl)).",
                    "Level '\(levelLabel(level, .en))' also requires: \(requires.text) — which is \(truth(value, .en))."))
        }
        for ruleID in o.cappedBy {
            let cap = result.rules.first { $0.id == ruleID }
            lines.append(
                line(
                    1, "Begrensd door regel \(ruleID)" + (cap?.because.map { ": \($0.text(in: .nl))" } ?? "."),
                    "Capped by rule \(ruleID)" + (cap?.because.map { ": \($0.text(in: .en))" } ?? ".")))
        }
        if o.grade != nil, let scheme = framework.grades {
            switch scheme.method {
            case .formula(let expression):
                lines.append(
                    line(
                        1,
                        "Cijfer = \(expression.text) met score = \(num(o.score, .nl)), afgerond op \(scheme.rounding.decimals) decimaal.",
                        "Grade = \(expression.text) with score = \(num(o.score, .en)), rounded to \(scheme.rounding.decimals) decimal(s)."))
            case .table:
                lines.append(line(1, "Cijfer uit de cijfertabel van het kader.", "Grade from the framework's grade table."))
            }
        }
        return lines
    }

    private func derived(_ score: ScoreResult) -> [Line] {
        let parts = score.parts.map { "\($0.id) \(num($0.score, .nl))" + ($0.weight != 1 ? " ×\(ExpressionFormat.number($0.weight))" : "") }
            .joined(separator: ", ")
        let partsEN = score.parts.map {
            "\($0.id) \(num($0.score, .en))" + ($0.weight != 1 ? " ×\(ExpressionFormat.number($0.weight))" : "")
        }.joined(separator: ", ")
        var lines = [
            line(
                0, "\(score.title.text(in: .nl)) = \(score.method) van: \(parts) → \(num(score.score, .nl))",
                "\(score.title.text(in: .en)) = \(score.method) of: \(partsEN) → \(num(score.score, .en))")
        ]
        if score.score == nil {
            lines.append(
                line(
                    1, "Een onderdeel heeft onvoldoende gegevens, dus dit geheel ook.",
                    "A part has insufficient data, so the whole has too."))
        }
        return lines
    }

    private func domain(_ d: DomainResult, result: AssessmentResult) -> [Line] {
        var lines = [line(0, "\(d.title.text(in: .nl)): \(num(d.score, .nl))", "\(d.title.text(in: .en)): \(num(d.score, .en))")]
        lines.append(
            line(
                1, "Methode: \(d.aggregator); minimaal \(d.minAnswered) beantwoorde vragen nodig, \(d.answeredItems) geteld.",
                "Method: \(d.aggregator); at least \(d.minAnswered) answered questions needed, \(d.answeredItems) counted."))
        for item in d.items where item.scored {
            lines.append(line(2, "\(item.questionID): " + itemSummary(item, .nl), "\(item.questionID): " + itemSummary(item, .en)))
        }
        lines.append(
            line(
                1,
                "Punten: \(num(d.points, .nl)) van \(num(d.maxPoints, .nl))"
                    + (d.proratedPoints.map { " (naar rato: \(num($0, .nl)) van \(num(d.proratedMaxPoints, .nl)))" } ?? ""),
                "Points: \(num(d.points, .en)) of \(num(d.maxPoints, .en))"
                    + (d.proratedPoints.map { " (prorated: \(num($0, .en)) of \(num(d.proratedMaxPoints, .en)))" } ?? "")))
        if d.level != nil {
            lines.append(
                line(
                    1,
                    "Niveau: \(levelLabel(d.level, .nl))"
                        + (d.cappedBy.isEmpty
                            ? "" : " (band: \(levelLabel(d.bandLevel, .nl)); begrensd door \(d.cappedBy.joined(separator: ", ")))"),
                    "Level: \(levelLabel(d.level, .en))"
                        + (d.cappedBy.isEmpty
                            ? "" : " (band: \(levelLabel(d.bandLevel, .en)); capped by \(d.cappedBy.joined(separator: ", ")))")))
        }
        if let grade = d.grade { lines.append(line(1, "Rapportcijfer: \(num(grade, .nl))", "Report grade: \(num(grade, .en))")) }
        return lines
    }

    private func itemSummary(_ item: ItemResult, _ language: Language) -> String {
        let answer = item.display?.text(in: language) ?? ValueText.missingText(.unanswered, language: language)
        switch item.state {
        case .notRelevant: return Say(language)("niet van toepassing (relevantie), telt niet mee", "not relevant, not counted")
        case .notApplicable:
            return Say(language)("n.v.t., telt niet mee en niet in het maximum", "n/a, not counted, not in the maximum")
        case .unanswered: return Say(language)("niet ingevuld, telt niet mee", "not answered, not counted")
        case .unknown where item.score == nil: return Say(language)("weet niet, telt niet mee", "don't know, not counted")
        default:
            let reverse = item.reverse ? Say(language)(", omgekeerd gescoord", ", reverse scored") : ""
            let weight = item.weight != 1 ? Say(language)(", gewicht ", ", weight ") + ExpressionFormat.number(item.weight) : ""
            return
                "\(answer) → \(num(item.points, language)) / \(num(item.maxPoints, language))"
                + "\(reverse)\(weight) = \(num(item.score, language))"
        }
    }

    private func item(_ question: Question, result: AssessmentResult, state: EvaluationState) -> [Line] {
        guard let item = result.domains.flatMap(\.items).first(where: { $0.questionID == question.id }) else { return [] }
        var lines = [line(0, "\(question.id): \(question.text.text(in: .nl))", "\(question.id): \(question.text.text(in: .en))")]
        if let relevance = question.relevance {
            let trace = relevance.plan.trace(in: state, depth: .summary)
            lines.append(
                line(
                    1, "Alleen gevraagd als \(relevance.text): \(truth(trace.value, .nl))",
                    "Asked only when \(relevance.text): \(truth(trace.value, .en))"))
        }
        lines.append(
            line(
                1, "Antwoord: " + (item.display?.text(in: .nl) ?? "niet ingevuld"),
                "Answer: " + (item.display?.text(in: .en) ?? "not answered")))
        if item.scored {
            lines.append(line(1, itemSummary(item, .nl), itemSummary(item, .en)))
            if item.score != nil {
                lines.append(
                    line(
                        1, "Itemscore = (punten − minimum) / (maximum − minimum) × 100.",
                        "Item score = (points − minimum) / (maximum − minimum) × 100."))
            }
        } else {
            lines.append(line(1, "Deze vraag telt niet mee in een score.", "This question does not count in a score."))
        }
        if let note = item.note { lines.append(line(1, "Toelichting: \(note)", "Note: \(note)")) }
        if let evidence = item.evidence { lines.append(line(1, "Bewijs: \(evidence)", "Evidence: \(evidence)")) }
        let users = framework.rules.filter {
            $0.condition.references.contains(.answer(question.id)) || $0.condition.references.contains(.item(question.id))
        }.map(\.id)
        if !users.isEmpty {
            lines.append(line(1, "Gebruikt in regels: \(users.joined(separator: ", "))", "Used in rules: \(users.joined(separator: ", "))"))
        }
        return lines
    }
}
