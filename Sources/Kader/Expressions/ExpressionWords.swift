/// A number expression as a reader of a handout or paper form reads it: scores by their titles,
/// numbers in the language's own notation, "×" for `*`, "de laagste van … en …" for `min`:
/// "cijfer = 1 + 9 × score / 100" instead of "1 + 9 * score / 100", "Pedagogische visie −
/// Lesprogramma" instead of "score.visie - score.lesprogramma". A part it has no words for (an
/// answer, a plugin's function) keeps its text as written.
public struct ExpressionWords {
    let framework: Framework
    let language: Language
    let expression: CheckedExpression

    /// The expression in words.
    public static func text(_ expression: CheckedExpression, framework: Framework, language: Language) -> String {
        ExpressionWords(framework: framework, language: language, expression: expression).words(expression.root)
    }

    private var say: Say { Say(language) }

    private func words(_ node: ExprNode) -> String {
        switch node.operation {
        case .constant(.number(let value)):
            return ValueText.number(value, language: language)
        case .score(let name):
            return title(of: name.id) ?? expression.snippet(node.range)
        case .negate(let operand):
            return "−" + grouped(operand, under: 3)
        case .arithmetic(let op, let left, let right):
            let precedence = Self.precedence(op)
            // The right side of − and / keeps its brackets at the same precedence: a − (b − c).
            let rightMinimum = op == "-" || op == "/" ? precedence + 1 : precedence
            return grouped(left, under: precedence) + " " + Self.symbol(op) + " " + grouped(right, under: rightMinimum)
        case .call(let function, let arguments) where ["min", "max"].contains(type(of: function).name) && arguments.count > 1:
            let parts = arguments.map(words)
            let list = parts.dropLast().joined(separator: ", ") + say(" en ", " and ") + (parts.last ?? "")
            return type(of: function).name == "min"
                ? say("de laagste van ", "the lowest of ") + list : say("de hoogste van ", "the highest of ") + list
        default:
            return expression.snippet(node.range)
        }
    }

    /// A part of an arithmetic expression, in brackets when it binds less tightly than its place asks.
    private func grouped(_ node: ExprNode, under minimum: Int) -> String {
        if case .arithmetic(let op, _, _) = node.operation, Self.precedence(op) < minimum { return "(" + words(node) + ")" }
        if case .call = node.operation { return "(" + words(node) + ")" }
        return words(node)
    }

    /// What reports call a domain or score: its title, "Totaal" for the overall score.
    private func title(of id: String) -> String? {
        if id == framework.scoring.overallID, framework.domain(id) == nil {
            return framework.scoring.derived.first { $0.id == id }?.title.text(in: language) ?? say("Totaal", "Overall")
        }
        if let domain = framework.domain(id) { return domain.title.text(in: language) }
        return framework.scoring.derived.first { $0.id == id }?.title.text(in: language)
    }

    private static func precedence(_ op: String) -> Int { op == "+" || op == "-" ? 1 : 2 }

    private static func symbol(_ op: String) -> String {
        switch op {
        case "*": "×"
        case "-": "−"
        default: op
        }
    }
}
