import Kader
import KaderReports

/// Reading in a file: a response file (from `kader fill`, a colleague, last year's download) or
/// a survey tool's CSV export with the framework it belongs to and, if needed, a mapping file.
struct UploadPage {
    let frameworks: [Framework]
    let language: Language

    var title: String { Say(language)("Bestand inlezen", "Read in a file") }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h1", text: title)
        main.element(
            "p", [.class("lead")],
            text: say(
                "Lees een antwoordbestand (.yaml) in, of de CSV-export van een enquêtetool (één rij per respondent). "
                    + "Kader controleert het bestand zoals kader scan dat doet; "
                    + "klopt er iets niet, dan ziet u waar en hoe u het oplost, en wordt er niets opgeslagen.",
                "Read in a response file (.yaml), or a survey tool's CSV export (one row per respondent). "
                    + "Kader checks the file as kader scan does; "
                    + "if something is wrong you see where and how to fix it, and nothing is saved."
            ))
        main.postForm("/upload", [.id("upload"), HTMLAttribute("enctype", "multipart/form-data")]) { form in
            form.element("p") { p in
                p.element(
                    "label", [HTMLAttribute("for", "upload-file")],
                    text: say(
                        "Bestand (.yaml of .csv, ten hoogste 2 MiB)",
                        "File (.yaml or .csv, at most 2 MiB)"))
                p.void(
                    "input",
                    [
                        HTMLAttribute("type", "file"), HTMLAttribute("name", "file"), .id("upload-file"),
                        HTMLAttribute("accept", ".yaml,.yml,.csv,.txt"), HTMLAttribute("required", nil)
                    ])
            }
            form.element("p") { p in
                p.element(
                    "label", [HTMLAttribute("for", "upload-framework")],
                    text: say(
                        "Kader (alleen bij een CSV-export)",
                        "Framework (only for a CSV export)"))
                p.element("select", [HTMLAttribute("name", "framework"), .id("upload-framework")]) { select in
                    select.element("option", [HTMLAttribute("value", "")], text: say("uit het antwoordbestand", "from the response file"))
                    for framework in frameworks {
                        select.element(
                            "option", [HTMLAttribute("value", framework.id)],
                            text: framework.title.text(in: language) + " (" + framework.version + ")")
                    }
                }
            }
            form.element("p") { p in
                p.element(
                    "label", [HTMLAttribute("for", "upload-mapping")],
                    text: say(
                        "Koppelbestand (niet verplicht, alleen bij CSV)",
                        "Mapping file (optional, CSV only)"))
                p.void(
                    "input",
                    [
                        HTMLAttribute("type", "file"), HTMLAttribute("name", "mapping"), .id("upload-mapping"),
                        HTMLAttribute("accept", ".yaml,.yml")
                    ])
            }
            form.element("button", [.id("upload-submit"), HTMLAttribute("type", "submit")], text: say("Inlezen", "Read in"))
        }
    }
}

/// A file that could not be read in: every problem with its place (file:line:col), what is
/// wrong and how to fix it, and that nothing was saved.
struct UploadProblemsPage {
    let name: String
    let problems: DiagnosticList
    let language: Language

    var title: String { Say(language)("Dit bestand kan niet worden ingelezen", "This file cannot be read in") }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h1", text: title)
        main.element(
            "p", [.class("error-message")],
            text: say(
                "In \(name) staat iets dat Kader niet kan lezen; er is niets opgeslagen. Verbeter het bestand en lees het opnieuw in.",
                "\(name) holds something Kader cannot read; nothing was saved. Correct the file and read it in again."))
        DiagnosticItems(problems.sorted, language: language).render(into: &main)
        main.element("p") { p in
            p.element("a", [.id("error-back"), HTMLAttribute("href", "/upload")], text: say("Opnieuw proberen", "Try again"))
        }
    }
}

/// The scans read in from a file, with links, and the warnings found on the way.
struct ImportedPage {
    let name: String
    let scans: [StoredScan]
    let warnings: DiagnosticList
    let language: Language

    var title: String { Say(language)("Ingelezen", "Read in") }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h1", text: title)
        main.element(
            "p", [.id("imported-count")],
            text: say(
                "Uit \(name) zijn \(scans.count) scans ingelezen en opgeslagen.",
                "\(scans.count) scans were read in from \(name) and saved."))
        main.element("ul", [.id("imported")]) { list in
            for scan in scans {
                let who = ScanName.of([scan.header.organisation, scan.header.respondent, scan.header.date], language: language)
                list.element("li") { $0.element("a", [HTMLAttribute("href", "/s/\(scan.token.text)/result")], text: who) }
            }
        }
        if !warnings.all.isEmpty {
            main.element("h2", text: say("Waarschuwingen", "Warnings"))
            DiagnosticItems(warnings.sorted, language: language).render(into: &main)
        }
    }
}

/// Diagnostics as a list: `file:line:col`, the message, and the fix.
struct DiagnosticItems {
    let diagnostics: [Diagnostic]
    let language: Language

    init(_ diagnostics: [Diagnostic], language: Language) {
        self.diagnostics = diagnostics
        self.language = language
    }

    func render(into out: inout HTMLWriter) {
        let say = Say(language)
        out.element("ul", [.class("diagnostics")]) { list in
            for diagnostic in diagnostics {
                list.element("li", [.class("diagnostic " + diagnostic.severity.rawValue)]) { item in
                    if let location = diagnostic.location { item.element("code", [.class("location")], text: location.description) }
                    item.text(" " + diagnostic.message.text(in: language))
                    if let fix = diagnostic.fix {
                        item.element("span", [.class("fix")], text: " " + say("Oplossing: ", "Fix: ") + fix.text(in: language))
                    }
                }
            }
        }
    }
}

/// How a scan is named in a list: the parts it has (organisation, respondent, date), or "(nog geen naam)".
enum ScanName {
    static func of(_ parts: [String?], language: Language) -> String {
        let named = parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        return named.isEmpty ? Say(language)("(nog geen naam)", "(no name yet)") : named
    }
}
