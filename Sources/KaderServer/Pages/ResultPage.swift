import Kader
import KaderReports

/// The result: the report `kader scan --format html` writes (the same view and backend, its
/// content embedded in our page), first; the downloads and the way back to the questions in a
/// box right after its summary (the key figures), so that they neither push the report down
/// nor hide at its end; then the scan's link and the action plan.
struct ResultPage {
    let sheet: ScanSheet
    let result: AssessmentResult
    let language: Language
    /// `http://host:port`, for the full resume link.
    let origin: String?
    /// False on a colleague's own scan: the action plan is the owner's.
    var showsPlan = true

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let report = ResultReport(result, framework: sheet.framework, language: language)
        main.element("section", [.id("report"), HTMLAttribute("aria-label", say("Rapport", "Report"))]) { section in
            // HTMLBackend writes every text through the one escaper; its markup is taken as it is.
            section.trusted(HTMLBackend().fragment([report.header] + report.figures))
            downloads(into: &section)
            section.trusted(HTMLBackend().fragment(report.sections + [report.footer]))
        }
        ResumeLink(token: sheet.scan.token, language: language, origin: origin).render(into: &main)
        guard showsPlan else { return }
        PlanForm(sheet: sheet, result: result, language: language, nonce: ScanToken.random().text).render(into: &main)
    }

    /// The box with the files, print, and the way back to the questions.
    private func downloads(into out: inout HTMLWriter) {
        let say = Say(language)
        let base = "/s/\(sheet.scan.token.text)"
        out.element("nav", [.id("downloads"), HTMLAttribute("aria-labelledby", "downloads-title")]) { nav in
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
            nav.element("p") { p in
                p.element(
                    "a", [.id("back-to-questions"), HTMLAttribute("href", base + "/start")],
                    text: say("Terug naar de vragen", "Back to the questions"))
            }
        }
    }
}
