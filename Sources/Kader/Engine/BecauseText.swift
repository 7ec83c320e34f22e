/// A fired rule's `because` text: the values its placeholders had, put into words when the text
/// is read, in the language it is read in.
///
/// A result is usually read in one language (a report, a JSON line) or only summed up (a group
/// overview); filling every `because` in both languages while evaluating cost more than deciding
/// the rules. The values are taken while evaluating, so the words are those of that moment.
final class BecauseText: Sendable {
    private enum Source: Sendable {
        /// A text given as it is (a result edited after scoring).
        case given(LocalizedText)
        /// A template, the values of its placeholders, and the tables that put them in words.
        case filled(PreparedTemplate, [Value], EngineTables)
    }

    private let source: Source

    /// A text given as it is.
    init(_ text: LocalizedText) { source = .given(text) }

    /// `template` filled in with the values its placeholders have in `state` (each placeholder is
    /// evaluated once: the Dutch and English texts usually show the same values).
    init(_ template: PreparedTemplate, state: EvaluationState) {
        source = .filled(template, template.placeholders.map { $0.expression.plan.evaluate(in: state) }, state.tables)
    }

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
        case .filled(let template, let values, let tables):
            // Gathered as bytes and made a string once: appending to a `String` piece by piece
            // cost more than evaluating the placeholders.
            let bytes = ByteBuffer(capacity: 256)
            for part in language == .nl ? template.nl : template.en {
                switch part {
                case .text(let piece): bytes.append(piece)
                case .value(let index): Self.describe(values[index], template.placeholders[index], tables: tables, language: language, into: bytes)
                }
            }
            return bytes.string
        }
    }

    /// A placeholder's value in words. Chosen options come from the engine's tables, with the
    /// same words ``ValueText/describe`` finds by searching the framework; anything else is
    /// described by it.
    private static func describe(_ value: Value, _ placeholder: PreparedTemplate.Placeholder, tables: EngineTables, language: Language,
                                 into bytes: ByteBuffer) {
        if let question = placeholder.question {
            switch value {
            case .option(let id, _):
                if let option = tables.option(id, of: question) {
                    bytes.append(language == .nl ? option.labelBytes.nl : option.labelBytes.en)
                    return
                }
            case .options(let ids) where !ids.isEmpty:
                for (offset, id) in ids.enumerated() {
                    if offset > 0 { bytes.append(", ") }
                    if let option = tables.option(id, of: question) {
                        bytes.append(language == .nl ? option.labelBytes.nl : option.labelBytes.en)
                    } else {
                        bytes.append(id)
                    }
                }
                return
            default: break
            }
        }
        bytes.append(ValueText.describe(value, expression: placeholder.expression, framework: tables.framework, language: language))
    }
}
