/// The stable JSON form of a result, documented in `docs/result.md`.
///
/// Texts are given in one language, chosen by the caller; ids, numbers and states are the same
/// in every language. Keys always come in the same order, so equal results give equal bytes.
public enum ResultJSON {
    /// The schema version of this JSON form.
    public static let formatVersion = 1

    /// The result as JSON.
    public static func encode(_ result: AssessmentResult, language: Language) -> JSONValue {
        let head: [(String, JSONValue)] = [
            ("kader_result", .number(Double(formatVersion))),
            ("language", .string(language.rawValue)),
            ("framework", framework(result.framework, language)),
            ("respondent", .string(result.respondent)),
            ("organisation", .string(result.organisation)),
            ("date", .string(result.date)),
            ("context", context(result.context)),
            ("overall", overall(result.overall)),
            ("completeness", completeness(result.completeness)),
        ]
        let body: [(String, JSONValue)] = [
            ("domains", .array(result.domains.map { domain(of: $0, language: language) })),
            ("scores", .array(result.scores.map { score($0, language) })),
            ("preconditions", .array(result.preconditions.map { precondition($0, language) })),
            ("advice", .array(result.advice.map { advice($0, language) })),
            ("strengths", .array(result.strengths.map { strength($0, language) })),
            ("flags", .array(result.flags.map { flag($0, language) })),
            ("rules", .array(result.rules.map { rule($0, language) })),
            ("notices", .array(result.notices.map { notice($0, language) })),
        ]
        return .object(head + body)
    }

    private static func text(_ t: LocalizedText?, _ language: Language) -> JSONValue { .string(t?.text(in: language)) }
    private static func strings(_ items: [String]) -> JSONValue { .array(items.map { JSONValue.string($0) }) }

    static func framework(_ f: FrameworkSummary, _ language: Language) -> JSONValue {
        .object([("id", .string(f.id)), ("version", .string(f.version)), ("title", text(f.title, language)),
                 ("answered_version", .string(f.answeredVersion))])
    }

    static func context(_ fields: [(key: String, value: ContextValue)]) -> JSONValue {
        .object(fields.map { field -> (String, JSONValue) in
            switch field.value {
            case .text(let t): return (field.key, .string(t))
            case .number(let n): return (field.key, .number(n))
            }
        })
    }

    static func overall(_ o: OverallResult) -> JSONValue {
        let passed: JSONValue = o.passed.map { JSONValue.bool($0) } ?? .null
        return .object([
            ("score_id", .string(o.scoreID)), ("score", .number(o.score)), ("status", .string(o.status.rawValue)),
            ("band_level", .string(o.bandLevel)), ("level", .string(o.level)), ("unmet_requirements", strings(o.unmetRequirements)),
            ("capped_by", strings(o.cappedBy)), ("grade", .number(o.grade)), ("passed", passed),
        ])
    }

    static func score(_ s: ScoreResult, _ language: Language) -> JSONValue {
        let parts: [JSONValue] = s.parts.map { .object([("id", .string($0.id)), ("score", .number($0.score)), ("weight", .number($0.weight))]) }
        return .object([("id", .string(s.id)), ("title", text(s.title, language)), ("score", .number(s.score)),
                        ("status", .string(s.status.rawValue)), ("method", .string(s.method)), ("parts", .array(parts))])
    }

    static func precondition(_ p: PreconditionResult, _ language: Language) -> JSONValue {
        .object([("id", .string(p.id)), ("text", text(p.text, language)), ("outcome", .string(p.outcome.rawValue)),
                 ("advice", text(p.advice, language)), ("undecided_by", strings(p.undecidedBy))])
    }

    static func advice(_ a: Advice, _ language: Language) -> JSONValue {
        .object([
            ("rule", .string(a.ruleID)), ("domain", .string(a.domainID)), ("priority", .string(a.priority.rawValue)),
            ("effort", .string(a.effort.rawValue)), ("text", text(a.text, language)), ("first_step", text(a.firstStep, language)),
            ("because", text(a.because, language)), ("sources", strings(a.sources)), ("conditions", conditions(a.conditions)),
        ])
    }

    static func strength(_ s: Strength, _ language: Language) -> JSONValue {
        .object([("rule", .string(s.ruleID)), ("domain", .string(s.domainID)), ("text", text(s.text, language)),
                 ("because", text(s.because, language)), ("conditions", conditions(s.conditions))])
    }

