/// Domains, their items and the answers, in the result JSON (docs/result.md).
extension ResultJSON {
    static func domain<Output: JSONOutput & ~Copyable>(_ d: borrowing DomainResult, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("id", d.id)
        out.field("title", d.title.text(in: language))
        out.field("role", d.role.rawValue)
        out.field("score", d.score)
        out.field("status", d.status.rawValue)
        out.field("points", d.points)
        out.field("max_points", d.maxPoints)
        out.field("prorated_points", d.proratedPoints)
        out.field("prorated_max_points", d.proratedMaxPoints)
        out.field("aggregator", d.aggregator)
        out.field("min_answered", Double(d.minAnswered))
        out.field("answered_items", Double(d.answeredItems))
        out.field("band_level", d.bandLevel)
        out.field("level", d.level)
        out.field("capped_by", strings: d.cappedBy)
        out.field("level_note", d.levelNote?.text(in: language))
        out.field("grade", d.grade)
        out.key("grade_capped")
        if let capped = d.gradeCapped { out.bool(capped) } else { out.null() }
        out.key("passed")
        if let passed = d.passed { out.bool(passed) } else { out.null() }
        out.key("completeness")
        completeness(d.completeness, &out)
        out.key("items")
        out.array(d.items) { item($1, language, &$0) }
        scale(d.scale, d.range, &out)
        out.endObject()
    }

    private static func item<Output: JSONOutput & ~Copyable>(_ item: borrowing ItemResult, _ language: Language, _ out: inout Output) {
        out.beginObject()
        out.field("id", item.questionID)
        out.field("text", item.text.text(in: language))
        out.field("state", item.state.rawValue)
        out.key("answer")
        answer(item.answer, &out)
        out.field("answer_text", item.display(in: language))
        out.field("points", item.points)
        out.field("max_points", item.maxPoints)
        out.field("score", item.score.map { Rounding(decimals: 2, mode: .halfUp).apply($0) })
        out.field("weight", item.weight)
        out.field("reverse", item.reverse)
        out.field("critical", item.critical)
        out.field("note", item.note)
        out.field("evidence", item.evidence)
        out.endObject()
    }

    private static func answer<Output: JSONOutput & ~Copyable>(_ value: AnswerValue?, _ out: inout Output) {
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
