import Kader

/// A small YAML file that tells `kader import csv` what the columns of a survey export hold
/// when their headings are neither question ids nor question texts (see docs/import.md):
///
/// ```yaml
/// framework: jeugdhulp_azc
/// delimiter: ";"
/// columns:
///   "Naam gemeente": respondent
///   "Q1": regie_wethouder
///   "Q1 toelichting": regie_wethouder.note
///   "Kanalen [Nieuwsbrief]": kanalen[nieuwsbrief]
///   "E-mailadres": ignore
///   "Hoe vaak overlegt u?": {to: overleg, values: {"Elke week": volledig}}
/// values:
///   "Helemaal mee eens": volledig
/// ```
public struct ImportMapping: Sendable {
    /// One column heading and what it holds.
    public struct Column: Sendable {
        /// The heading as written in the mapping.
        public var heading: String
        /// What the column holds.
        public var target: ColumnTarget
        /// Answers in this column → option ids.
        public var values: [String: String]
        /// Where it is in the mapping file.
        public var location: SourceLocation
    }

    /// The framework id the mapping is for, if it says.
    public var framework: String?
    /// The delimiter, if the mapping fixes it.
    public var delimiter: Unicode.Scalar?
    /// The columns, in file order.
    public var columns: [Column]
    /// Answers → option ids, for every question.
    public var values: [String: String]
    /// The mapping's text, for showing lines in messages.
    public var source: SourceFile

    /// The keys a mapping file may have.
    public static var keys: [String] { ImportMappingFormat.top.keyNames }

    /// Reads and checks a mapping against `framework`: every question, option and field it
    /// names must exist; each problem is reported at its line and column.
    public static func load(bytes: [UInt8], name: String, framework: Framework) -> Loaded<ImportMapping> {
        let read = YAMLReader().read(bytes: bytes, name: name)
        var diagnostics = read.diagnostics
        guard let root = read.root else { return Loaded(value: nil, diagnostics: diagnostics, source: read.source) }
        let sink = DiagnosticSink()
        var mapping = ImportMapping(framework: nil, delimiter: nil, columns: [], values: [:], source: read.source)
        if let top = ConfigReader(root, format: ImportMappingFormat.top, sink: sink) {
            mapping.framework = top.string("framework")
            if let id = mapping.framework, id != framework.id, let node = top["framework"] {
                sink.error(
                    .wrongFramework,
                    Message(
                        nl: "deze koppeling is voor kader '\(id)', niet voor '\(framework.id)'",
                        en: "this mapping is for framework '\(id)', not '\(framework.id)'"), at: node)
            }
            if let node = top["delimiter"], let text = top.string("delimiter") {
                let scalars = Array((text == "\\t" || text.lowercased() == "tab" ? "\t" : text).unicodeScalars)
                if scalars.count == 1, [",", ";", "\t", "|"].contains(scalars[0]) {
                    mapping.delimiter = scalars[0]
                } else {
                    sink.error(
                        .invalidValue,
                        Message(nl: "scheidingsteken '\(text)' wordt niet ondersteund", en: "delimiter '\(text)' is not supported"),
                        fix: Message(nl: "gebruik \",\", \";\" of tab", en: "use \",\", \";\" or tab"), at: node)
                }
            }
            let checker = TargetChecker(framework: framework, sink: sink)
            if let node = top["values"] { mapping.values = checker.values(node, question: nil) }
            if let node = top["columns"] {
                if let pairs = node.mapping {
                    for pair in pairs {
                        let (key, value) = (pair.key, pair.value)
                        guard let heading = key.scalar, let column = checker.column(heading: heading, node: value, at: key) else {
                            continue
                        }
                        mapping.columns.append(column)
                    }
                } else {
                    sink.error(
                        .wrongType,
                        Message(
                            nl: "'columns' moet kolomkoppen met hun betekenis geven",
                            en: "'columns' must give column headings with their meaning"),
                        fix: Message(
                            nl: "schrijf per regel: \"Kolomkop\": vraag_id", en: "write one per line: \"Column heading\": question_id"),
                        at: node)
                }
            }
        }
        diagnostics.append(contentsOf: sink.list)
        return Loaded(value: diagnostics.hasErrors ? nil : mapping, diagnostics: diagnostics, source: read.source)
    }
}

/// Checks the targets and values a mapping names against the framework.
struct TargetChecker {
    let framework: Framework
    let sink: DiagnosticSink

