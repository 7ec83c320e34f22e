/// `advice:` — an improvement point with priority, effort, a first step and sources.
///
/// ```yaml
/// advice:
///   text: {nl: Stel een onderwijscommissie in., en: Set up an education committee.}
///   first_step: {nl: ..., en: ...}
///   priority: high        # critical | high | medium | low
///   effort: quick_win     # quick_win | moderate | structural
///   sources: [kis2022]
/// ```
public struct AdviceEffect: RuleEffect {
    public static let name = "advice"
    public static let summary = Message(
        nl: "een verbeterpunt met prioriteit, inspanning, eerste stap en bronnen",
        en: "an improvement point with priority, effort, first step and sources")
    public static let valueShape = ValueShape.named(
        "advice",
        summary: "An improvement point: a text (priority medium, effort moderate), or {text, first_step, priority, effort, sources}.",
        .either([.text, .object(format)]))

    /// The long form of the advice.
    static let format = ObjectFormat(
        "adviceDetails", what: Message(nl: "het advies", en: "the advice"), summary: "An improvement point with what to do.",
        keys: [
            KeySpec("text", .text, required: true, "The improvement point."),
            KeySpec("first_step", .text, "A first concrete step."),
            KeySpec("priority", .words(of: Priority.self), default: "medium", "How urgent it is; critical advice comes first."),
            KeySpec("effort", .words(of: Effort.self), default: "moderate", "How much work it is; quick wins come before structural work."),
            KeySpec("sources", .ids, "Source ids."),
            KeySpec(
                "resources", .ids,
                "Ids of the framework's documents this advice presumes (a model code of conduct); "
                    + "reports show them beside the advice.")
        ])

    /// What the advice says, made once: every piece of advice this effect gives holds it.
    let content: AdviceContent

    var text: LocalizedText { content.text }
    var firstStep: LocalizedText? { content.firstStep }
    var priority: Priority { content.priority }
    var effort: Effort { content.effort }
    var sources: [String] { content.sources }
    var resources: [String] { content.resources }

    init(text: LocalizedText, firstStep: LocalizedText?, priority: Priority, effort: Effort, sources: [String], resources: [String]) {
        content = AdviceContent(
            text: text, firstStep: firstStep, priority: priority, effort: effort, sources: sources, resources: resources)
    }

    public static func make(_ node: YAMLNode, context: RuleEffectContext) -> AdviceEffect? {
        let what = Message(nl: "het advies van regel '\(context.ruleID)'", en: "the advice of rule '\(context.ruleID)'")
        guard node.mapping != nil, node["text"] != nil else {
            return ValueReader(sink: context.sink).localized(node, what: what).map {
                AdviceEffect(text: $0, firstStep: nil, priority: .medium, effort: .moderate, sources: [], resources: [])
            }
        }
        guard let reader = ConfigReader(node, format: format, what: what, sink: context.sink),
            let text = reader.text("text", required: true)
        else { return nil }
        let priority = reader.choice("priority").flatMap(Priority.init(rawValue:)) ?? .medium
        let effort = reader.choice("effort").flatMap(Effort.init(rawValue:)) ?? .moderate
        let sources = ReferenceCheck.sources(reader.identifiers("sources") ?? [], context: context)
        let resources = ReferenceCheck.resources(reader.identifiers("resources") ?? [], context: context)
        return AdviceEffect(
            text: text, firstStep: reader.text("first_step"), priority: priority, effort: effort, sources: sources,
            resources: resources)
    }

    public var stage: RuleStage { .advice }

    public func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes) {
        outcomes.advice.append(Advice(firing, content: content))
    }
}

/// Checks that the ids advice cites are declared: its sources, and the documents it presumes
/// (the framework's `resources:`).
enum ReferenceCheck {
    /// The source ids among `ids`; an error with "did you mean" for each unknown one.
    static func sources(_ ids: [(String, YAMLNode)], context: RuleEffectContext) -> [String] {
        known(
            ids, among: context.sourceIDs, sink: context.sink,
            unknown: { Message(nl: "onbekende bron '\($0)'", en: "unknown source '\($0)'") }, what: Message(nl: "bronnen", en: "sources"))
    }

    /// The document ids among `ids`; an error with "did you mean" for each unknown one.
    static func resources(_ ids: [(String, YAMLNode)], context: RuleEffectContext) -> [String] {
        known(
            ids, among: context.resourceIDs, sink: context.sink,
            unknown: { Message(nl: "onbekend document '\($0)'", en: "unknown document '\($0)'") },
            what: Message(nl: "documenten onder 'resources'", en: "documents under 'resources'"))
    }

    private static func known(
        _ ids: [(String, YAMLNode)], among declared: [String], sink: DiagnosticSink,
        unknown: (String) -> Message, what: Message
    ) -> [String] {
        ids.compactMap { id, node in
            guard declared.contains(id) else {
                sink.error(.unknownReference, unknown(id), fix: Suggestion.fix(for: id, in: declared, what: what), at: node)
                return nil
            }
            return id
        }
    }
}
