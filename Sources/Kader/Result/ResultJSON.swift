/// The stable JSON form of a result, documented in `docs/result.md`.
///
/// Texts are given in one language, chosen by the caller; ids, numbers and states are the same
/// in every language. Keys always come in the same order, so equal results give equal bytes.
/// The form is described once (``describe(_:language:into:)``) and either built as a value or
/// written straight to a compact line.
public enum ResultJSON {
    /// The schema version of this JSON form.
    public static let formatVersion = 1

    /// The result as JSON.
    public static func encode(_ result: AssessmentResult, language: Language) -> JSONValue {
        var builder = JSONValueBuilder()
        describe(result, language: language, into: &builder)
        return builder.value ?? .null
    }

    /// The result as one line of compact JSON in UTF-8, without a line end: the bytes of
    /// `encode(result, language: language).serialized(compact: true)`, written directly (a
    /// batch writes thousands of these, so no tree of values and no string is built).
    public static func line(_ result: AssessmentResult, language: Language) -> [UInt8] {
        var writer = CompactJSONWriter(capacity: 65_536)
        describe(result, language: language, into: &writer)
        return writer.bytes
    }

    /// Describes `result` to `out`.
    public static func describe<Output: JSONOutput & ~Copyable>(_ result: AssessmentResult, language: Language, into out: inout Output) {
        out.object { o in
            o.field("kader_result", Double(formatVersion))
            o.field("language", language.rawValue)
            o.key("framework")
            framework(result.framework, language, &o)
            o.field("respondent", result.respondent)
            o.field("organisation", result.organisation)
            o.field("date", result.date)
            o.key("context")
            context(result.context, &o)
            o.key("overall")
            overall(result.overall, language, &o)
            o.key("completeness")
            completeness(result.completeness, &o)
            o.key("domains")
            o.array(result.domains) { domain($1, language, &$0) }
            o.key("scores")
            o.array(result.scores) { score($1, language, &$0) }
            o.key("preconditions")
            o.array(result.preconditions) { precondition($1, language, &$0) }
            o.key("advice")
            var position = 0
            o.array(result.advice) { out, item in
                advice(item, focus: result.isInFocus(position), language, &out)
                position += 1
            }
            o.key("find_out")
            o.array(result.findOut) { findOut($1, language, &$0) }
            o.key("plan")
            o.array(result.plan) { planned($1, language, &$0) }
            o.key("strengths")
            o.array(result.strengths) { strength($1, language, &$0) }
            o.key("flags")
            o.array(result.flags) { flag($1, language, &$0) }
            o.key("other_outcomes")
            o.array(result.otherOutcomes) { otherOutcome($1, language, &$0) }
            o.key("rules")
            o.array(result.rules) { rule($1, language, &$0) }
            o.key("notices")
            o.array(result.notices) { notice($1, language, &$0) }
        }
    }

    private static func framework<Output: JSONOutput & ~Copyable>(_ f: FrameworkSummary, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("id", f.id)
        out.field("version", f.version)
        out.field("title", f.title.text(in: language))
        out.field("answered_version", f.answeredVersion)
        out.endObject()
    }

    private static func context<Output: JSONOutput & ~Copyable>(_ fields: [(key: String, value: ContextValue)], _ out: inout Output) {
        out.beginObject()
        for field in fields {
            out.key(field.key)
            switch field.value {
            case .text(let t): out.string(t)
            case .number(let n): out.number(n)
            }
        }
        out.endObject()
    }

    private static func overall<Output: JSONOutput & ~Copyable>(_ r: OverallResult, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("score_id", r.scoreID)
        out.field("score", r.score)
        out.field("status", r.status.rawValue)
        out.field("band_level", r.bandLevel)
        out.field("level", r.level)
        out.field("unmet_requirements", strings: r.unmetRequirements)
        out.field("capped_by", strings: r.cappedBy)
        out.field("level_note", r.levelNote?.text(in: language))
        out.field("grade", r.grade)
        out.key("grade_capped")
        if let capped = r.gradeCapped { out.bool(capped) } else { out.null() }
        out.key("passed")
        if let passed = r.passed { out.bool(passed) } else { out.null() }
        scale(r.scale, r.range, &out)
        out.endObject()
    }

    private static func score<Output: JSONOutput & ~Copyable>(_ s: borrowing ScoreResult, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("id", s.id)
        out.field("title", s.title.text(in: language))
        out.field("score", s.score)
        out.field("status", s.status.rawValue)
        out.field("method", s.method)
        out.key("parts")
        out.array(s.parts) { out, part in
            out.beginObject()
            out.field("id", part.id)
            out.field("score", part.score)
            out.field("weight", part.weight)
            out.endObject()
        }
        scale(s.scale, s.range, &out)
        if let band = s.band { out.field("band", band) }
        out.endObject()
    }

    /// `scale` and `range` of a score on its own scale; a percentage (the default) has neither.
    static func scale<Output: JSONOutput & ~Copyable>(_ scale: ScoreScale, _ range: ScoreRange?, _ out: inout Output) {
        guard scale != .percent else { return }
        out.field("scale", scale.rawValue)
        guard let range else { return }
        out.key("range")
        out.beginObject()
        out.field("min", range.min)
        out.field("max", range.max)
        out.endObject()
    }

