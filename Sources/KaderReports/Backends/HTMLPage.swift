import Kader

/// The shell of every HTML page Kader writes: one self-contained file with inline CSS (screen
/// and print), no scripts, no fonts or images from the network, readable in black and white.
public enum HTMLPage {
    /// A whole page: `body` (markup made with ``HTMLWriter`` or by ``HTMLBackend``) in the shell,
    /// with the stylesheet of `style`.
    public static func document(title: String, language: Language, body: String, style: ReportDocument.Style) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Kader">
        <title>\(Escape.html(title))</title>
        <style>
        \(stylesheet(style))
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// The CSS for pages of `style`: every class ``HTMLBackend`` writes for such a page is in it.
    /// A page that embeds a report includes this in its own `<style>`.
    public static func stylesheet(_ style: ReportDocument.Style) -> String {
        switch style {
        case .report: reportCSS
        case .printout: printoutCSS
        }
    }
}