    func column(heading: String, node: YAMLNode, at key: YAMLNode) -> ImportMapping.Column? {
        var targetNode = node
        var values: [String: String] = [:]
        if node.mapping != nil {
            guard
                let reader = ConfigReader(
                    node, format: ImportMappingFormat.column, what: Message(nl: "kolom '\(heading)'", en: "column '\(heading)'"), sink: sink
                ),
                let to = reader.required("to")
            else { return nil }
            targetNode = to
            guard let text = ValueReader(sink: sink).string(to, what: Message(nl: "'to'", en: "'to'")), let target = target(text, at: to)
            else { return nil }
            if let valuesNode = reader["values"] { values = self.values(valuesNode, question: target.questionID) }
            return ImportMapping.Column(heading: heading, target: target, values: values, location: key.location)
        }
        guard
            let text = ValueReader(sink: sink).string(
                targetNode, what: Message(nl: "de betekenis van kolom '\(heading)'", en: "the meaning of column '\(heading)'")),
            let target = target(text, at: targetNode)
        else { return nil }
        return ImportMapping.Column(heading: heading, target: target, values: values, location: key.location)
    }

    /// `respondent`, `organisation`, `date`, `ignore`, `context.FIELD`, `QUESTION`,
    /// `QUESTION.note`, `QUESTION.evidence` or `QUESTION[OPTION]`.
    func target(_ text: String, at node: YAMLNode) -> ColumnTarget? {
        switch text {
        case "respondent": return .respondent
        case "organisation", "organization": return .organisation
        case "date": return .date
        case "ignore": return .ignored
        default: break
        }
        if text.hasPrefix("context.") { return .context(String(text.dropFirst(8))) }
        var id = text
        var part: ColumnTarget?
        if text.hasSuffix(".note") {
            id = String(text.dropLast(5))
            part = .note(id)
        }
        if text.hasSuffix(".evidence") {
            id = String(text.dropLast(9))
            part = .evidence(id)
        }
        var option: String?
        if let open = text.firstIndex(of: "["), text.hasSuffix("]") {
            id = String(text[..<open])
            option = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        guard let question = framework.question(id) else {
            let targets = framework.questions.map(\.id) + ["respondent", "organisation", "date", "ignore"]
            sink.error(
                .unknownQuestion,
                Message(nl: "kader '\(framework.id)' heeft geen vraag '\(id)'", en: "framework '\(framework.id)' has no question '\(id)'"),
                fix: Suggestion.fix(for: id, in: targets, what: Message(nl: "doelen", en: "targets")), at: node)
            return nil
        }
        if let option {
            guard question.kind.answerShape.picksSeveral, question.kind.options.contains(where: { $0.id == option }) else {
                sink.error(
                    .invalidOption,
                    Message(
                        nl: "'\(option)' is geen optie van meerkeuzevraag '\(id)'",
                        en: "'\(option)' is not an option of multiple-choice question '\(id)'"),
                    fix: Suggestion.fix(for: option, in: question.kind.options.map(\.id), what: Message(nl: "opties", en: "options")),
                    at: node)
                return nil
            }
            return .choice(question: id, option: option)
        }
        return part ?? .question(id)
    }

    /// `answer: option_id` pairs; each option id must exist for the question (or, for the
    /// mapping-wide list, for some question), or be a word for "weet niet" or "n.v.t.".
    func values(_ node: YAMLNode, question id: String?) -> [String: String] {
        guard let pairs = node.mapping else {
            sink.error(
                .wrongType,
                Message(nl: "'values' moet antwoorden met hun optie-id geven", en: "'values' must give answers with their option id"),
                fix: Message(nl: "schrijf per regel: \"Antwoord\": optie_id", en: "write one per line: \"Answer\": option_id"), at: node)
            return [:]
        }
        let questions = id.flatMap { framework.question($0) }.map { [$0] } ?? framework.questions
        let valid = Set(questions.flatMap { $0.kind.options.map(\.id) })
            .union(ResponseLoader.unknownWords).union(ResponseLoader.notApplicableWords).union(["ja", "nee", "yes", "no"])
        var result: [String: String] = [:]
        for pair in pairs {
            let (key, value) = (pair.key, pair.value)
            guard let answer = key.scalar,
                let option = ValueReader(sink: sink).string(
                    value, what: Message(nl: "de optie voor '\(answer)'", en: "the option for '\(answer)'"))
            else { continue }
            guard valid.contains(option) else {
                sink.error(
                    .invalidOption,
                    Message(
                        nl: "'\(option)' is geen optie" + (id.map { " van vraag '\($0)'" } ?? " in dit kader"),
                        en: "'\(option)' is not an option" + (id.map { " of question '\($0)'" } ?? " in this framework")),
                    fix: Suggestion.fix(for: option, in: valid.sorted(), what: Message(nl: "opties", en: "options")), at: value)
                continue
            }
            result[Normalize.text(answer)] = option
        }
        return result
    }
}
