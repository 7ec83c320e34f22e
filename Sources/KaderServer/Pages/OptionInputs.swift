import Kader
import KaderReports

/// A question's options as radio buttons (one answer) or check boxes (several), each in its own
/// label, the chosen ones checked: the fill-in page and the owner's agreed answer ask alike.
struct OptionInputs {
    let choices: [(value: String, label: String, help: String?)]
    /// The form values chosen now.
    let chosen: [String]
    let several: Bool
    /// The question's id: the inputs are named `answer.<id>`.
    let question: String
    /// What makes the inputs' ids unique on the page: `<prefix><question>-<value>`.
    let idPrefix: String
    /// Whether each option's help text follows its label.
    let withHelp: Bool

    func render(into set: inout HTMLWriter) {
        set.element("div", [.class("options")]) { options in
            for choice in choices {
                let inputID = idPrefix + question + "-" + choice.value
                options.element("label", [HTMLAttribute("for", inputID)]) { label in
                    var input = [
                        HTMLAttribute("type", several ? "checkbox" : "radio"), .id(inputID), HTMLAttribute("name", "answer." + question),
                        HTMLAttribute("value", choice.value)
                    ]
                    if chosen.contains(choice.value) { input.append(HTMLAttribute("checked", nil)) }
                    label.void("input", input)
                    label.text(choice.label)
                    if withHelp, let help = choice.help { label.element("span", [.class("hint")], text: " — " + help) }
                }
            }
        }
    }
}
