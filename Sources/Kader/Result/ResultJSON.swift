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
    public static func describe<Output: JSONOutput>(_ result: AssessmentResult, language: Language, into out: inout Output) {
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
            overall(result.overall, &o)
            o.key("completeness")
            completeness(result.completeness, &o)
            o.key("domains")
            o.array(result.domains) { domain($1, language, &$0) }
            o.key("scores")
            o.array(result.scores) { score($1, language, &$0) }
            o.key("preconditions")
            o.array(result.preconditions) { precondition($1, language, &$0) }
            o.key("advice")
            o.array(result.advice) { advice($1, language, &$0) }
            o.key("strengths")
            o.array(result.strengths) { strength($1, language, &$0) }
            o.key("flags")
            o.array(result.flags) { flag($1, language, &$0) }
            o.key("rules")
            o.array(result.rules) { rule($1, language, &$0) }
            o.key("notices")
            o.array(result.notices) { notice($1, language, &$0) }
        }
    }

    private static func framework<Output: JSONOutput>(_ f: FrameworkSummary, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("id", f.id)
            o.field("version", f.version)
            o.field("title", f.title.text(in: language))
            o.field("answered_version", f.answeredVersion)
        }
    }

    private static func context<Output: JSONOutput>(_ fields: [(key: String, value: ContextValue)], _ out: inout Output) {
        out.object { o in
            for field in fields {
                o.key(field.key)
                switch field.value {
                case .text(let t): o.string(t)
                case .number(let n): o.number(n)
                }
            }
        }
    }

    private static func overall<Output: JSONOutput>(_ r: OverallResult, _ out: inout Output) {
        out.object { o in
            o.field("score_id", r.scoreID)
            o.field("score", r.score)
            o.field("status", r.status.rawValue)
            o.field("band_level", r.bandLevel)
            o.field("level", r.level)
            o.field("unmet_requirements", strings: r.unmetRequirements)
            o.field("capped_by", strings: r.cappedBy)
            o.field("grade", r.grade)
            o.key("passed")
            if let passed = r.passed { o.bool(passed) } else { o.null() }
        }
    }

    private static func score<Output: JSONOutput>(_ s: ScoreResult, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("id", s.id)
            o.field("title", s.title.text(in: language))
            o.field("score", s.score)
            o.field("status", s.status.rawValue)
            o.field("method", s.method)
            o.key("parts")
            o.array(s.parts) { out, part in
                out.object { p in
                    p.field("id", part.id)
                    p.field("score", part.score)
                    p.field("weight", part.weight)
                }
            }
        }
    }

    private static func precondition<Output: JSONOutput>(_ p: PreconditionResult, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("id", p.id)
            o.field("text", p.text.text(in: language))
            o.field("outcome", p.outcome.rawValue)
            o.field("advice", p.advice?.text(in: language))
            o.field("undecided_by", strings: p.undecidedBy)
        }
    }

    private static func advice<Output: JSONOutput>(_ a: Advice, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("rule", a.ruleID)
            o.field("domain", a.domainID)
            o.field("priority", a.priority.rawValue)
            o.field("effort", a.effort.rawValue)
            o.field("text", a.text.text(in: language))
            o.field("first_step", a.firstStep?.text(in: language))
            o.field("because", a.because?.text(in: language))
            o.field("sources", strings: a.sources)
            o.key("conditions")
            conditions(a.conditions, &o)
        }
    }

    private static func strength<Output: JSONOutput>(_ s: Strength, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("rule", s.ruleID)
            o.field("domain", s.domainID)
            o.field("text", s.text.text(in: language))
            o.field("because", s.because?.text(in: language))
            o.key("conditions")
            conditions(s.conditions, &o)
        }
    }

    private static func flag<Output: JSONOutput>(_ f: Flag, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("rule", f.ruleID)
            o.field("domain", f.domainID)
            o.field("severity", f.severity.rawValue)
            o.field("text", f.text.text(in: language))
            o.field("because", f.because?.text(in: language))
            o.key("conditions")
            conditions(f.conditions, &o)
        }
    }

    private static func rule<Output: JSONOutput>(_ r: RuleResult, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("id", r.id)
            o.field("outcome", r.outcome.rawValue)
            o.field("effects", strings: r.effects)
            o.field("undecided_by", strings: r.undecidedBy)
            o.field("because", r.because?.text(in: language))
        }
    }

    private static func notice<Output: JSONOutput>(_ n: Diagnostic, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("severity", n.severity.rawValue)
            o.field("code", n.code)
            o.field("message", n.message.text(in: language))
            o.field("location", n.location?.description)
        }
    }

    private static func completeness<Output: JSONOutput>(_ c: Completeness, _ out: inout Output) {
        out.object { o in
            o.field("percentage", Rounding(decimals: 1, mode: .halfUp).apply(c.percentage))
            o.field("relevant", Double(c.relevant))
            o.field("answered", Double(c.answered))
            o.field("unknown", Double(c.unknown))
            o.field("not_applicable", Double(c.notApplicable))
            o.field("unanswered", Double(c.unanswered))
            o.field("not_relevant", Double(c.notRelevant))
        }
    }

    private static func conditions<Output: JSONOutput>(_ nodes: [TraceNode], _ out: inout Output) {
        out.array(nodes) { out, node in
            out.object { o in
                o.field("condition", node.text)
                o.field("value", node.value.display)
                o.key("values")
                o.object { values in
                    for child in node.children {
                        values.key(child.text)
                        values.string(child.value.display)
                    }
                }
            }
        }
    }

    private static func domain<Output: JSONOutput>(_ d: DomainResult, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("id", d.id)
            o.field("title", d.title.text(in: language))
            o.field("role", d.role.rawValue)
            o.field("score", d.score)
            o.field("status", d.status.rawValue)
            o.field("points", d.points)
            o.field("max_points", d.maxPoints)
            o.field("prorated_points", d.proratedPoints)
            o.field("prorated_max_points", d.proratedMaxPoints)
            o.field("aggregator", d.aggregator)
            o.field("min_answered", Double(d.minAnswered))
            o.field("answered_items", Double(d.answeredItems))
            o.field("band_level", d.bandLevel)
            o.field("level", d.level)
            o.field("capped_by", strings: d.cappedBy)
            o.field("grade", d.grade)
            o.key("passed")
            if let passed = d.passed { o.bool(passed) } else { o.null() }
            o.key("completeness")
            completeness(d.completeness, &o)
            o.key("items")
            o.array(d.items) { item($1, language, &$0) }
        }
    }

    private static func item<Output: JSONOutput>(_ item: ItemResult, _ language: Language, _ out: inout Output) {
        out.object { o in
            o.field("id", item.questionID)
            o.field("text", item.text.text(in: language))
            o.field("state", item.state.rawValue)
            o.key("answer")
            answer(item.answer, &o)
            o.field("answer_text", item.display?.text(in: language))
            o.field("points", item.points)
            o.field("max_points", item.maxPoints)
            o.field("score", item.score.map { Rounding(decimals: 2, mode: .halfUp).apply($0) })
            o.field("weight", item.weight)
            o.field("reverse", item.reverse)
            o.field("critical", item.critical)
            o.field("note", item.note)
            o.field("evidence", item.evidence)
        }
    }

    private static func answer<Output: JSONOutput>(_ value: AnswerValue?, _ out: inout Output) {
        switch value {
        case nil, .unanswered?: out.null()
        case .option(let id)?: out.string(id)
        case .options(let ids)?: out.array(ids) { $0.string($1) }
        case .bool(let b)?: out.bool(b)
        case .number(let n)?: out.number(n)
        case .text(let t)?: out.string(t)
        case .unknown?: out.string("weet_niet")
        case .notApplicable?: out.string("nvt")
        }
    }
}
