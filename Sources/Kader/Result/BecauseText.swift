/// A fired rule's `because` text: its rule's template and the values the placeholders had, put
/// into words when the text is read, in the language it is read in.
///
/// A result is usually read in one language (a report, a JSON line) or only summed up (a group
/// overview); filling every `because` in both languages while evaluating cost more than deciding
/// the rules. The values are taken while evaluating; the template holds the framework's words
/// for them. Nothing of the engine or the evaluation is kept.
final class BecauseText: Sendable {
    private enum Source: Sendable {
        /// A text given as it is.
        case given(LocalizedText)
        /// A template and the values of its placeholders.
        case filled(BecauseTemplate, [Value])
    }

    private let source: Source

    /// A text given as it is.
    init(_ text: LocalizedText) { source = .given(text) }

    /// `template` with `values` for its placeholders, in order.
    init(_ template: BecauseTemplate, values: [Value]) { source = .filled(template, values) }

    /// The text in both languages.
    var localized: LocalizedText {
        switch source {
        case .given(let text): text
        case .filled: LocalizedText(nl: text(in: .nl), en: text(in: .en))
        }
    }

    /// The text in `language` (the other language when the text has none in it).
    func text(in language: Language) -> String {
        switch source {
        case .given(let text):
            return text.text(in: language)
        case .filled(let template, let values):
            // Gathered as bytes and made a string once: appending to a `String` piece by piece
            // cost more than evaluating the placeholders.
            let bytes = ByteBuffer(capacity: 256)
            for part in language.pick(template.nl, template.en) {
                switch part {
                case .text(let piece): bytes.append(piece)
                case .value(let index):
                    template.placeholders[index].describe(values[index], framework: template.framework, language: language, into: bytes)
                }
            }
            return bytes.string
        }
    }
}

/// A rule's `because` template, prepared once per framework: its text as bytes, each placeholder
/// once, and the words for the placeholders' values.
final class BecauseTemplate: Sendable {
    enum Part: Sendable {
        /// Plain text, as UTF-8: appended to the result as it is.
        case text([UInt8])
        /// A placeholder, by its position in ``placeholders``.
        case value(Int)
    }

    /// A placeholder: its expression, and the words for its values. A class: the engine reads
    /// every placeholder of every rule that fires.
    final class Placeholder: Sendable {
        let expression: CheckedExpression
        /// When it names an answer: the question's options with their labels as UTF-8 per
        /// language (a handful, searched in order).
        let options: [(id: String, nl: [UInt8], en: [UInt8])]
        /// When it names a number question with a unit: the unit, after a space, per language.
        let unit: (nl: [UInt8], en: [UInt8])?

        init(_ expression: CheckedExpression, framework: Framework) {
            self.expression = expression
            if case .answer(let name) = expression.root.operation, let path = framework.index.questions[name.id] {
                let kind = framework.domains[path.domain].questions[path.question].kind
                options = kind.options.map { option in
                    (option.id, Array(option.label.text(in: .nl).utf8), Array(option.label.text(in: .en).utf8))
                }
                if case .number(let range) = kind.answerShape, let unit = range.unit {
                    self.unit = (Array((" " + unit.text(in: .nl)).utf8), Array((" " + unit.text(in: .en)).utf8))
                } else {
                    unit = nil
                }
            } else {
                options = []
                unit = nil
            }
        }

        /// `value` in words. Chosen options of the question it names come from its labels (the
        /// words ``ValueText/describe(_:expression:framework:language:)`` finds by searching the
        /// framework); anything else is described by it.
        func describe(_ value: Value, framework: Framework, language: Language, into bytes: ByteBuffer) {
            if !options.isEmpty {
                switch value {
                case .option(let id, _):
                    if let label = label(id, language) { return bytes.append(label) }
                case .options(let ids) where !ids.isEmpty:
                    for (offset, id) in ids.enumerated() {
                        if offset > 0 { bytes.append(", ") }
                        if let label = label(id, language) { bytes.append(label) } else { bytes.append(id) }
                    }
                    return
                default: break
                }
            }
            bytes.append(ValueText.describe(value, expression: expression, framework: framework, language: language))
            if case .number = value, let unit { bytes.append(language.pick(unit.nl, unit.en)) }
        }

        private func label(_ id: String, _ language: Language) -> [UInt8]? {
            for option in options where option.id == id { return language.pick(option.nl, option.en) }
            return nil
        }
    }

    let nl: [Part]
    let en: [Part]
    /// Each distinct placeholder (by its text) once, for both languages.
    let placeholders: [Placeholder]
    /// The framework, for ``ValueText`` to word what the placeholders' own options do not.
    let framework: Framework

    init(_ template: Template, framework: Framework) {
        var placeholders: [Placeholder] = []
        var positions: [String: Int] = [:]
        func prepare(_ parts: [Template.Part]) -> [Part] {
            parts.map { part in
                switch part {
                case .text(let text): return .text(Array(text.utf8))
                case .value(let expression):
                    if let known = positions[expression.text] { return .value(known) }
                    placeholders.append(Placeholder(expression, framework: framework))
                    positions[expression.text] = placeholders.count - 1
                    return .value(placeholders.count - 1)
                }
            }
        }
        nl = prepare(template.nl)
        en = prepare(template.en)
        self.placeholders = placeholders
        self.framework = framework
    }

    /// The values of the placeholders in `scope`, in order.
    func values<Scope: PlanScope>(in scope: Scope) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(placeholders.count)
        for placeholder in placeholders { values.append(placeholder.expression.plan.evaluate(in: scope)) }
        return values
    }
}
