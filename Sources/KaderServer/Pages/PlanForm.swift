import Kader
import KaderReports

/// On the result page: the action plan to fill in. Each advice of the result (and each point
/// planned earlier whose advice is no longer given) with a box "we work on this", who, by when,
/// how far, and a note; one button saves the whole plan. Links to the history and the comparison
/// with last time come first.
struct PlanForm {
    let sheet: ScanSheet
    let result: AssessmentResult
    let language: Language
    /// The form's one-time id (a second send is a duplicate, nothing written again).
    let nonce: String

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let base = "/s/\(sheet.scan.token.text)"
        main.element("nav", [.id("history-links"), HTMLAttribute("aria-label", say("Eerdere scans", "Earlier scans"))]) { nav in
            nav.element("ul") { list in
                list.element("li") {
                    $0.element(
                        "a", [.id("history-link"), HTMLAttribute("href", base + "/history")],
                        text: say("Alle scans van deze organisatie met dit kader", "All scans of this organisation with this framework"))
                }
                list.element("li") {
                    $0.element(
                        "a", [.id("compare-link"), HTMLAttribute("href", base + "/compare")],
                        text: say("Vergelijk met vorige keer", "Compare with last time"))
                }
            }
        }
        main.newline()
        let planned = Dictionary(result.plan.map { ($0.adviceID, $0) }, uniquingKeysWith: { first, _ in first })
        let given = result.advice.map { (id: $0.ruleID, text: $0.text) }
        let earlier = result.plan.filter { !$0.isGiven }.map { (id: $0.adviceID, text: $0.text) }
        main.element("section", [.id("plan-form"), HTMLAttribute("aria-labelledby", "plan-form-title")]) { section in
            section.element("h2", [.id("plan-form-title")], text: say("Actieplan maken", "Make an action plan"))
            guard !(given + earlier).isEmpty else {
                section.element(
                    "p",
                    text: say(
                        "Deze uitslag geeft geen advies, dus er is niets om in een actieplan te zetten.",
                        "This result gives no advice, so there is nothing to put in an action plan."))
                return
            }
            section.element(
                "p",
                text: say(
                    "Kies de adviezen waar u aan gaat werken (een paar is genoeg), "
                        + "met wie het oppakt, wanneer het klaar is en hoe ver het is. "
                        + "Het plan komt in het rapport en in het antwoordbestand; de volgende vergelijking laat zien wat ervan werd.",
                    "Choose the advice you will work on (a few is enough), who takes it on, when it is done and how far it is. "
                        + "The plan goes into the report and the response file; the next comparison shows what became of it."))
            section.postForm(base + "/plan", [.id("plan-edit")]) { form in
                form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "form"), HTMLAttribute("value", nonce)])
                for advice in given + earlier {
                    point(advice.id, text: advice.text.text(in: language), planned: planned[advice.id], into: &form)
                }
                form.element(
                    "button", [.id("save-plan"), HTMLAttribute("type", "submit")], text: say("Actieplan opslaan", "Save the action plan"))
            }
        }
    }

    /// One advice: a fieldset with the advice as its legend, folded open when it is planned.
    private func point(_ id: String, text: String, planned: PlannedAdvice?, into form: inout HTMLWriter) {
        let say = Say(language)
        let item = planned?.item
        form.element("fieldset", [.class("plan-point"), .id("plan-" + id)]) { set in
            set.element("legend", text: text)
            if let planned, !planned.isGiven {
                set.element(
                    "p", [.class("muted")],
                    text: say(
                        "Stond in het plan; deze uitslag geeft dit advies niet meer.",
                        "Was in the plan; this result no longer gives this advice."))
            }
            set.element("p") { p in
                p.void(
                    "input",
                    [
                        HTMLAttribute("type", "checkbox"), HTMLAttribute("name", "plan"), HTMLAttribute("value", id),
                        .id("plan-\(id)-chosen")
                    ] + (item == nil ? [] : [HTMLAttribute("checked", nil)]))
                p.element("label", [HTMLAttribute("for", "plan-\(id)-chosen")], text: " " + say("Hier werken we aan", "We work on this"))
            }
            field("owner", id, label: say("Wie pakt het op", "Who takes it on"), into: &set) { name, fieldID in
                [
                    HTMLAttribute("type", "text"), HTMLAttribute("name", name), .id(fieldID), HTMLAttribute("value", item?.owner ?? ""),
                    HTMLAttribute("autocomplete", "off")
                ]
            }
            field("due", id, label: say("Klaar op (JJJJ-MM-DD)", "Done by (YYYY-MM-DD)"), into: &set) { name, fieldID in
                [HTMLAttribute("type", "date"), HTMLAttribute("name", name), .id(fieldID), HTMLAttribute("value", item?.due ?? "")]
            }
            set.element("p") { p in
                p.element("label", [HTMLAttribute("for", "status-" + id)], text: say("Hoe ver", "How far"))
                p.element("select", [HTMLAttribute("name", "status." + id), .id("status-" + id)]) { select in
                    for status in PlanStatus.allCases {
                        let selected = status == (item?.status ?? .planned)
                        select.element(
                            "option", [HTMLAttribute("value", status.rawValue)] + (selected ? [HTMLAttribute("selected", nil)] : []),
                            text: status.label(in: language))
                    }
                }
            }
            set.element("p") { p in
                p.element("label", [HTMLAttribute("for", "plan-note-" + id)], text: say("Toelichting", "Note"))
                p.element(
                    "textarea", [HTMLAttribute("name", "plan-note." + id), .id("plan-note-" + id), HTMLAttribute("rows", "2")],
                    text: item?.note ?? "")
            }
        }
        form.newline()
    }

    /// A labelled input `NAME.<advice id>` with the element id `NAME-<advice id>`.
    private func field(
        _ name: String, _ id: String, label: String, into set: inout HTMLWriter,
        _ attributes: (String, String) -> [HTMLAttribute]
    ) {
        set.element("p") { p in
            p.element("label", [HTMLAttribute("for", "\(name)-\(id)")], text: label)
            p.void("input", attributes("\(name).\(id)", "\(name)-\(id)"))
        }
    }
}
