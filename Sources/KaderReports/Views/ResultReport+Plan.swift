import Kader

/// The respondent's action plan in a result's report, and the check of an earlier plan in a
/// comparison over time.
extension Report where Subject == AssessmentResult {
    /// The advice chosen to work on: who, by when, how far, and the note.
    public var plan: Block? {
        guard !result.plan.isEmpty else { return nil }
        let say = words.say
        let rows = result.plan.map { planned -> Table.Row in
            var advice = RichText(words.text(planned.text))
            if !planned.isGiven {
                advice.inlines += [" ", .tone(.muted, "(" + say("nu niet meer als advies gegeven", "no longer given as advice") + ")")]
            }
            return Table.Row([.text(advice)] + words.planCells(planned.item))
        }
        return .section(id: "plan", title: say("Actieplan", "Action plan"), [.table(Table(columns: words.planColumns(), rows: rows))])
    }
}

extension Report where Subject == Comparison {
    /// Over time: each point of the first scan's plan beside what became of its advice.
    var planReview: Block? {
        let c = comparison
        guard !c.planReview.isEmpty else { return nil }
        let say = words.say
        let columns =
            words.planColumns(status: say("Status toen", "Status then"))
            + [Table.Column(say("Status nu", "Status now")), Table.Column(say("Wat ervan werd", "What became of it"))]
        let rows = c.planReview.map { review -> Table.Row in
            let now: Table.Cell = .plain(review.latest.map { $0.item.status.label(in: words.language) } ?? "—")
            return Table.Row(
                [.plain(words.text(review.planned.text))] + words.planCells(review.planned.item)
                    + [now, .text(words.outcome(review.followUp, in: c))])
        }
        let when = c.columns.first?.date.map { " (\($0))" } ?? ""
        return .section(
            id: "plan-review", title: say("Het actieplan van vorige keer", "Last time's action plan") + when,
            [.table(Table(columns: columns, rows: rows))])
    }
}

extension Vocabulary {
    /// The columns of a plan: advice, who, by when, status, note.
    func planColumns(status: String? = nil) -> [Table.Column] {
        [
            Table.Column(say("Advies", "Advice"), isProse: true), Table.Column(say("Wie", "Who"), maxWidth: 24),
            Table.Column(say("Wanneer", "When")), Table.Column(status ?? say("Status", "Status")),
            Table.Column(say("Toelichting", "Note"), holdsNotes: true)
        ]
    }

    /// A plan item's who, when, status and note, as cells of ``planColumns(status:)``.
    func planCells(_ item: PlanItem) -> [Table.Cell] {
        [
            .plain(item.owner ?? "—"), item.due.map { .text([.date($0)]) } ?? .plain("—"), .plain(item.status.label(in: language)),
            .plain(item.note ?? "")
        ]
    }

    /// What became of a planned advice, in a tone that says whether it is good news; advice that
    /// no longer applies says why.
    func outcome(_ followUp: AdviceFollowUp, in comparison: Comparison) -> RichText {
        switch followUp.outcome {
        case .resolved: [.tone(.good, say("opgelost", "resolved"))]
        case .stillOpen: [.tone(.warning, say("nog open", "still open"))]
        case .undecided: [.tone(.info, say("niet te beoordelen: antwoorden ontbreken", "cannot tell: answers are missing"))]
        case .noLongerApplies: [.tone(.muted, say("vervallen: ", "no longer applies: ") + lapse(followUp, in: comparison))]
        }
    }
}
