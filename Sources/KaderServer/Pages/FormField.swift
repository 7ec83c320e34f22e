import KaderReports

/// One labelled input of a form, as the fill-in pages lay it out: the label above its field
/// (the stylesheet's `.field`), the field the full width of a phone. A password field never
/// carries a value back into the page.
struct FormField {
    let id: String
    let name: String
    let type: String
    let label: String
    var value = ""
    /// The browser's autofill hint (`email`, `current-password`, `new-password`); nil for none.
    var autocomplete: String? = nil

    func render(into form: inout HTMLWriter) {
        form.element("div", [.class("field")]) { div in
            div.element("label", [HTMLAttribute("for", id)], text: label)
            var attributes = [.id(id), HTMLAttribute("type", type), HTMLAttribute("name", name), HTMLAttribute("required", nil)]
            if type != "password" { attributes.append(HTMLAttribute("value", value)) }
            if let autocomplete { attributes.append(HTMLAttribute("autocomplete", autocomplete)) }
            div.void("input", attributes)
        }
    }
}
