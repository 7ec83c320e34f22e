import Kader
import KaderReports

/// The result: the report `kader scan --format html` writes (the same view and backend, its
/// content embedded in our page), the downloads, and the way back to the questions.
struct ResultPage {
    let sheet: ScanSheet
    let result: AssessmentResult
    let language: Language
    /// `http://host:port`, for the full resume link.
    let origin: String?

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let base = "/s/\(sheet.scan.token.text)"
        main.element("nav", [.id("downloads"), HTMLAttribute("aria-labelledby", "downloads-title")]) { nav in
            nav.element("h2", [.id("downloads-title")], text: say("Downloaden en printen", "Download and print"))
            nav.element("ul") { list in
                for download in Download.allCases {
                    list.element("li") { item in
                        item.element(
                            "a",
                            [
                                .id(download.linkID),
                                HTMLAttribute("href", "\(base)/download/\(download.rawValue)?lang=\(language.rawValue)")
                            ],
                            text: download.label(language))
                    }
                }
                list.element("li") { item in
                    item.element(
                        "a",
                        [
                            .id("print"), HTMLAttribute("href", "\(base)/download/report.html?lang=\(language.rawValue)"),
                            HTMLAttribute("target", "_blank"), HTMLAttribute("rel", "noopener")
                        ],
                        text: say("Printen (opent het rapport om af te drukken)", "Print (opens the report to print)"))
                }
            }
        }
        main.element("p") { p in
            p.element(
                "a", [.id("back-to-questions"), HTMLAttribute("href", base + "/start")],
                text: say("Terug naar de vragen", "Back to the questions"))
        }
        ResumeLink(token: sheet.scan.token, language: language, origin: origin).render(into: &main)
        main.element("section", [.id("report"), HTMLAttribute("aria-label", say("Rapport", "Report"))]) { section in
            // HTMLBackend writes every text through the one escaper; its markup is taken as it is.
            section.trusted(HTMLBackend().body(ResultReport(result, framework: sheet.framework, language: language).document))
        }
        PlanForm(sheet: sheet, result: result, language: language, nonce: ScanToken.random().text).render(into: &main)
    }
}