    private static func precondition<Output: JSONOutput & ~Copyable>(
        _ p: borrowing PreconditionResult, _ language: Language, _ out: inout Output
    ) {
        out.beginObject()
        out.field("id", p.id)
        out.field("text", p.text.text(in: language))
        out.field("outcome", p.outcome.rawValue)
        out.field("advice", p.advice?.text(in: language))
        out.field("undecided_by", strings: p.undecidedBy)
        out.endObject()
    }

    private static func advice<Output: JSONOutput & ~Copyable>(
        _ a: borrowing Advice, focus: Bool?, _ language: Language,
        _ out: inout Output
    ) {
        out.beginObject()
        given(by: a.ruleID, in: a.domainID, &out)
        out.field("focus", focus)
        out.field("priority", a.priority.rawValue)
        out.field("effort", a.effort.rawValue)
        out.field("text", a.text.text(in: language))
        out.field("first_step", a.firstStep?.text(in: language))
        out.field("because", a.reason?.text(in: language))
        out.field("sources", strings: a.sources)
        out.field("resources", strings: a.resources)
        out.key("conditions")
        conditions(a.conditions, &out)
        out.endObject()
    }

    private static func findOut<Output: JSONOutput & ~Copyable>(_ f: borrowing FindOut, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("question", f.questionID)
        out.field("domain", f.domainID)
        out.field("text", f.text.text(in: language))
        out.field("state", f.state.rawValue)
        out.field("critical", f.critical)
        out.field("waiting_advice", strings: f.waitingAdvice.compactMap { $0.text(in: language) })
        out.endObject()
    }

    private static func planned<Output: JSONOutput & ~Copyable>(_ p: borrowing PlannedAdvice, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("advice", p.adviceID)
        out.field("domain", p.domainID)
        out.field("text", p.text.text(in: language))
        out.field("given", p.isGiven)
        out.field("owner", p.item.owner)
        out.field("due", p.item.due)
        out.field("status", p.item.status.rawValue)
        out.field("note", p.item.note)
        out.endObject()
    }

    private static func strength<Output: JSONOutput & ~Copyable>(_ s: borrowing Strength, _ language: Language, _ out: inout Output) {
        out.beginObject()
        given(by: s.ruleID, in: s.domainID, &out)
        said(s.text, because: s.reason?.text(in: language), s.conditions, language, &out)
        out.endObject()
    }

    private static func flag<Output: JSONOutput & ~Copyable>(_ f: borrowing Flag, _ language: Language, _ out: inout Output) {
        out.beginObject()
        given(by: f.ruleID, in: f.domainID, &out)
        out.field("severity", f.severity.rawValue)
        said(f.text, because: f.reason?.text(in: language), f.conditions, language, &out)
        out.endObject()
    }

    private static func otherOutcome<Output: JSONOutput & ~Copyable>(
        _ o: borrowing OtherOutcome, _ language: Language,
        _ out: inout Output
    ) {
        out.beginObject()
        out.field("effect", o.effect)
        out.field("heading", o.heading.text(in: language))
        given(by: o.ruleID, in: o.domainID, &out)
        said(o.text, because: o.reason?.text(in: language), o.conditions, language, &out)
        out.endObject()
    }

    /// The rule that gave an outcome, and its domain.
    private static func given<Output: JSONOutput & ~Copyable>(by ruleID: String, in domainID: String?, _ out: inout Output) {
        out.field("rule", ruleID)
        out.field("domain", domainID)
    }

    /// What an outcome says, why its rule fired, and the conditions that decided it.
    private static func said<Output: JSONOutput & ~Copyable>(
        _ text: LocalizedText, because: String?, _ conditions: [TraceNode],
        _ language: Language, _ out: inout Output
    ) {
        out.field("text", text.text(in: language))
        out.field("because", because)
        out.key("conditions")
        Self.conditions(conditions, &out)
    }

    private static func rule<Output: JSONOutput & ~Copyable>(_ r: borrowing RuleResult, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("id", r.id)
        out.field("outcome", r.outcome.rawValue)
        out.field("effects", strings: r.effects)
        out.field("undecided_by", strings: r.undecidedBy)
        out.field("because", r.reason?.text(in: language))
        out.endObject()
    }

    private static func notice<Output: JSONOutput & ~Copyable>(_ n: borrowing Diagnostic, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("severity", n.severity.rawValue)
        out.field("code", n.code.rawValue)
        out.field("message", n.message.text(in: language))
        out.field("location", n.location?.description)
        out.endObject()
    }

    static func completeness<Output: JSONOutput & ~Copyable>(_ c: Completeness, _ out: inout Output) {
        out.beginObject()
        out.field("percentage", c.roundedPercentage)
        out.field("relevant", Double(c.relevant))
        out.field("answered", Double(c.answered))
        out.field("unknown", Double(c.unknown))
        out.field("not_applicable", Double(c.notApplicable))
        out.field("unanswered", Double(c.unanswered))
        out.field("not_relevant", Double(c.notRelevant))
        out.endObject()
    }

    private static func conditions<Output: JSONOutput & ~Copyable>(_ nodes: [TraceNode], _ out: inout Output) {
        out.array(nodes) { out, node in
            out.beginObject()
            out.field("condition", node.text)
            out.field("value", node.value.display)
            out.key("values")
            out.beginObject()
            for child in node.children {
                out.key(child.text)
                out.string(child.value.display)
            }
            out.endObject()
            out.endObject()
        }
    }
}
