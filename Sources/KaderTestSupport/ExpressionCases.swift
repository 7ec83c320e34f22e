// Compiled into KaderTestSupport and, by Fuzz/run.sh, into the expression fuzzer: it may use
// only the core and Foundation.
import Foundation
import Kader

/// One case of the shared expression corpus (`Tests/ExpressionCases/`, described in its
/// README.md): an expression, the answers it is evaluated with, and the value and trace it must
/// give.
public struct ExpressionCase: Sendable {
    /// Where the case starts, as `file:line`.
    public let place: String
    /// What the case shows.
    public let note: String
    /// The expression.
    public let source: String
    /// Answers over the corpus's default answers: question id and the answer as YAML.
    public let answers: [(id: String, yaml: String)]
    /// Context fields over the default context, likewise.
    public let context: [(id: String, yaml: String)]
    /// The expected value, as ``Value/display`` writes it.
    public let value: String
    /// For a missing value: the questions whose answers would decide it, when given.
    public let undecided: [String]?
    /// The expected trace at full depth, in the corpus's trace lines; nil when not given.
    public let trace: String?
    /// The expected trace at summary depth, likewise.
    public let summary: String?
    /// True when the case is a row of the examples table in docs/expressions.md.
    public let inDocumentation: Bool

    /// True when the case is evaluated with the default answers and context.
    public var usesDefaultAnswers: Bool { answers.isEmpty && context.isEmpty }
}

/// The corpus: the framework and default answers every case is evaluated against, and the cases.
public struct ExpressionCorpus: Sendable {
    /// The folder the corpus was read from.
    public let directory: String
    /// `framework.yaml`, loaded.
    public let engine: Engine
    /// `answers.yaml`, loaded.
    public let defaultResponse: Response
    /// Every case of every file in `cases/`, files in name order.
    public let cases: [ExpressionCase]
    /// Problems reading the corpus (a file that does not load, a case without a key it needs).
    public let problems: [String]

    /// Reads the corpus in `directory`; nil when its framework or default answers do not load.
    public init?(directory: String) {
        guard let framework = FrameworkLoader().load(bytes: Self.bytes(directory + "/framework.yaml"), name: "framework.yaml").value,
            let response = ResponseLoader().load(
                bytes: Self.bytes(directory + "/answers.yaml"), name: "answers.yaml",
                framework: framework
            ).value
        else { return nil }
        self.directory = directory
        engine = Engine(framework: framework)
        defaultResponse = response
        var cases: [ExpressionCase] = []
        var problems: [String] = []
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/cases")) ?? []
        let files = listed.filter { $0.hasSuffix(".yaml") }.sorted()
        if files.isEmpty { problems.append("\(directory)/cases: no case files") }
        for file in files {
            let read = YAMLReader().read(bytes: Self.bytes(directory + "/cases/" + file), name: file)
            guard let list = read.root?["cases"]?.sequence else {
                problems.append("\(file): no list 'cases'" + (read.diagnostics.all.first.map { ": \($0.message.en)" } ?? ""))
                continue
            }
            for node in list {
                switch Self.readCase(node, file: file) {
                case .success(let found): cases.append(found)
                case .failure(let problem): problems.append(problem.text)
                }
            }
        }
        self.cases = cases
        self.problems = problems
    }

    /// The response case `item` is evaluated with: the default answers and context, with the
    /// case's own over them (a case's `~` makes a question unanswered).
    public func response(for item: ExpressionCase) -> Response? {
        guard !item.usesDefaultAnswers else { return defaultResponse }
        var text = "framework: \(engine.framework.id)\ncontext:\n"
        for (id, yaml) in item.context { text += "  \(id): \(yaml)\n" }
        text += "answers:\n"
        for (id, yaml) in item.answers { text += "  \(id): \(yaml)\n" }
        guard var response = ResponseLoader().load(text: text, name: item.place, framework: engine.framework).value else { return nil }
        for (id, answer) in defaultResponse.answers where !item.answers.contains(where: { $0.id == id }) {
            response.answers[id] = answer
            response.answerOrder.append(id)
        }
        for (key, value) in defaultResponse.context where !item.context.contains(where: { $0.id == key }) {
            response.context[key] = value
        }
        return response
    }

