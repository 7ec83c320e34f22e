/// Writes the XML of a Word document (WordprocessingML) through the one escaper: every text and
/// attribute value goes through ``Escape/xml(_:)``, and element and attribute names are
/// `StaticString`s, so they come from code, never from a file or a form. ``WordBackend`` writes
/// its parts with it, as ``HTMLWriter`` does for HTML.
struct WordXML {
    /// What has been written.
    private(set) var xml = ""

    /// `<name a="v">` + content + `</name>`.
    mutating func element(
        _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:],
        _ content: (inout WordXML) -> Void
    ) {
        open(name, attributes)
        content(&self)
        close(name)
    }

    /// `<name a="v"/>`.
    mutating func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        start(name, attributes)
        xml += "/>"
    }

    /// A start tag alone; close it with ``close(_:)``.
    mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        start(name, attributes)
        xml += ">"
    }

    /// An end tag.
    mutating func close(_ name: StaticString) { xml += "</\(name)>" }

    /// Text, escaped.
    mutating func text(_ text: String) { xml += Escape.xml(text) }

    /// A line break in the XML source (not in the document), for a readable golden file.
    mutating func newline() { xml += "\n" }

    private mutating func start(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String>) {
        xml += "<\(name)"
        for (key, value) in attributes { xml += " \(key)=\"" + Escape.xml(value) + "\"" }
    }
}
