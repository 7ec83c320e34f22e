import Kader

/// Rows for a spreadsheet: one row per domain (per item with `--rows items`, per piece of advice
/// with `--rows advice`, per point of the action plan with `--rows plan`, per question to find
/// out with `--rows find-out`) for a result; one row per
/// domain for comparisons (or with `--rows advice` each piece of advice with what became of it,
/// with `--rows plan` each point of the earlier plan with what became of it);
/// the ranking for a group; one row per question for
/// combined answers. Cells are quoted as RFC 4180 says, and a cell that starts like a formula
/// (`=`, `+`, `-`, `@`, also after spaces or in full width) gets a leading apostrophe so no
/// spreadsheet runs it (``Escape/csvCell(_:isNumber:)``).
public struct CSVRenderer: Renderer {
    /// `--format csv`.
    public static let name = "csv"
    /// What it produces.
    public static let summary = Message(
        nl: "rijen voor een spreadsheet, per domein of per vraag; veilig tegen formules",
        en: "rows for a spreadsheet, per domain or per question; safe against formulas")
    /// Creates the renderer.
    public init() {}

    func line(_ cells: [String], _ options: RenderOptions) -> String {
        cells.joined(separator: String(options.delimiter)) + "\r\n"
    }
    func text(_ value: String?) -> String { Escape.csvCell(value ?? "") }
    /// `true`, `false`, or empty when there is nothing to say (no grade).
    func flag(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }
    func number(_ value: Double?) -> String { value.map { Escape.csvCell(ExpressionFormat.number($0), isNumber: true) } ?? "" }

    /// Completeness as a percentage with one decimal and the four counts.
    private func completeness(_ c: Completeness) -> [String] {
        [number((c.percentage * 10).rounded() / 10)] + [c.answered, c.unknown, c.notApplicable, c.unanswered].map { number(Double($0)) }
    }

    /// One row per domain and one for the total, or with `--rows items` one row per question, or
    /// with `--rows advice` one row per piece of advice in the order to act on it, its `focus`
    /// saying `begin_here` or `later` (empty when the framework sets no focus).
    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        let who = [text(result.respondent), text(result.date)]
        switch options.rows {
        case .domains:
            var out = line(
                [
                    "respondent", "date", "domain_id", "domain", "role", "score", "level", "grade", "completeness", "answered",
                    "unknown", "not_applicable", "unanswered", "level_note", "grade_capped"
                ], options)
            for d in result.domains {
                out += line(
                    who + [
                        text(d.id), text(v.text(d.title)), text(d.role.rawValue), number(d.score),
                        text(d.level.map { v.level($0, domain: d.id) }), number(d.grade)
                    ] + completeness(d.completeness)
                        + [text(d.levelNote.map(v.text)), flag(d.gradeCapped)], options)
            }
            // Derived scores (not the overall, which has its own row), with role `score`; completeness is the domains'.
            for s in result.scores where s.id != result.overall.scoreID {
                out += line(
                    who + [
                        text(s.id), text(v.text(s.title)), text("score"), number(s.score), text(s.band.map { v.band($0, of: s.id) }),
                        text("")
                    ]
                        + Array(repeating: text(""), count: 7), options)
            }
            let overall = result.overall
            out += line(
                who + [
                    text("overall"), text(v.say("Totaal", "Overall")), text(""), number(overall.score),
                    text(overall.level.map(v.level)), number(overall.grade)
                ] + completeness(result.completeness)
                    + [text(overall.levelNote.map(v.text)), flag(overall.gradeCapped)], options)
            return out
        case .items:
            var out = line(
                [
                    "respondent", "date", "domain_id", "question_id", "question", "state", "answer", "points", "max_points",
                    "score", "note", "evidence"
                ], options)
            for d in result.domains {
                for item in d.items {
                    out += line(
                        who + [
                            text(d.id), text(item.questionID), text(v.text(item.text)), text(item.state.rawValue),
                            text(item.display.map(v.text)), number(item.points), number(item.maxPoints),
                            number(item.score.map { ($0 * 100).rounded() / 100 }), text(item.note), text(item.evidence)
                        ],
                        options)
                }
            }
            return out
        case .advice:
            var out = line(
                ["respondent", "date", "number", "focus", "priority", "effort", "domain_id", "advice", "first_step", "because"],
                options)
            for (index, advice) in result.advice.enumerated() {
                let focus = result.isInFocus(index).map { $0 ? "begin_here" : "later" }
                out += line(
                    who + [
                        number(Double(index + 1)), text(focus), text(advice.priority.rawValue), text(advice.effort.rawValue),
                        text(advice.domainID), text(v.text(advice.text)), text(advice.firstStep.map(v.text)),
                        text(advice.because.map(v.text))
                    ], options)
            }
            return out
        case .plan:
            var out = line(["respondent", "date", "advice_id", "domain_id", "advice", "given", "owner", "due", "status", "note"], options)
            for planned in result.plan {
                let item = planned.item
                out += line(
                    who + [
                        text(item.adviceID), text(planned.domainID), text(v.text(planned.text)), flag(planned.isGiven),
                        text(item.owner), text(item.due), text(item.status.rawValue), text(item.note)
                    ], options)
            }
            return out
        case .findOut:
            var out = line(["respondent", "date", "domain_id", "question_id", "question", "state", "critical", "waiting_advice"], options)
            for item in result.findOut {
                out += line(
                    who + [
                        text(item.domainID), text(item.questionID), text(v.text(item.text)), text(item.state.rawValue),
                        flag(item.critical), text(item.waitingAdvice.map(v.text).joined(separator: " | "))
                    ], options)
            }
            return out
        }
    }

    /// The ranking, with every domain's score.
    public func render(_ g: GroupSummary, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var out = line(["rank", "name", "date", "overall", "level", "grade"] + framework.domains.map { text($0.id) }, options)
        for (index, rank) in g.ranking.enumerated() {
            out += line(
                [
                    number(Double(index + 1)), text(rank.label), text(rank.date), number(rank.score), text(rank.level.map(v.level)),
                    number(rank.grade)
                ] + rank.domainScores.map(number), options)
        }
        return out
    }

    /// One row per question: each colleague's answer, how far apart they are, and the combined one.
    public func render(_ c: Consensus, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var out = line(
            ["domain_id", "question_id", "question"] + c.respondents.map(text) + ["agreement", "spread", "combined", "rule", "given_by"],
            options)
        for item in c.items {
            out += line(
                [text(item.domainID), text(item.questionID), text(v.text(item.text))] + item.answers.map { text($0.map(v.text)) }
                    + [
                        text(item.agreement.rawValue), number(item.spread.map { ($0 * 10).rounded() / 10 }),
                        text(item.combined.map(v.text)), text(item.rule.rawValue), text(item.givenBy.joined(separator: "; "))
                    ], options)
        }
        return out
    }
}
