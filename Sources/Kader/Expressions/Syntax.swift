/// A parsed, not yet checked expression. Every node knows the range of text it came from, so
/// that a type error can point at exactly the part that is wrong.
indirect enum Syntax: Sendable {
    case number(Double, Range<Int>)
    case string(String, Range<Int>)
    case bool(Bool, Range<Int>)
    /// The word `missing`: a value that is not there.
    case missing(Range<Int>)
    /// A bare name: a question id, or a variable such as `score` in a grade formula.
    case name(String, Range<Int>)
    /// `namespace.member`, for example `score.visie` or `level.overall`.
    case member(String, String, Range<Int>, memberRange: Range<Int>)
    case unary(String, Syntax, Range<Int>)
    case binary(String, Syntax, Syntax, Range<Int>, operatorRange: Range<Int>)
    case call(String, [Syntax], Range<Int>, nameRange: Range<Int>)
    case list([Syntax], Range<Int>)

    /// The same node covering `range` (parentheses around it belong to it).
    func with(range newRange: Range<Int>) -> Syntax {
        switch self {
        case .number(let v, _): .number(v, newRange)
        case .string(let v, _): .string(v, newRange)
        case .bool(let v, _): .bool(v, newRange)
        case .missing: .missing(newRange)
        case .name(let v, _): .name(v, newRange)
        case .member(let a, let b, _, let m): .member(a, b, newRange, memberRange: m)
        case .unary(let op, let x, _): .unary(op, x, newRange)
        case .binary(let op, let l, let r, _, let o): .binary(op, l, r, newRange, operatorRange: o)
        case .call(let n, let a, _, let nr): .call(n, a, newRange, nameRange: nr)
        case .list(let items, _): .list(items, newRange)
        }
    }

    var range: Range<Int> {
        switch self {
        case .number(_, let r), .string(_, let r), .bool(_, let r), .missing(let r), .name(_, let r), .member(_, _, let r, _),
            .unary(_, _, let r), .binary(_, _, _, let r, _), .call(_, _, let r, _), .list(_, let r):
            return r
        }
    }
}

/// A syntax error: what was found, at which offset.
struct ExpressionSyntaxError: Error, Sendable {
    enum Problem: Sendable {
        case badNumber(String)
        case unclosedString
        case unexpectedCharacter(String)
        case expected(String, found: String)
        case tooLong(Int)
        case tooDeep(Int)
        case tooManyNodes(Int)
    }
    var problem: Problem
    var offset: Int
    var length: Int

    init(_ problem: Problem, at offset: Int, length: Int) {
        self.problem = problem
        self.offset = offset
        self.length = length
    }

    var message: Message {
        switch problem {
        case .badNumber(let text): Message(nl: "'\(text)' is geen geldig getal", en: "'\(text)' is not a valid number")
        case .unclosedString: Message(nl: "tekst tussen aanhalingstekens wordt niet afgesloten", en: "quoted text is not closed")
        case .unexpectedCharacter(let c): Message(nl: "onverwacht teken '\(c)'", en: "unexpected character '\(c)'")
        case .expected(let what, let found):
            Message(
                nl: "verwacht \(ExpressionSyntaxError.dutch(what)), gevonden \(ExpressionSyntaxError.dutch(found))",
                en: "expected \(what), found \(found)")
        case .tooLong(let limit):
            Message(nl: "de expressie is langer dan \(limit) tekens", en: "the expression is longer than \(limit) characters")
        case .tooDeep(let limit):
            Message(nl: "de expressie is dieper genest dan \(limit) niveaus", en: "the expression is nested deeper than \(limit) levels")
        case .tooManyNodes(let limit):
            Message(nl: "de expressie heeft meer dan \(limit) onderdelen", en: "the expression has more than \(limit) parts")
        }
    }

    var fix: Message {
        switch problem {
        case .unclosedString: Message(nl: "sluit de tekst af met hetzelfde aanhalingsteken", en: "close the text with the same quote")
        case .unexpectedCharacter:
            Message(
                nl: "gebruik 'and', 'or', 'not', vergelijkingen (== != < <= > >=), + - * / en functies; zie docs/expressions.md",
                en: "use 'and', 'or', 'not', comparisons (== != < <= > >=), + - * / and functions; see docs/expressions.md")
        case .tooLong, .tooDeep, .tooManyNodes:
            Message(nl: "splits de regel in kleinere regels of afgeleide scores", en: "split the rule into smaller rules or derived scores")
        default:
            Message(
                nl: "zie docs/expressions.md voor de opbouw van een expressie", en: "see docs/expressions.md for how an expression is built"
            )
        }
    }

    static func dutch(_ what: String) -> String {
        switch what {
        case "an expression": "een expressie"
        case "')'": "')'"
        case "']'": "']'"
        case "a name after '.'": "een naam na '.'"
        case "the end of the expression": "het einde van de expressie"
        case "the end": "het einde"
        default: what
        }
    }
}
