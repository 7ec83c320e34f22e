import Hummingbird
import Kader
import KaderReports

/// A page of one subject in the page shell: a heading, a lead paragraph that says what the page
/// shows (and what it never shows), then the page's own content. The organisation's pages (the
/// audit log, the umbrella's overview), the site admin's page and opening a room are such pages.
protocol LeadPage {
    var language: Language { get }
    /// The browser tab's title.
    var title: String { get }
    /// The page's heading (`h1`); the title unless the page says more.
    var heading: String { get }
    /// The paragraph under the heading.
    var lead: String { get }
    /// Everything after the lead paragraph.
    func renderContent(into main: inout HTMLWriter)
}

extension LeadPage {
    var heading: String { title }

    func render(into main: inout HTMLWriter) {
        main.element("h1", text: heading)
        main.element("p", [.class("lead")], text: lead)
        renderContent(into: &main)
    }

    /// The whole page, for the request's `path` (the language switch links to it).
    func response(path: String) -> Response {
        PageShell(language: language, path: path).response(title: title) { render(into: &$0) }
    }
}