    /// What is wrong with case `item`, in words: empty when it gives the value and traces it
    /// promises. Also checks that a trace starts from the value itself, at both depths.
    public func check(_ item: ExpressionCase) -> [String] {
        guard let response = response(for: item) else { return ["\(item.place): the case's answers do not load"] }
        let value: Value
        switch engine.evaluate(expression: item.source, for: response) {
        case .success(let found): value = found
        case .failure(let problem): return ["\(item.place): '\(item.source)' does not compile: \(problem.message.en)"]
        }
        var problems: [String] = []
        if value.display != item.value {
            problems.append("\(item.place): '\(item.source)' is \(value.display), expected \(item.value)")
        }
        if let undecided = item.undecided, undecided != value.missing?.questions ?? [] {
            problems.append("\(item.place): '\(item.source)' waits for \(value.missing?.questions ?? []), expected \(undecided)")
        }
        for (depth, expected) in [(TraceDepth.full, item.trace), (.summary, item.summary)] {
            guard case .success(let trace) = engine.trace(expression: item.source, for: response, depth: depth) else { continue }
            if trace.value != value {
                problems.append(
                    "\(item.place): the \(depth) trace of '\(item.source)' ends at \(trace.value.display), "
                        + "evaluation at \(value.display)")
            }
            let actual = Self.lines(trace)
            if let expected, actual != expected.trimmingCharacters(in: .whitespacesAndNewlines) {
                problems.append("\(item.place): the \(depth) trace of '\(item.source)' is\n\(actual)\nexpected\n\(expected)")
            }
        }
        return problems
    }

    /// A trace in the corpus's lines: `text → value`, two spaces deeper for each part, `* ` before
    /// an operand that decided an `and`, `or` or `not`.
    public static func lines(_ trace: TraceNode) -> String {
        var out: [String] = []
        func add(_ node: TraceNode, _ depth: Int) {
            out.append(String(repeating: "  ", count: depth) + (node.decisive ? "* " : "") + node.text + " → " + node.value.display)
            for child in node.children { add(child, depth + 1) }
        }
        add(trace, 0)
        return out.joined(separator: "\n")
    }

    // MARK: Reading

    private struct Problem: Error { let text: String }

    private static func readCase(_ node: YAMLNode, file: String) -> Result<ExpressionCase, Problem> {
        let place = "\(file):\(node.location.line)"
        guard let source = node["source"]?.scalar, let value = node["value"]?.scalar else {
            return .failure(Problem(text: "\(place): a case needs 'source' and 'value'"))
        }
        let known: Set<String> = ["note", "source", "answers", "context", "value", "undecided", "trace", "summary", "docs"]
        if let unknown = node.mapping?.compactMap(\.key.scalar).first(where: { !known.contains($0) }) {
            return .failure(Problem(text: "\(place): unknown key '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))"))
        }
        return .success(
            ExpressionCase(
                place: place, note: node["note"]?.scalar ?? "", source: source, answers: pairs(node["answers"]),
                context: pairs(node["context"]), value: value,
                undecided: node["undecided"]?.sequence?.compactMap(\.scalar), trace: node["trace"]?.scalar,
                summary: node["summary"]?.scalar, inDocumentation: node["docs"]?.scalar == "true"))
    }

    /// A mapping's entries, each value written back as YAML for a response file.
    private static func pairs(_ node: YAMLNode?) -> [(id: String, yaml: String)] {
        (node?.mapping ?? []).compactMap { pair in pair.key.scalar.map { ($0, yaml(pair.value)) } }
    }

    private static func yaml(_ node: YAMLNode) -> String {
        if node.isNull { return "~" }
        if let items = node.sequence { return "[" + items.map(yaml).joined(separator: ", ") + "]" }
        guard let scalar = node.scalar else { return "~" }
        return node.isPlain ? scalar : YAMLText.quoted(scalar)
    }

    private static func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }
}
