import Kader

/// Text with numbered markers (1️⃣ … 9️⃣) that say where diagnostics must land. The markers are
/// removed; their line and column (1-based, in Unicode scalars) are kept.
public struct MarkedText {
    /// The text without markers.
    public let text: String
    /// Marker → (line, column).
    public let markers: [String: (line: Int, column: Int)]

    static let names = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// Parses `marked`.
    public init(_ marked: String) {
        var text = ""
        var markers: [String: (Int, Int)] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let name = Self.names.first(where: { rest.hasPrefix($0) }) {
                markers[name] = (line, column)
                rest = rest.dropFirst(name.count)
                continue
            }
            let character = rest.removeFirst()
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.markers = markers
    }

    /// The location of `marker` in a file called `file`.
    public func location(_ marker: String, file: String) -> SourceLocation? {
        markers[marker].map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }
}
