/// Reading the action plan (`plan:`) of a response: the advice chosen to work on, each checked
/// against the framework's rules that give advice, at its place in the file.
extension ResponseLoader {
    /// The plan under `node`; with a framework, every advice id must name a rule with `advice:`.
    static func readPlan(_ node: YAMLNode?, framework: Framework?, sink: DiagnosticSink) -> [PlanItem] {
        guard let node, !node.isNull else { return [] }
        guard let entries = node.sequence else {
            sink.error(
                .wrongType,
                Message(
                    nl: "'plan' moet een lijst zijn, maar dit is \(node.shapeName.nl)",
                    en: "'plan' must be a list, but this is \(node.shapeName.en)"),
                fix: Message(
                    nl: "schrijf elk punt als '- advice: regel_id' met daaronder owner, due en status",
                    en: "write each point as '- advice: rule_id' with owner, due and status below it"), at: node)
            return []
        }
        let adviceIDs = framework.map(Self.adviceRuleIDs)
        var firstLine: [String: Int] = [:]
        var plan: [PlanItem] = []
        for entry in entries {
            guard let reader = ConfigReader(entry, format: ResponseFormat.planItem, sink: sink) else { continue }
            let id = reader.identifier("advice")
            let owner = optionalText(reader, "owner")
            let due = optionalText(reader, "due")
            if let due, let dueNode = reader["due"], !isDate(due) {
                sink.error(
                    .invalidDate, Message(nl: "'\(due)' is geen datum als 2026-09-01", en: "'\(due)' is not a date like 2026-09-01"),
                    fix: Message(nl: "schrijf de datum als JJJJ-MM-DD", en: "write the date as YYYY-MM-DD"), at: dueNode)
            }
            let status = reader["status"] == nil ? PlanStatus.planned : reader.choice("status").flatMap(PlanStatus.init(word:))
            let note = optionalText(reader, "note")
            guard let id, let idNode = reader["advice"] else { continue }
            if let framework, let adviceIDs, !adviceIDs.contains(id) {
                reportUnknownAdvice(id, at: idNode, framework: framework, adviceIDs: adviceIDs, sink: sink)
                continue
            }
            if let line = firstLine[id] {
                sink.error(
                    .duplicateAdvice,
                    Message(
                        nl: "advies '\(id)' staat twee keer in het actieplan (eerst op regel \(line))",
                        en: "advice '\(id)' appears twice in the action plan (first on line \(line))"),
                    fix: Message(nl: "houd één punt voor dit advies over", en: "keep one point for this advice"), at: idNode)
                continue
            }
            firstLine[id] = idNode.location.line
            guard let status, isDateOrAbsent(due) else { continue }
            let key = framework?.rules.first { $0.id == id }?.id ?? id
            plan.append(PlanItem(adviceID: key, owner: owner, due: due, status: status, note: note, location: entry.location))
        }
        return plan
    }

    /// The ids of the rules that give advice, in framework order: what a plan may name.
    public static func adviceRuleIDs(_ framework: Framework) -> [String] {
        framework.rules.filter { rule in rule.effects.contains { $0 is AdviceEffect } }.map(\.id)
    }

    /// A key whose empty value (`~`) counts as absent.
    private static func optionalText(_ reader: ConfigReader, _ key: String) -> String? {
        if let node = reader[key], node.isNull { return nil }
        return reader.string(key)
    }

    private static func isDateOrAbsent(_ text: String?) -> Bool { text.map(isDate) ?? true }

    /// An id that is no rule, or a rule that gives no advice: said differently, with the ids that do.
    private static func reportUnknownAdvice(
        _ id: String, at node: YAMLNode, framework: Framework, adviceIDs: [String], sink: DiagnosticSink
    ) {
        let what = Message(nl: "adviezen", en: "advice ids")
        if framework.rules.contains(where: { $0.id == id }) {
            sink.error(
                .unknownAdvice,
                Message(
                    nl: "regel '\(id)' van kader '\(framework.id)' geeft geen advies, dus hoort niet in het actieplan",
                    en: "rule '\(id)' of framework '\(framework.id)' gives no advice, so it cannot be in the action plan"),
                fix: Suggestion.fix(for: id, in: adviceIDs.filter { $0 != id }, what: what), at: node)
        } else {
            sink.error(
                .unknownAdvice,
                Message(
                    nl: "kader '\(framework.id)' heeft geen advies '\(id)'",
                    en: "framework '\(framework.id)' has no advice '\(id)'"),
                fix: Suggestion.fix(for: id, in: adviceIDs, what: what), at: node)
        }
    }
}
