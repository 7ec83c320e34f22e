import Kader
import KaderReports

/// One domain of a scan: its questions (those that do not apply now hidden), the progress line,
/// the live score beside them, and "Vorige" / "Volgende". Without the script the form is sent
/// with "Volgende"; with it every answer is saved as it is given.
struct DomainPage {
    let sheet: ScanSheet
    /// The domain, from 0.
    let index: Int
    let language: Language
    let nonce: String
    /// Notices from the previous step (questions that appeared, answers another window had changed).
    let notices: [String]
    /// Where the form and the script send the answers: the scan's `/s/<token>` unless a page of
    /// another kind of sheet (a masterclass participant's `/m/p/<token>`) says otherwise.
    var base: String? = nil
    /// Answers the page sent that did not fit, by question id: shown again as sent, with why.
    var rejected: [String: PageAnswers.Rejected] = [:]

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let framework = sheet.framework
        let domain = framework.domains[index]
        let base = self.base ?? "/s/\(sheet.scan.token.text)"
        main.element("p", [.class("framework-title")], text: framework.title.text(in: language))
        // Numbered as the framework numbers its domains ("1. Pedagogische visie", "Vooraf: Randvoorwaarden").
        let title =
            framework.declaresDomainNumbers ? framework.numberedTitle(ofDomainAt: index, in: language) : domain.title.text(in: language)
        main.element("h1", text: title)
        main.element("p", [.id("progress")], text: sheet.progressText(domain: index, language: language))
        if let description = domain.description { main.element("p", [.class("description")], text: description.text(in: language)) }
        for notice in notices { main.element("p", [.class("notice")], text: notice) }
        if !rejected.isEmpty { refusal(into: &main, say: say) }
        main.element("div", [.class("layout")]) { layout in
            layout.postForm(
                "\(base)/d/\(index + 1)",
                [
                    .id("scan-form"), HTMLAttribute("data-answer-url", base + "/answer"), HTMLAttribute("data-state-url", base + "/state"),
                    HTMLAttribute("data-revision", String(sheet.scan.revision)), HTMLAttribute("data-domain", String(index + 1)),
                    HTMLAttribute("data-saved", say("opgeslagen", "saved")),
                    HTMLAttribute("data-saving", say("bezig met opslaan…", "saving…")),
                    HTMLAttribute("data-failed", say("niet opgeslagen", "not saved")),
                    HTMLAttribute(
                        "data-changed",
                        say(
                            "Vraag %s is in een ander venster gewijzigd; u ziet nu dat antwoord.",
                            "Question %s was changed in another window; you now see that answer.")),
                    HTMLAttribute(
                        "data-overwrote",
                        say(
                            "Vraag %s was intussen in een ander venster gewijzigd; uw antwoord van nu geldt.",
                            "Question %s had been changed in another window meanwhile; your answer now counts."))
                ]
            ) { form in
                form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "form"), HTMLAttribute("value", nonce)])
                form.element("p", [.id("save-status"), HTMLAttribute("role", "status"), HTMLAttribute("aria-live", "polite")], text: "")
                form.element("p", [.id("conflict-notice"), HTMLAttribute("role", "alert")], text: "")
                for question in domain.questions {
                    QuestionFieldset(
                        question: question, framework: framework, value: sheet.value(of: question.id),
                        answer: sheet.stored[question.id], relevant: sheet.isRelevant(question.id), language: language,
                        rejected: rejected[question.id]
                    )
                    .render(into: &form)
                }
                form.element("nav", [.class("steps"), HTMLAttribute("aria-label", say("Stappen", "Steps"))]) { nav in
                    let last = index + 1 == framework.domains.count
                    nav.element(
                        "button",
                        [.id("next"), HTMLAttribute("type", "submit"), HTMLAttribute("name", "go"), HTMLAttribute("value", "next")],
                        text: last ? say("Opslaan en naar de uitslag", "Save and see the result") : say("Volgende", "Next"))
                    // After "Volgende" in the page, so that Enter in a field goes forward; shown on the left.
                    nav.element(
                        "button",
                        [
                            .id("previous"), .class("secondary"), HTMLAttribute("type", "submit"), HTMLAttribute("name", "go"),
                            HTMLAttribute("value", "previous")
                        ], text: say("Vorige", "Previous"))
                }
            }
            LiveScore(result: sheet.result, framework: framework, domain: index, language: language).render(
                into: &layout, language: language)
        }
    }

    /// Above the questions, when answers did not fit: which ones (linked to them), and that the
    /// rest of the page was saved.
    private func refusal(into main: inout HTMLWriter, say: Say) {
        let framework = sheet.framework
        main.element("div", [.class("error-message"), .id("refused"), HTMLAttribute("role", "alert")]) { box in
            box.element(
                "p",
                text: say(
                    "Deze antwoorden passen niet en zijn niet opgeslagen; de andere antwoorden van deze pagina wel. "
                        + "Verbeter ze en druk opnieuw op de knop onderaan:",
                    "These answers do not fit and were not saved; the other answers of this page were. "
                        + "Correct them and press the button at the bottom again:"))
            box.element("ul") { list in
                for question in framework.domains[index].questions where rejected[question.id] != nil {
                    list.element("li") { item in
                        item.element(
                            "a", [HTMLAttribute("href", "#q-" + question.id)],
                            text: framework.number(ofQuestion: question.id, in: language) + " " + question.text.text(in: language))
                    }
                }
            }
        }
    }
}
