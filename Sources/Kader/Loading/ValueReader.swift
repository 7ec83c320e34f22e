/// Reads typed values from YAML scalars, the way a person expects: quoted text is text, a plain
/// `3` is a number, and `.nan`, `.inf`, `yes` and `no` are refused with a fix.
public struct ValueReader {
    /// Where problems go.
    public let sink: DiagnosticSink

    /// Creates a reader.
    public init(sink: DiagnosticSink) { self.sink = sink }

    private func wrongType(_ node: YAMLNode, what: Message, expected: Message, fix: Message? = nil) {
        sink.error(
            .wrongType,
            Message(
                nl: "\(what.nl) moet \(expected.nl) zijn, maar dit is \(node.shapeName.nl)",
                en: "\(what.en) must be \(expected.en), but this is \(node.shapeName.en)"),
            fix: fix, at: node)
    }

    // `what` names the value in messages. It is an autoclosure because answers are read by the
    // thousand and a two-language message built for each one showed; it is made only on error.

    /// Text. Numbers and booleans written plainly are accepted as their text.
    public func string(_ node: YAMLNode, what: @autoclosure () -> Message) -> String? {
        ConfigReader.checkTag(node, sink: sink)
        guard let text = node.scalar, !node.isNull else {
            wrongType(node, what: what(), expected: Message(nl: "tekst", en: "text"))
            return nil
        }
        return text
    }

    /// An id: starts with a letter; letters, digits and underscores. Ids appear in expressions.
    public func identifier(_ node: YAMLNode, what: @autoclosure () -> Message) -> String? {
        guard let text = string(node, what: what()) else { return nil }
        guard Self.isIdentifier(text) else {
            let suggestion = Self.suggestIdentifier(text)
            sink.error(
                .invalidID, Message(nl: "'\(text)' is geen geldige id", en: "'\(text)' is not a valid id"),
                fix: Message(
                    nl: "een id begint met een letter en bevat alleen letters, cijfers en '_'"
                        + (suggestion.map { ", bijvoorbeeld '\($0)'" } ?? ""),
                    en: "an id starts with a letter and holds only letters, digits and '_'"
                        + (suggestion.map { ", for example '\($0)'" } ?? "")),
                at: node)
            return nil
        }
        if let scripts = Confusables.mixedScripts(text) { warnMixedScripts(text, scripts, at: node) }
        return text
    }

    private func warnMixedScripts(_ id: String, _ scripts: [Confusables.Script], at node: YAMLNode) {
        let names = scripts.map(\.rawValue).joined(separator: " + ")
        let nl = [Confusables.Script.latin: "Latijns", .cyrillic: "Cyrillisch", .greek: "Grieks"]
        let namesNL = scripts.map { nl[$0] ?? $0.rawValue }.joined(separator: " + ")
        var fix = Message(nl: "schrijf de id in één schrift", en: "write the id in one script")
        if let (scalar, latin) = Confusables.firstLookAlike(in: id) {
            let code = Confusables.codePoint(scalar)
            fix = Message(
                nl: "'\(Character(scalar))' (\(code)) lijkt op de Latijnse '\(Character(latin))' maar is een andere letter; "
                    + "typ de id opnieuw in één schrift",
                en: "'\(Character(scalar))' (\(code)) looks like Latin '\(Character(latin))' but is another letter; "
                    + "type the id again in one script")
        }
        sink.warning(
            .mixedScriptID,
            Message(
                nl: "id '\(id)' mengt letters uit verschillende schriften (\(namesNL))",
                en: "id '\(id)' mixes letters of different scripts (\(names))"),
            fix: fix, at: node)
    }

