import Kader

/// The respondent's action plan in a result's report, and the check of an earlier plan in a
/// comparison over time.
extension Report where Subject == AssessmentResult {
    /// The advice chosen to work on: who, by when, how far, and the note.
    public var plan: Block? {
        guard !result.plan.isEmpty else { return nil }
        let t = words.t
        let rows = result.plan.map { planned -> Table.Row in
            var advice = RichText(words.text(planned.text))
            if !planned.isGiven {
                advice.inlines += [" ", .tone(.muted, "(" + t("nu niet meer als advies gegeven", "no longer given as advice") + ")")]
            }
            return Table.Row([.text(advice)] + words.planCells(planned.item))
        }
        return .section(id: "plan", title: t("Actieplan", "Action plan"), [.table(Table(columns: words.planColumns(), rows: rows))])
    }
}

extension Report where Subject == Comparison {
    /// Over time: each point of the first scan's plan beside what became of its advice.
    var planReview: Block? {
        let c = comparison
        guard !c.planReview.isEmpty else { return nil }
        let t = words.t
        let columns =
            words.planColumns(status: t("Status toen", "Status then"))
            + [Table.Column(t("Status nu", "Status now")), Table.Column(t("Wat ervan werd", "What became of it"))]
        let rows = c.planReview.map { review -> Table.Row in
            let now: Table.Cell = .plain(review.latest.map { $0.item.status.label(in: words.language) } ?? "—")
            return Table.Row(
                [.plain(words.text(review.planned.text))] + words.planCells(review.planned.item)
                    + [now, .text(words.outcome(review.followUp, in: c))])
        }
        let when = c.columns.first?.date.map { " (\($0))" } ?? ""
        return .section(
            id: "plan-review", title: t("Het actieplan van vorige keer", "Last time's action plan") + when,
            [.table(Table(columns: columns, rows: rows))])
    }
}

extension Vocabulary {
    /// The columns of a plan: advice, who, by when, status, note.
    func planColumns(status: String? = nil) -> [Table.Column] {
        [
            Table.Column(t("Advies", "Advice"), isProse: true), Table.Column(t("Wie", "Who"), maxWidth: 24),
            Table.Column(t("Wanneer", "When")), Table.Column(status ?? t("Status", "Status")),
            Table.Column(t("Toelichting", "Note"), holdsNotes: true)
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
        case .resolved: [.tone(.good, t("opgelost", "resolved"))]
        case .stillOpen: [.tone(.warning, t("nog open", "still open"))]
        case .undecided: [.tone(.info, t("niet te beoordelen: antwoorden ontbreken", "cannot tell: answers are missing"))]
        case .noLongerApplies: [.tone(.muted, t("vervallen: ", "no longer applies: ") + lapse(followUp, in: comparison))]
        }
    }
}
