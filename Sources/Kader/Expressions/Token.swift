/// A token of the expression language, with its offset (in Unicode scalars) in the expression text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case identifier(String)
        case symbol(String)
        case end
    }
    var kind: Kind
    /// Offset of the first scalar.
    var start: Int
    /// Offset just past the last scalar.
    var end: Int
}

/// Splits an expression into tokens. Fails with the offset of the first character it cannot read.
struct Lexer {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    static let symbols = ["==", "!=", "<>", "<=", ">=", "&&", "||", "<", ">", "=", "+", "-", "*", "/",
                          "(", ")", "[", "]", ",", ".", "!"]

    func tokens() -> Swift.Result<[Token], ExpressionSyntaxError> {
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.isExpressionSpace { i += 1; continue }
            let start = i
            if c.isASCIIDigit || (c == "." && i + 1 < scalars.count && scalars[i + 1].isASCIIDigit) {
                while i < scalars.count, scalars[i].isASCIIDigit || scalars[i] == "." { i += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<i]))
                guard let value = Double(text), value.isFinite else {
                    return .failure(ExpressionSyntaxError(.badNumber(text), at: start, length: i - start))
                }
                tokens.append(Token(kind: .number(value), start: start, end: i))
            } else if c == "'" || c == "\"" {
                i += 1
                var text = String.UnicodeScalarView()
                while i < scalars.count, scalars[i] != c {
                    if scalars[i] == "\\", i + 1 < scalars.count { i += 1 }
                    text.append(scalars[i])
                    i += 1
                }
                guard i < scalars.count else {
                    return .failure(ExpressionSyntaxError(.unclosedString, at: start, length: 1))
                }
                i += 1
                tokens.append(Token(kind: .string(String(text)), start: start, end: i))
            } else if c.isIdentifierStart {
                while i < scalars.count, scalars[i].isIdentifierPart { i += 1 }
                tokens.append(Token(kind: .identifier(String(String.UnicodeScalarView(scalars[start..<i]))), start: start, end: i))
            } else if let symbol = Self.symbols.first(where: { matches($0, at: i) }) {
                i += symbol.unicodeScalars.count
                tokens.append(Token(kind: .symbol(symbol), start: start, end: i))
            } else {
                return .failure(ExpressionSyntaxError(.unexpectedCharacter(String(c)), at: start, length: 1))
            }
        }
        tokens.append(Token(kind: .end, start: scalars.count, end: scalars.count))
        return .success(tokens)
    }

    private func matches(_ symbol: String, at index: Int) -> Bool {
        var i = index
        for scalar in symbol.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    // ASCII first: Unicode property lookups are slow, and nearly every expression is ASCII.
    var isIdentifierStart: Bool {
        if isASCII { return ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
        return properties.isAlphabetic
    }
    var isIdentifierPart: Bool { isIdentifierStart || isASCIIDigit }
    var isExpressionSpace: Bool {
        if isASCII { return self == " " || self == "\t" || self == "\n" || self == "\r" || value == 0x0B || value == 0x0C }
        return properties.isWhitespace
    }
}
