import Kader

/// `bespreekpunt:` — a point for the agenda of the next meeting (of the board, the education
/// committee, the colleagues who filled in the scan), with whom to invite for it:
///
/// ```yaml
/// rules:
///   - id: jeugdteam_weinig_gezien
///     when: "percentage(gezien, context.kinderen) < 50"
///     because: {nl: "Het jeugdteam zag {gezien} kinderen.", en: "The youth team saw {gezien} children."}
///     bespreekpunt:
///       text: {nl: Hoe bereiken we meer kinderen op de locatie?, en: How do we reach more children at the location?}
///       with: {nl: het jeugdteam, en: the youth team}
/// ```
///
/// or just the text: `bespreekpunt: {nl: ..., en: ...}`. Where advice says what to do, a point
/// for discussion says what to talk about first. The result lists the points in
/// `other_outcomes`; reports show them under "Bespreekpunten voor het volgende overleg".
public struct DiscussionPointEffect: RuleEffect {
    public static let name = "bespreekpunt"
    public static let summary = Message(
        nl: "een punt voor de agenda van het volgende overleg, met wie erbij moet",
        en: "a point for the agenda of the next meeting, with whom to invite")
    /// The heading reports list the points under.
    public static let heading = LocalizedText(nl: "Bespreekpunten voor het volgende overleg", en: "Points for the next meeting")
    public static let valueShape = ValueShape.named(
        "bespreekpunt", summary: "A point for the next meeting: a text, or {text, with}.", .either([.text, .object(format)]))

    /// The long form.
    static let format = ObjectFormat(
        "discussionPoint", what: Message(nl: "het bespreekpunt", en: "the point for discussion"), summary: "A point for the next meeting.",
        keys: [
            KeySpec("text", .text, required: true, "What to talk about."),
            KeySpec("with", .text, "Whom to invite for it.")
        ])

    /// What to talk about.
    public let text: LocalizedText
    /// Whom to invite for it.
    public let with: LocalizedText?

    public static func make(_ node: YAMLNode, context: RuleEffectContext) -> DiscussionPointEffect? {
        let what = Message(nl: "het bespreekpunt van regel '\(context.ruleID)'", en: "the point for discussion of rule '\(context.ruleID)'")
        guard node.mapping != nil, node["text"] != nil else {
            return ValueReader(sink: context.sink).localized(node, what: what).map { DiscussionPointEffect(text: $0, with: nil) }
        }
        guard let reader = ConfigReader(node, format: format, what: what, sink: context.sink),
            let text = reader.text("text", required: true)
        else { return nil }
        return DiscussionPointEffect(text: text, with: reader.text("with"))
    }

    public var stage: RuleStage { .advice }

    public func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes) {
        outcomes.other.append(OtherOutcome(firing, effect: Self.name, heading: Self.heading, text: agendaText))
    }

    /// The point as the agenda says it: "Hoe bereiken we meer kinderen? (met het jeugdteam)".
    var agendaText: LocalizedText {
        guard let with else { return text }
        return LocalizedText(
            nl: text.text(in: .nl) + " (met \(with.text(in: .nl)))",
            en: text.text(in: .en) + " (with \(with.text(in: .en)))")
    }
}
