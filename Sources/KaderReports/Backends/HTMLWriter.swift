/// Writes HTML through the one escaper: every text and attribute value goes through
/// ``Escape/html(_:)``, and element and attribute names are `StaticString`s, so they come from
/// code, never from a file or a form. ``HTMLBackend`` writes reports with it; a web page that
/// builds its own fragments (the server's forms and lists) uses it the same way:
///
/// ```swift
/// var page = HTMLWriter()
/// page.element("p", [.class("meta")]) { p in
///     p.element("strong", text: respondent)
///     p.text(" · " + date)
/// }
/// page.newline()
/// let html = page.html
/// ```
public struct HTMLWriter: Sendable {
    /// What has been written.
    public private(set) var html = ""

    /// An empty writer.
    public init() {}

    /// Text, escaped.
    public mutating func text(_ text: String) { html += Escape.html(text) }

    /// A line break in the source (not in the page).
    public mutating func newline() { html += "\n" }

    /// `<name attributes>content</name>`.
    public mutating func element(_ name: StaticString, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        content(&self)
        close(name)
    }

    /// `<name attributes>text</name>`, the text escaped.
    public mutating func element(_ name: StaticString, _ attributes: [HTMLAttribute] = [], text: String) {
        element(name, attributes) { $0.text(text) }
    }

    /// An element without content or end tag: `<br>`, `<meta charset="utf-8">`.
    public mutating func void(_ name: StaticString, _ attributes: [HTMLAttribute] = []) { open(name, attributes) }

    /// A start tag alone, for content written in between; close it with ``close(_:)``.
    public mutating func open(_ name: StaticString, _ attributes: [HTMLAttribute] = []) {
        html += "<\(name)"
        for attribute in attributes {
            html += " \(attribute.name)"
            if let value = attribute.value { html += "=\"" + Escape.html(value) + "\"" }
        }
        html += ">"
    }

    /// An end tag.
    public mutating func close(_ name: StaticString) { html += "</\(name)>" }

    /// Markup that Kader's own code made from escaped parts (the SVG of a chart): never text
    /// from a file or a form.
    public mutating func trusted(_ markup: String) { html += markup }
}

/// An attribute of an element; its value is escaped when it is written.
public struct HTMLAttribute: Sendable {
    /// The name.
    public var name: StaticString
    /// The value; nil for an attribute without one (`open`).
    public var value: String?

    /// Creates an attribute.
    public init(_ name: StaticString, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// `class="value"`.
    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
    /// `id="value"`.
    public static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }
    /// `href="url"` for an http(s) address from a file (``Escape/webAddress(_:)``); nil for
    /// anything else, so a `javascript:` address never becomes a link. A link a page's own code
    /// makes (`/results/3`) is `HTMLAttribute("href", path)`.
    public static func href(_ url: String) -> HTMLAttribute? { Escape.webAddress(url).map { HTMLAttribute("href", $0) } }
}
