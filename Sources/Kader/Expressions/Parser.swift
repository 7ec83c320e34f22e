/// Parses expression text into ``Syntax`` by recursive descent, with bounded length, depth and size.
///
/// Precedence, loosest first: `or`/`||`, `and`/`&&`, `not`/`!`, comparisons (`== = != <> < <= > >= in`),
/// `+ -`, `* /`, unary `-`, then names, calls, lists and parentheses.
struct ExpressionParser {
    static let maxLength = 4_000
    static let maxDepth = 48
    static let maxNodes = 1_000

    private var tokens: [Token] = []
    private var position = 0
    private var depth = 0
    private var nodes = 0

    static func parse(_ text: String) -> Swift.Result<Syntax, ExpressionSyntaxError> {
        let count = text.unicodeScalars.count
        guard count <= maxLength else { return .failure(ExpressionSyntaxError(.tooLong(maxLength), at: 0, length: 1)) }
        switch Lexer(text).tokens() {
        case .failure(let error): return .failure(error)
        case .success(let tokens):
            var parser = ExpressionParser()
            parser.tokens = tokens
            do {
                let syntax = try parser.expression()
                guard case .end = parser.current.kind else {
                    throw parser.expected("the end of the expression")
                }
                return .success(syntax)
            } catch let error as ExpressionSyntaxError {
                return .failure(error)
            } catch {
                return .failure(ExpressionSyntaxError(.expected("an expression", found: "?"), at: 0, length: 1))
            }
        }
    }

    private var current: Token { tokens[position] }

    /// The current token's symbol, if it is one.
    private var symbol: String? {
        if case .symbol(let s) = current.kind { return s }
        return nil
    }

    private func isSymbol(_ symbol: String) -> Bool { self.symbol == symbol }

    /// True when the current token is the keyword `word` (lowercase), written in any case.
    private func isWord(_ word: String) -> Bool {
        if case .identifier(let name) = current.kind { return Self.spells(name, word) }
        return false
    }

    /// `name.lowercased() == word`, without making the lowercased copy for an ASCII name: the
    /// parser asks this for every name at every precedence level. One pass: an ASCII letter
    /// lowercases to one letter whatever follows it, so a mismatch in the ASCII prefix decides;
    /// only a name with other scalars needs `lowercased()`.
    static func spells(_ name: String, _ word: String) -> Bool {
        var lowers = word.utf8.makeIterator()
        for letter in name.utf8 {
            guard letter < 0x80 else { return name.lowercased() == word }
            guard let lower = lowers.next(),
                (letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z") ? letter + 32 : letter) == lower
            else { return false }
        }
        return lowers.next() == nil
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .number(let n): "'\(ExpressionFormat.number(n))'"
        case .string(let s): "'\"\(s)\"'"
        case .identifier(let s): "'\(s)'"
        case .symbol(let s): "'\(s)'"
        case .end: "the end"
        }
    }

    private func expected(_ what: String) -> ExpressionSyntaxError {
        ExpressionSyntaxError(.expected(what, found: describe(current)), at: current.start, length: max(1, current.end - current.start))
    }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// Entering a nesting construct: parentheses, a list, a call's arguments, a unary operator.
    /// Precedence levels do not count, so the limit is on what the author wrote.
    private mutating func nest() throws {
        depth += 1
        if depth > Self.maxDepth { throw ExpressionSyntaxError(.tooDeep(Self.maxDepth), at: current.start, length: 1) }
    }

    /// Counts a node the parse produces.
    private mutating func count(_ syntax: Syntax) throws -> Syntax {
        nodes += 1
        if nodes > Self.maxNodes { throw ExpressionSyntaxError(.tooManyNodes(Self.maxNodes), at: syntax.range.lowerBound, length: 1) }
        return syntax
    }

    mutating func expression() throws -> Syntax { try or() }

    private mutating func or() throws -> Syntax {
        var left = try and()
        while isWord("or") || isSymbol("||") {
            let op = advance()
            let right = try and()
            left = try count(.binary("or", left, right, left.range.lowerBound..<right.range.upperBound, operatorRange: op.start..<op.end))
        }
        return left
    }

    private mutating func and() throws -> Syntax {
        var left = try not()
        while isWord("and") || isSymbol("&&") {
            let op = advance()
            let right = try not()
            left = try count(.binary("and", left, right, left.range.lowerBound..<right.range.upperBound, operatorRange: op.start..<op.end))
        }
        return left
    }

    private mutating func not() throws -> Syntax {
        if isWord("not") || isSymbol("!") {
            let op = advance()
            try nest()
            defer { depth -= 1 }
            let operand = try not()
            return try count(.unary("not", operand, op.start..<operand.range.upperBound))
        }
        return try comparison()
    }

