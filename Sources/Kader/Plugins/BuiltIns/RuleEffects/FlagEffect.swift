/// `flag:` — a signal that needs attention: `{severity: critical|warning|info, text: ...}`.
public struct FlagEffect: RuleEffect {
    public static let name = "flag"
    public static let summary = Message(
        nl: "een signaal dat aandacht vraagt (kritiek, waarschuwing of info)",
        en: "a signal that needs attention (critical, warning or info)")
    public static let valueShape = ValueShape.named(
        "flag", summary: "A signal: {severity: critical | warning | info, text}, or a text (severity warning).",
        .either([.text, .object(format)]))

    /// The long form of the flag.
    static let format = ObjectFormat(
        "flagDetails", what: Message(nl: "het signaal", en: "the flag"), summary: "A signal with its severity.",
        keys: [
            KeySpec("severity", .words(of: Flag.Severity.self), default: "warning", "How serious it is."),
            KeySpec("text", .text, required: true, "The signal.")
        ])

    let severity: Flag.Severity
    let text: LocalizedText

    public static func make(_ node: YAMLNode, context: RuleEffectContext) -> FlagEffect? {
        let what = Message(nl: "het signaal van regel '\(context.ruleID)'", en: "the flag of rule '\(context.ruleID)'")
        guard node.mapping != nil, node["text"] != nil else {
            return ValueReader(sink: context.sink).localized(node, what: what).map { FlagEffect(severity: .warning, text: $0) }
        }
        guard let reader = ConfigReader(node, format: format, what: what, sink: context.sink),
            let text = reader.text("text", required: true)
        else { return nil }
        let severity = reader.choice("severity").flatMap(Flag.Severity.init(rawValue:)) ?? .warning
        return FlagEffect(severity: severity, text: text)
    }

    public var stage: RuleStage { .advice }

    public func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes) {
        outcomes.flags.append(Flag(firing, severity: severity, text: text))
    }
}
