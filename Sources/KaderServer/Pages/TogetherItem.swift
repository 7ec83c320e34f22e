import Kader
import KaderReports

/// One question in the owner's combined view: each colleague's answer and note side by side,
/// the proposed combined answer (the lowest one given for a critical item, marked as such, with
/// the notes of whoever gave it), the answer agreed so far, and the form to set it.
struct TogetherItem {
    let item: Consensus.Item
    let together: TogetherSheet
    let language: Language
    let nonce: String
    /// The agreed answer as typed when it did not fit, with why; nil otherwise.
    var rejected: PageAnswers.Rejected? = nil

    func render(into out: inout HTMLWriter) {
        let say = Say(language)
        let framework = together.owner.framework
        guard let question = framework.question(item.questionID) else { return }
        let id = item.questionID
        out.element(
            "article",
            [
                .class(item.critical ? "together-item critical" : "together-item"), .id("item-" + id),
                HTMLAttribute("aria-labelledby", "item-title-" + id)
            ]
        ) { article in
            article.element("h3", [.id("item-title-" + id)]) { h3 in
                h3.element("span", [.class("question-number")], text: framework.number(ofQuestion: id, in: language))
                h3.text(" " + question.text.text(in: language))
                if item.critical { h3.element("span", [.class("tag critical-tag")], text: " " + say("kritiek punt", "critical item")) }
            }
            article.element("table", [.class("colleague-answers")]) { table in
                table.element("thead") { head in
                    head.element("tr") { row in
                        for title in [say("Collega", "Colleague"), say("Antwoord", "Answer"), say("Toelichting", "Note")] {
                            row.element("th", [HTMLAttribute("scope", "col")], text: title)
                        }
                    }
                }
                table.element("tbody") { body in
                    for (index, name) in together.consensus.respondents.enumerated() {
                        let lowest = item.rule == .lowest && item.givenBy.contains(name)
                        body.element("tr", lowest ? [HTMLAttribute.class("lowest")] : [HTMLAttribute]()) { row in
                            row.element("th", [HTMLAttribute("scope", "row")], text: name)
                            row.element("td", text: item.answers[index]?.text(in: language) ?? "—")
                            row.element("td", text: item.notes[index] ?? "")
                        }
                    }
                }
            }
            proposal(into: &article)
            let agreed = together.agreed(id)
            article.element("p", [.class(agreed == nil ? "agreed open" : "agreed"), .id("agreed-" + id)]) { p in
                p.element("strong", text: say("Vastgesteld: ", "Agreed: "))
                p.text(agreed.map { question.kind.display($0, in: language) } ?? say("nog niet", "not yet"))
            }
            form(question, agreed: agreed, into: &article)
        }
        out.newline()
    }

    /// "Voorstel: Deels geregeld — het laagste antwoord (kritiek punt), gegeven door …".
    private func proposal(into out: inout HTMLWriter) {
        let say = Say(language)
        out.element("p", [.class(item.rule == .lowest ? "proposal lowest" : "proposal"), .id("proposal-" + item.questionID)]) { p in
            p.element("strong", text: say("Voorstel: ", "Proposal: "))
            p.text(item.combined?.text(in: language) ?? "—")
            switch item.rule {
            case .lowest:
                p.text(
                    " — " + say("het laagste gegeven antwoord", "the lowest answer given")
                        + (item.critical ? say(" (kritiek punt: niet gemiddeld)", " (critical item: never averaged)") : "")
                        + ", " + say("van ", "from ") + item.givenBy.joined(separator: ", ") + ".")
            case .middle:
                if item.agreement != .same && item.agreement != .single {
                    p.text(" — " + say("het middelste antwoord", "the middle answer") + ".")
                }
            }
        }
    }

    /// The agreed answer's form: the question's options (the agreed answer, or else the proposal,
    /// chosen), a note (the agreed note, or else the proposal's notes), and one button.
    private func form(_ question: Question, agreed: AnswerValue?, into out: inout HTMLWriter) {
        let say = Say(language)
        let id = question.id
        let answer = FormAnswer(question: question)
        let base = "/s/\(together.owner.scan.token.text)"
        let chosen = rejected?.typed ?? answer.formValues(agreed ?? item.combinedValue)
        out.postForm(base + "/together/agree", [.class("agree")]) { form in
            form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "form"), HTMLAttribute("value", nonce)])
            form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "question"), HTMLAttribute("value", id)])
            form.element("fieldset") { set in
                set.element("legend", text: say("Gezamenlijk antwoord", "Agreed answer"))
                if let rejected {
                    set.element(
                        "p", [.class("error-message"), .id("agree-error-" + id), HTMLAttribute("role", "alert")],
                        text: say("Niet vastgelegd: ", "Not set: ") + rejected.detail.text(in: language))
                }
                let choices = answer.choices(in: language)
                if choices.isEmpty {
                    let inputID = "agree-\(id)-input"
                    set.element("label", [HTMLAttribute("for", inputID)], text: say("Antwoord", "Answer"))
                    set.void(
                        "input",
                        [
                            HTMLAttribute("type", "text"), .id(inputID), HTMLAttribute("name", "answer." + id),
                            HTMLAttribute("value", chosen.first ?? "")
                        ]
                            + (rejected == nil
                                ? [] : [HTMLAttribute("aria-invalid", "true"), HTMLAttribute("aria-describedby", "agree-error-" + id)]))
                } else {
                    OptionInputs(
                        choices: choices, chosen: chosen, several: question.kind.answerShape.picksSeveral, question: id,
                        idPrefix: "agree-", withHelp: false
                    ).render(into: &set)
                }
                let note = rejected.map { $0.note ?? "" } ?? together.owner.stored[id]?.note ?? item.combinedNote ?? ""
                set.element(
                    "label", [HTMLAttribute("for", "agree-note-" + id)],
                    text: say(
                        "Toelichting bij het gezamenlijke antwoord",
                        "Note with the agreed answer"))
                set.element(
                    "textarea", [.id("agree-note-" + id), HTMLAttribute("name", "note." + id), HTMLAttribute("rows", "2")], text: note)
            }
            form.element(
                "button", [.id("agree-button-" + id), HTMLAttribute("type", "submit")],
                text: say("Dit antwoord vastleggen", "Set this answer"))
        }
    }
}
