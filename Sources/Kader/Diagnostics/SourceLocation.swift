/// A place in a source file: the file's name as the user gave it, and a 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret lines up under the character
/// the message talks about.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file name as shown to the user (a path, or a name such as `<stdin>`).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// `file:line:col`, the form editors and terminals make clickable.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// The same location moved `columns` scalars to the right on the same line.
    public func advanced(byColumns columns: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + columns)
    }
}

/// The text of one source file, kept so that diagnostics can show the offending line.
public struct SourceFile: Sendable {
    /// The file name as shown to the user.
    public let name: String
    /// The whole text, after the byte-order mark (if any) was removed.
    public let text: String
    /// The UTF-8 offset at which each line starts; nil when lines are found when asked for.
    private let lineIndex: [Int]?

    /// Creates a source file from its name and text.
    public init(name: String, text: String) {
        self.init(name: name, text: text, indexingLines: true)
    }

    /// A source file whose lines are indexed now (a framework: the loader asks for many lines),
    /// or found by scanning when one is asked for (a response that loads cleanly: nobody may
    /// ever ask, and a batch reads thousands).
    init(name: String, text: String, indexingLines: Bool) {
        var text = text
        text.makeContiguousUTF8()
        self.name = name
        self.text = text
        lineIndex = indexingLines ? Self.lineStarts(of: text) : nil
    }

    private var lineStarts: [Int] { lineIndex ?? Self.lineStarts(of: text) }

    private static func lineStarts(of text: String) -> [Int] {
        // Scanning bytes finds the same line starts as scanning scalars ("\n" is one byte that
        // is never part of another scalar), at a fraction of the cost; eight bytes are checked
        // at a time, and only a word that holds a line end is looked at byte by byte.
        text.utf8.withContiguousStorageIfAvailable(lineStarts) ?? [0]
    }

    /// The UTF-8 offset at which each line of `bytes` starts.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        guard let base = bytes.baseAddress else { return starts }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var offset = 0
        while offset + 8 <= bytes.count {
            // A zero byte in `word ^ "\n\n\n\n\n\n\n\n"` is a line end.
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
            if (word &- ones) & ~word & (ones &* 0x80) != 0 {
                for index in offset..<offset + 8 where base[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
            }
            offset += 8
        }
        for index in offset..<bytes.count where base[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        return starts
    }

    /// The number of lines in the file.
    public var lineCount: Int { lineStarts.count }

    /// The index of UTF-8 offset `offset`; line starts are always on a scalar boundary.
    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Line `number` (1-based) without its line ending, or nil when out of range.
    public func line(_ number: Int) -> Substring? {
        let lineStarts = self.lineStarts
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = index(lineStarts[number - 1])
        var end = number < lineStarts.count ? index(lineStarts[number] - 1) : text.endIndex
        if end > start, text.unicodeScalars[text.unicodeScalars.index(before: end)] == "\r" {
            end = text.unicodeScalars.index(before: end)
        }
        return text[start..<end]
    }

    /// A location in this file.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: name, line: line, column: column)
    }
}
