import Foundation
import Hummingbird
import Kader
import KaderReports

/// The first page of a scan: who fills it in, for which organisation, on which date, and the
/// framework's own context fields. Also shows the scan's link to come back with.
struct ContextPage {
    let sheet: ScanSheet
    let language: Language
    let nonce: String
    /// `http://host:port` as the browser reached the server, for the full resume link.
    let origin: String?
    /// The form as it was sent, when a date or number in it was not one: shown again as typed.
    var typed: FormBody? = nil
    /// Why a field was not taken, by field name (``HeaderForm/slips``).
    var slips: [String: Message] = [:]

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let framework = sheet.framework
        let header = sheet.scan.header
        main.element("h1", text: framework.title.text(in: language))
        ResumeLink(token: sheet.scan.token, language: language, origin: origin).render(into: &main)
        if !slips.isEmpty {
            main.element("p", [.class("error-message"), .id("refused"), HTMLAttribute("role", "alert")]) { p in
                p.text(say("Deze pagina is niet opgeslagen: ", "This page was not saved: "))
                p.text(slips.keys.sorted().compactMap { slips[$0]?.text(in: language) }.joined(separator: " "))
                p.text(say(" Verbeter het en druk opnieuw op Volgende.", " Correct it and press Next again."))
            }
        }
        main.postForm("/s/\(sheet.scan.token.text)/start", [.id("scan-form")]) { form in
            form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "form"), HTMLAttribute("value", nonce)])
            form.element("h2", text: say("Over deze scan", "About this scan"))
            field(
                &form, name: "organisation", label: say("Organisatie", "Organisation"), value: header.organisation,
                hint: say(
                    "Bijvoorbeeld de naam van de moskee, de gemeente of de interventie.",
                    "For example the name of the mosque, the municipality or the intervention."))
            field(
                &form, name: "respondent", label: say("Wie vult in", "Filled in by"), value: header.respondent,
                hint: say(
                    "Uw naam of functie, of die van de groep die samen invult.",
                    "Your name or role, or that of the group filling in together."))
            field(
                &form, name: "date", label: say("Datum", "Date"), value: header.date ?? Self.today(),
                hint: say("De dag waarop u de scan invult.", "The day you fill in the scan."), type: "date")
            for context in framework.context {
                var value: String?
                switch header.context[context.id] {
                case .text(let text)?: value = text
                case .number(let number)?: value = YAMLText.number(number)
                case nil: value = nil
                }
                field(
                    &form, name: "context." + context.id, label: context.label.text(in: language), value: value,
                    hint: context.kind == .number ? say("Een getal.", "A number.") : nil, numeric: context.kind == .number)
            }
            form.element("nav", [.class("steps")]) { nav in
                nav.element("span") { _ in }
                nav.element(
                    "button", [.id("next"), HTMLAttribute("type", "submit"), HTMLAttribute("name", "go"), HTMLAttribute("value", "next")],
                    text: say("Volgende", "Next"))
            }
        }
    }

    private func field(
        _ form: inout HTMLWriter, name: String, label: String, value: String?, hint: String?,
        type: String = "text", numeric: Bool = false
    ) {
        let id = "field-" + name.replacingOccurrences(of: ".", with: "-")
        let value = typed.map { $0[name] } ?? value
        form.element("div", [.class("field")]) { div in
            div.element("label", [HTMLAttribute("for", id)], text: label)
            if let hint { div.element("p", [.class("hint"), .id(id + "-hint")], text: hint) }
            var attributes = [
                HTMLAttribute("type", type), .id(id), HTMLAttribute("name", name), HTMLAttribute("value", value ?? "")
            ]
            if slips[name] != nil { attributes.append(HTMLAttribute("aria-invalid", "true")) }
            // No autofill of someone else's organisation into a text field; a date input takes no
            // autocomplete token at all (axe-core's autocomplete-valid refuses "off" on it).
            if type == "text" { attributes.append(HTMLAttribute("autocomplete", "off")) }
            if numeric { attributes.append(HTMLAttribute("inputmode", "decimal")) }
            if hint != nil { attributes.append(HTMLAttribute("aria-describedby", id + "-hint")) }
            div.void("input", attributes)
        }
    }

    static func today() -> String { String(Date().ISO8601Format().prefix(10)) }
}

/// The scan's own link, to bookmark or copy: the only key to the scan.
struct ResumeLink {
    let token: ScanToken
    let language: Language
    /// `http://host:port`, so that the link can be copied as text too; nil shows the path alone.
    let origin: String?

    func render(into out: inout HTMLWriter) {
        let say = Say(language)
        out.element("p", [.class("notice"), .id("resume-link")]) { p in
            p.text(
                say(
                    "Bewaar deze link om later verder te gaan (op deze computer): ", "Keep this link to continue later (on this computer): "
                ))
            p.element("a", [HTMLAttribute("href", "/s/" + token.text)], text: (origin ?? "") + "/s/" + token.text)
            p.text(say(". Wie de link heeft, kan de scan openen.", ". Whoever has the link can open the scan."))
        }
    }
}

extension Request {
    /// `http://host:port` as the browser addressed this server (its Host header), when it is a
    /// plain host and port; nil otherwise.
    var origin: String? {
        guard let authority = head.authority, !authority.isEmpty,
            authority.allSatisfy({ $0.isLetter || $0.isNumber || ".-:[]".contains($0) })
        else { return nil }
        return "http://" + authority
    }
}
