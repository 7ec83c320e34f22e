/// `flag:` — a signal that needs attention: `{severity: critical|warning|info, text: ...}`.
public struct FlagEffect: RuleEffect {
    public static let name = "flag"
    public static let summary = Message(nl: "een signaal dat aandacht vraagt (kritiek, waarschuwing of info)", en: "a signal that needs attention (critical, warning or info)")

    let severity: Flag.Severity
    let text: LocalizedText

    public static func make(_ node: YAMLNode, context: RuleEffectContext) -> FlagEffect? {
        let what = Message(nl: "het signaal van regel '\(context.ruleID)'", en: "the flag of rule '\(context.ruleID)'")
        guard node.mapping != nil, node["text"] != nil else {
            return ValueReader(sink: context.sink).localized(node, what: what).map { FlagEffect(severity: .warning, text: $0) }
        }
        guard let reader = ConfigReader(node, what: what, keys: ["severity", "text"], sink: context.sink),
              let text = reader.text("text", required: true) else { return nil }
        let severity = reader.choice("severity", from: Flag.Severity.allCases.map(\.rawValue)).flatMap(Flag.Severity.init(rawValue:)) ?? .warning
        return FlagEffect(severity: severity, text: text)
    }

    public var stage: RuleStage { .advice }

    public func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes) {
        outcomes.flags.append(Flag(origin: firing.origin, severity: severity, text: text, conditions: firing.conditions))
    }
}