    /// True for a valid id.
    public static func isIdentifier(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            guard count <= 80, isLetter(scalar) || (count > 1 && (scalar.isASCIIDigit || scalar == "_")) else { return false }
        }
        return count > 0
    }

    /// Unicode's "alphabetic", answered without the property lookup for ASCII (where it means
    /// a to z): ids are checked by the thousand.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    /// A valid id close to `text`: lower case, other characters made '_'; nil when none is left.
    static func suggestIdentifier(_ text: String) -> String? {
        let replaced = String(
            text.lowercased().unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic || scalar.isASCIIDigit ? Character(scalar) : "_"
            })
        let trimmed = replaced.drop { !$0.isLetter }
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// A finite number within ±``NumberText/largest``.
    public func number(_ node: YAMLNode, what makeWhat: @autoclosure () -> Message) -> Double? {
        ConfigReader.checkTag(node, sink: sink)
        guard let text = node.scalar, !node.isNull else {
            wrongType(node, what: makeWhat(), expected: Message(nl: "een getal", en: "a number"))
            return nil
        }
        // An ordinary plain number, as nearly every one is, needs none of the checks below.
        if node.isPlain, case .number(let value) = NumberText.read(text) { return value }
        let what = makeWhat()
        if NumberText.isNonFiniteWord(text) || (node.isPlain && NumberText.read(text) == .tooLarge) {
            refuse(text, what: what, at: node)
            return nil
        }
        guard node.isPlain else {
            sink.error(
                .wrongType,
                Message(
                    nl: "\(what.nl) moet een getal zijn, maar dit is tekst tussen aanhalingstekens",
                    en: "\(what.en) must be a number, but this is quoted text"),
                fix: Message(nl: "haal de aanhalingstekens weg", en: "remove the quotes"), at: node)
            return nil
        }
        if text.contains(","), let value = NumberText.finite(String(text.map { $0 == "," ? "." : $0 })) {
            sink.error(
                .wrongType,
                Message(nl: "'\(text)' gebruikt een komma als decimaalteken", en: "'\(text)' uses a comma as decimal separator"),
                fix: Message(
                    nl: "schrijf \(ExpressionFormat.number(value)) met een punt", en: "write \(ExpressionFormat.number(value)) with a point"
                ), at: node)
            return nil
        }
        refuse(text, what: what, at: node)
        return nil
    }

    private func refuse(_ text: String, what: Message, at node: YAMLNode) {
        if case .failure(let problem) = NumberText.parse(text, what: what) {
            sink.error(problem.code, problem.message, fix: problem.fix, at: node)
        }
    }

    /// A whole number.
    public func integer(_ node: YAMLNode, what: @autoclosure () -> Message) -> Int? {
        guard let value = number(node, what: what()) else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else {
            let what = what()
            sink.error(
                .wrongType, Message(nl: "\(what.nl) moet een geheel getal zijn", en: "\(what.en) must be a whole number"), at: node)
            return nil
        }
        return Int(value)
    }

    /// A count: a whole number, 0 or more. A negative length or number of answers means nothing
    /// (a `max_length: -5` refused every answer, a negative `min_answered` gave a score to a
    /// domain with none).
    public func count(_ node: YAMLNode, what: @autoclosure () -> Message) -> Int? {
        guard let value = integer(node, what: what()) else { return nil }
        guard value >= 0 else {
            let what = what()
            sink.error(
                .negativeCount,
                Message(nl: "\(what.nl) moet 0 of meer zijn, niet \(value)", en: "\(what.en) must be 0 or more, not \(value)"),
                fix: Message(nl: "een aantal of lengte is nooit negatief", en: "a count or length is never negative"), at: node)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    public func bool(_ node: YAMLNode, what: Message) -> Bool? {
        ConfigReader.checkTag(node, sink: sink)
        switch node.scalar?.lowercased() {
        case "true" where node.isPlain: return true
        case "false" where node.isPlain: return false
        default:
            sink.error(
                .wrongType, Message(nl: "\(what.nl) moet true of false zijn", en: "\(what.en) must be true or false"),
                fix: Message(nl: "schrijf true of false (zonder aanhalingstekens)", en: "write true or false (without quotes)"), at: node)
            return nil
        }
    }

    /// A list; a single scalar counts as a list of one.
    public func list(_ node: YAMLNode, what: @autoclosure () -> Message) -> [YAMLNode]? {
        ConfigReader.checkTag(node, sink: sink)
        if let items = node.sequence { return items }
        if node.scalar != nil, !node.isNull { return [node] }
        wrongType(
            node, what: what(), expected: Message(nl: "een lijst", en: "a list"),
            fix: Message(
                nl: "schrijf elk element op een eigen regel met '- ' ervoor", en: "write each item on its own line starting with '- '"))
        return nil
    }

    /// `{nl: ..., en: ...}` or a plain string (taken as Dutch).
    public func localized(_ node: YAMLNode, what: Message) -> LocalizedText? {
        if node.mapping != nil {
            guard let reader = ConfigReader(node, format: FrameworkFormat.localizedText, what: what, sink: sink) else { return nil }
            let nl = reader.string("nl")
            let en = reader.string("en")
            if nl == nil, en == nil {
                sink.error(
                    .missingKey, Message(nl: "\(what.nl) heeft geen tekst", en: "\(what.en) has no text"),
                    fix: Message(nl: "geef 'nl:' en 'en:'", en: "give 'nl:' and 'en:'"), at: node)
                return nil
            }
            return LocalizedText(nl: nl, en: en)
        }
        guard let text = string(node, what: what) else { return nil }
        return LocalizedText(nl: text, en: nil)
    }
}