    private mutating func comparison() throws -> Syntax {
        let left = try additive()
        let op: String
        switch symbol {
        case "==", "=": op = "=="
        case "!=", "<>": op = "!="
        case "<": op = "<"
        case "<=": op = "<="
        case ">": op = ">"
        case ">=": op = ">="
        default:
            guard isWord("in") else { return left }
            op = "in"
        }
        let opToken = advance()
        let right = try additive()
        return try count(
            .binary(op, left, right, left.range.lowerBound..<right.range.upperBound, operatorRange: opToken.start..<opToken.end))
    }

    private mutating func additive() throws -> Syntax {
        var left = try multiplicative()
        while let symbol, symbol == "+" || symbol == "-" {
            let op = advance()
            let right = try multiplicative()
            left = try count(.binary(symbol, left, right, left.range.lowerBound..<right.range.upperBound, operatorRange: op.start..<op.end))
        }
        return left
    }

    private mutating func multiplicative() throws -> Syntax {
        var left = try unary()
        while let symbol, symbol == "*" || symbol == "/" {
            let op = advance()
            let right = try unary()
            left = try count(.binary(symbol, left, right, left.range.lowerBound..<right.range.upperBound, operatorRange: op.start..<op.end))
        }
        return left
    }

    private mutating func unary() throws -> Syntax {
        if isSymbol("-") {
            let op = advance()
            try nest()
            defer { depth -= 1 }
            let operand = try unary()
            return try count(.unary("-", operand, op.start..<operand.range.upperBound))
        }
        return try primary()
    }

    private mutating func primary() throws -> Syntax {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return try count(.number(value, token.start..<token.end))
        case .string(let value):
            _ = advance()
            return try count(.string(value, token.start..<token.end))
        case .identifier(let name):
            _ = advance()
            if Self.spells(name, "true") { return .bool(true, token.start..<token.end) }
            if Self.spells(name, "false") { return .bool(false, token.start..<token.end) }
            if Self.spells(name, "missing") { return .missing(token.start..<token.end) }
            if Self.spells(name, "and") || Self.spells(name, "or") || Self.spells(name, "not") || Self.spells(name, "in") {
                throw ExpressionSyntaxError(
                    .expected("an expression", found: "'\(name)'"), at: token.start, length: token.end - token.start)
            }
            if isSymbol("(") {
                _ = advance()
                try nest()
                defer { depth -= 1 }
                var arguments: [Syntax] = []
                if !isSymbol(")") {
                    repeat {
                        if !arguments.isEmpty { _ = advance() }
                        arguments.append(try expression())
                    } while isSymbol(",")
                }
                guard isSymbol(")") else { throw expected("')'") }
                let close = advance()
                return try count(.call(name, arguments, token.start..<close.end, nameRange: token.start..<token.end))
            }
            if isSymbol(".") {
                _ = advance()
                guard case .identifier(let member) = current.kind else { throw expected("a name after '.'") }
                let memberToken = advance()
                return try count(.member(name, member, token.start..<memberToken.end, memberRange: memberToken.start..<memberToken.end))
            }
            return try count(.name(name, token.start..<token.end))
        case .symbol("("):
            let open = advance()
            try nest()
            defer { depth -= 1 }
            let inner = try expression()
            guard isSymbol(")") else { throw expected("')'") }
            let close = advance()
            return inner.with(range: open.start..<close.end)
        case .symbol("["):
            _ = advance()
            try nest()
            defer { depth -= 1 }
            var items: [Syntax] = []
            if !isSymbol("]") {
                repeat {
                    if !items.isEmpty { _ = advance() }
                    items.append(try expression())
                } while isSymbol(",")
            }
            guard isSymbol("]") else { throw expected("']'") }
            let close = advance()
            return try count(.list(items, token.start..<close.end))
        default:
            throw expected("an expression")
        }
    }
}

/// Number formatting shared by messages, traces and reports: no trailing ".0", at most 2 decimals.
public enum ExpressionFormat {
    /// `3` for 3.0, `66.7` for 66.7, `0.33` for 0.333.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 100).rounded() / 100
        var text = String(rounded)
        // Numbers too large for Int (a fuzzer found `2e46` in an expression) keep Swift's form.
        if text.contains("e"), abs(rounded) < 1e15 { text = String(format2: rounded) }
        return text
    }
}

extension String {
    fileprivate init(format2 value: Double) {
        let whole = Int(value)
        let fraction = Int((abs(value - Double(whole)) * 100).rounded())
        self = "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
