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
///
/// It reads the UTF-8 bytes (expressions are nearly always ASCII, and a framework has thousands)
/// and counts Unicode scalars alongside, because token offsets are in scalars.
struct Lexer {
    let text: String

    init(_ text: String) { self.text = text }

    func tokens() -> Swift.Result<[Token], ExpressionSyntaxError> {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.tokens()
        }!
    }

    /// The symbol that starts with `first` (followed by `second`, if any): two characters when
    /// they make one of `== != <> <= >= && ||`, else one of `< > = + - * / ( ) [ ] , . !`.
    static func symbol(_ first: UInt8, _ second: UInt8?) -> String? {
        switch (first, second) {
        case (UInt8(ascii: "="), UInt8(ascii: "=")): "=="
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): "!="
        case (UInt8(ascii: "<"), UInt8(ascii: ">")): "<>"
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): "<="
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): ">="
        case (UInt8(ascii: "&"), UInt8(ascii: "&")): "&&"
        case (UInt8(ascii: "|"), UInt8(ascii: "|")): "||"
        case (UInt8(ascii: "<"), _): "<"
        case (UInt8(ascii: ">"), _): ">"
        case (UInt8(ascii: "="), _): "="
        case (UInt8(ascii: "+"), _): "+"
        case (UInt8(ascii: "-"), _): "-"
        case (UInt8(ascii: "*"), _): "*"
        case (UInt8(ascii: "/"), _): "/"
        case (UInt8(ascii: "("), _): "("
        case (UInt8(ascii: ")"), _): ")"
        case (UInt8(ascii: "["), _): "["
        case (UInt8(ascii: "]"), _): "]"
        case (UInt8(ascii: ","), _): ","
        case (UInt8(ascii: "."), _): "."
        case (UInt8(ascii: "!"), _): "!"
        default: nil
        }
    }

    /// One pass over the bytes: `index` in bytes, `offset` in scalars.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// The scalar at `index` and its length in bytes (the text is valid UTF-8).
        func scalar(at index: Int) -> (Unicode.Scalar, Int) {
            let lead = bytes[index]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (0xFF >> (width + 1))
            for next in bytes[(index + 1)..<(index + width)] { value = value << 6 | UInt32(next & 0x3F) }
            return (Unicode.Scalar(value)!, width)
        }

        /// Moves past the scalar at `index`.
        mutating func step() {
            index += scalar(at: index).1
            offset += 1
        }

        func isDigit(at index: Int) -> Bool {
            index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
        }

        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

        mutating func tokens() -> Swift.Result<[Token], ExpressionSyntaxError> {
            var tokens: [Token] = []
            while index < bytes.count {
                let (c, width) = scalar(at: index)
                if c.isExpressionSpace {
                    index += width
                    offset += 1
                    continue
                }
                let start = offset
                let startIndex = index
                if isDigit(at: index) || (c == "." && isDigit(at: index + 1)) {
                    while isDigit(at: index) || (index < bytes.count && bytes[index] == UInt8(ascii: ".")) {
                        index += 1
                        offset += 1
                    }
                    let text = string(startIndex..<index)
                    guard let value = Double(text), value.isFinite else {
                        return .failure(ExpressionSyntaxError(.badNumber(text), at: start, length: offset - start))
                    }
                    tokens.append(Token(kind: .number(value), start: start, end: offset))
                } else if c == "'" || c == "\"" {
                    step()
                    var content: [UInt8] = []
                    while index < bytes.count, bytes[index] != UInt8(ascii: c) {
                        if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                            index += 1
                            offset += 1
                        }
                        let width = scalar(at: index).1
                        content.append(contentsOf: bytes[index..<(index + width)])
                        index += width
                        offset += 1
                    }
                    guard index < bytes.count else {
                        return .failure(ExpressionSyntaxError(.unclosedString, at: start, length: 1))
                    }
                    step()
                    tokens.append(Token(kind: .string(String(decoding: content, as: UTF8.self)), start: start, end: offset))
                } else if c.isIdentifierStart {
                    step()
                    while index < bytes.count {
                        let (next, width) = scalar(at: index)
                        guard next.isIdentifierPart else { break }
                        index += width
                        offset += 1
                    }
                    tokens.append(Token(kind: .identifier(string(startIndex..<index)), start: start, end: offset))
                } else if c.isASCII, let symbol = Lexer.symbol(bytes[index], index + 1 < bytes.count ? bytes[index + 1] : nil) {
                    index += symbol.utf8.count
                    offset += symbol.utf8.count
                    tokens.append(Token(kind: .symbol(symbol), start: start, end: offset))
                } else {
                    return .failure(ExpressionSyntaxError(.unexpectedCharacter(String(c)), at: start, length: 1))
                }
            }
            tokens.append(Token(kind: .end, start: offset, end: offset))
            return .success(tokens)
        }
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