    static func flag(_ f: Flag, _ language: Language) -> JSONValue {
        .object([("rule", .string(f.ruleID)), ("domain", .string(f.domainID)), ("severity", .string(f.severity.rawValue)),
                 ("text", text(f.text, language)), ("because", text(f.because, language)), ("conditions", conditions(f.conditions))])
    }

    static func rule(_ r: RuleResult, _ language: Language) -> JSONValue {
        .object([("id", .string(r.id)), ("outcome", .string(r.outcome.rawValue)), ("effects", strings(r.effects)),
                 ("undecided_by", strings(r.undecidedBy)), ("because", text(r.because, language))])
    }

    static func notice(_ n: Diagnostic, _ language: Language) -> JSONValue {
        .object([("severity", .string(n.severity.rawValue)), ("code", .string(n.code)), ("message", .string(n.message.text(in: language))),
                 ("location", .string(n.location?.description))])
    }

    static func completeness(_ c: Completeness) -> JSONValue {
        .object([
            ("percentage", .number(Rounding(decimals: 1, mode: .halfUp).apply(c.percentage))), ("relevant", .number(Double(c.relevant))),
            ("answered", .number(Double(c.answered))), ("unknown", .number(Double(c.unknown))),
            ("not_applicable", .number(Double(c.notApplicable))), ("unanswered", .number(Double(c.unanswered))),
            ("not_relevant", .number(Double(c.notRelevant))),
        ])
    }

    static func conditions(_ nodes: [TraceNode]) -> JSONValue {
        .array(nodes.map { node in
            .object([("condition", .string(node.text)), ("value", .string(node.value.display)),
                     ("values", .object(node.children.map { ($0.text, .string($0.value.display)) }))])
        })
    }

    static func domain(of d: DomainResult, language: Language) -> JSONValue {
        func text(_ t: LocalizedText?) -> JSONValue { .string(t?.text(in: language)) }
        let passed: JSONValue = d.passed.map { JSONValue.bool($0) } ?? .null
        let items: [JSONValue] = d.items.map { item(of: $0, language: language) }
        return .object([
            ("id", .string(d.id)), ("title", text(d.title)), ("role", .string(d.role.rawValue)),
            ("score", .number(d.score)), ("status", .string(d.status.rawValue)),
            ("points", .number(d.points)), ("max_points", .number(d.maxPoints)),
            ("prorated_points", .number(d.proratedPoints)), ("prorated_max_points", .number(d.proratedMaxPoints)),
            ("aggregator", .string(d.aggregator)), ("min_answered", .number(Double(d.minAnswered))), ("answered_items", .number(Double(d.answeredItems))),
            ("band_level", .string(d.bandLevel)), ("level", .string(d.level)), ("capped_by", strings(d.cappedBy)),
            ("grade", .number(d.grade)), ("passed", passed),
            ("completeness", completeness(d.completeness)),
            ("items", .array(items)),
        ])
    }

    static func item(of item: ItemResult, language: Language) -> JSONValue {
        func text(_ t: LocalizedText?) -> JSONValue { .string(t?.text(in: language)) }
        let score: Double? = item.score.map { Rounding(decimals: 2, mode: .halfUp).apply($0) }
        return .object([
                    ("id", .string(item.questionID)), ("text", text(item.text)), ("state", .string(item.state.rawValue)),
                    ("answer", answer(item.answer)), ("answer_text", text(item.display)),
                    ("points", .number(item.points)), ("max_points", .number(item.maxPoints)),
                    ("score", .number(score)),
                    ("weight", .number(item.weight)), ("reverse", .bool(item.reverse)), ("critical", .bool(item.critical)),
                    ("note", .string(item.note)), ("evidence", .string(item.evidence)),
        ])
    }

    static func answer(_ value: AnswerValue?) -> JSONValue {
        switch value {
        case nil, .unanswered?: .null
        case .option(let id)?: .string(id)
        case .options(let ids)?: .array(ids.map(JSONValue.string))
        case .bool(let b)?: .bool(b)
        case .number(let n)?: .number(n)
        case .text(let t)?: .string(t)
        case .unknown?: .string("weet_niet")
        case .notApplicable?: .string("nvt")
        }
    }
}
