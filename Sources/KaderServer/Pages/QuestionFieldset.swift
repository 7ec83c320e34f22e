import Kader
import KaderReports

/// One question on a domain page: a fieldset with the question as its legend, the help text,
/// the inputs its kind's answer shape calls for, a note and evidence, and where the script says
/// whether it was saved. A question that does not apply now is in the page but hidden, so that
/// the script can show it without a reload when an answer makes it apply.
struct QuestionFieldset {
    let question: Question
    /// The framework, for the question's number as its reports and paper form give it ("2.3", "Vooraf.1").
    let framework: Framework
    let value: AnswerValue?
    let answer: StoredAnswer?
    let relevant: Bool
    let language: Language
    /// What the person sent that did not fit, shown again as sent with what is wrong; nil otherwise.
    var rejected: PageAnswers.Rejected? = nil

    func render(into out: inout HTMLWriter) {
        let say = Say(language)
        let id = question.id
        let form = FormAnswer(question: question)
        var attributes: [HTMLAttribute] = [
            .class(relevant ? "question" : "question not-relevant"), .id("q-" + id),
            HTMLAttribute("data-question", id)
        ]
        if question.help != nil { attributes.append(HTMLAttribute("aria-describedby", "help-" + id)) }
        if !relevant && rejected == nil { attributes.append(HTMLAttribute("hidden", nil)) }
        out.element("fieldset", attributes) { set in
            set.element("legend") { legend in
                legend.element("span", [.class("question-number")], text: framework.number(ofQuestion: id, in: language))
                legend.text(" " + question.text.text(in: language))
                if question.required { legend.element("span", [.class("tag")], text: " (" + say("verplicht", "required") + ")") }
            }
            if let help = question.help { set.element("p", [.class("hint"), .id("help-" + id)], text: help.text(in: language)) }
            if let rejected {
                set.element(
                    "p", [.class("error-message"), .id("error-" + id)],
                    text: say("Niet opgeslagen: ", "Not saved: ") + rejected.detail.text(in: language))
            }
            let chosen = rejected?.typed ?? form.formValues(value)
            let choices = form.choices(in: language)
            if choices.isEmpty {
                typed(into: &set, chosen: chosen.first)
            } else {
                OptionInputs(
                    choices: choices, chosen: chosen, several: question.kind.answerShape.picksSeveral, question: id, idPrefix: "q-",
                    withHelp: true
                ).render(into: &set)
                if question.kind.answerShape.picksSeveral {
                    set.element("p", [.class("hint")], text: say("Meer antwoorden mogelijk.", "More than one answer possible."))
                }
            }
            set.void(
                "input",
                [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "rev." + id), HTMLAttribute("value", String(answer?.revision ?? 0))]
            )
            // What the page shows of the stored answer, so that sending it back unchanged never
            // replaces a newer answer from another window (``ShownAnswer``).
            let shown = ShownAnswer.digest(values: form.formValues(value), note: answer?.note, evidence: answer?.evidence)
            set.void(
                "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", ShownAnswer.prefix + id), HTMLAttribute("value", shown)])
            set.element("div", [.class("field note")]) { div in
                div.element("label", [HTMLAttribute("for", "note-" + id)], text: say("Toelichting (mag leeg blijven)", "Note (optional)"))
                div.element(
                    "textarea", [.id("note-" + id), HTMLAttribute("name", "note." + id), HTMLAttribute("rows", "2")],
                    text: (rejected == nil ? answer?.note : rejected?.note) ?? "")
            }
            set.element("div", [.class("field evidence")]) { div in
                div.element(
                    "label", [HTMLAttribute("for", "evidence-" + id)],
                    text: say("Bewijs of bron (mag leeg blijven)", "Evidence or source (optional)"))
                div.void(
                    "input",
                    [
                        HTMLAttribute("type", "text"), .id("evidence-" + id), HTMLAttribute("name", "evidence." + id),
                        HTMLAttribute("value", (rejected == nil ? answer?.evidence : rejected?.evidence) ?? "")
                    ])
            }
            set.element("span", [.class("save-state"), .id("state-" + id)], text: "")
        }
        out.newline()
    }

    /// A number or free-text question: one input, labelled with what to type.
    private func typed(into set: inout HTMLWriter, chosen: String?) {
        let say = Say(language)
        let id = question.id
        let inputID = "q-\(id)-input"
        var label = say("Uw antwoord", "Your answer")
        if case .number(let range) = question.kind.answerShape {
            label = say("Getal", "Number")
            if let minimum = range.minimum, let maximum = range.maximum {
                label += " (" + YAMLText.number(minimum) + "–" + YAMLText.number(maximum) + ")"
            }
            if let unit = range.unit { label += " " + unit.text(in: language) }
            if question.kind.allowsUnknown { label += say("; of typ: weet niet, nvt", "; or type: weet niet, nvt") }
        }
        set.element("div", [.class("field")]) { div in
            div.element("label", [HTMLAttribute("for", inputID)], text: label)
            // A refused answer points at its reason, for a screen reader too.
            let invalid = rejected == nil ? [] : [HTMLAttribute("aria-invalid", "true"), HTMLAttribute("aria-describedby", "error-" + id)]
            if question.kind.answerShape.isFreeText {
                div.element(
                    "textarea", [.id(inputID), HTMLAttribute("name", "answer." + id), HTMLAttribute("rows", "3")] + invalid,
                    text: chosen ?? "")
            } else {
                div.void(
                    "input",
                    [
                        HTMLAttribute("type", "text"), .id(inputID), HTMLAttribute("name", "answer." + id),
                        HTMLAttribute("inputmode", "decimal"), HTMLAttribute("value", chosen ?? "")
                    ] + invalid)
            }
        }
    }
}
