import Kader

/// The generated key tables in a doc: each stands between `<!-- kader-format: FORMAT.NAME -->`
/// and `<!-- /kader-format -->`, and is made again from the format descriptions by
/// ``FormatTables``.
public struct FormatDocBlocks {
    /// One generated table in a doc.
    public struct Block: Sendable {
        /// `framework.domain`.
        public var id: String
        /// What the doc holds now.
        public var current: String
        /// What the description gives; nil when the id names no table.
        public var generated: String?
    }

    /// The formats tables may come from, by name.
    public let formats: [FileFormat]
    /// The table maker.
    public let tables: FormatTables

    /// Blocks for `formats`, with the built-in plugins.
    public init(formats: [FileFormat], tables: FormatTables = FormatTables()) {
        self.formats = formats
        self.tables = tables
    }

    static let open = "<!-- kader-format: "
    static let close = "<!-- /kader-format -->"

    /// The blocks of `text`, and `text` with every block made again.
    public func regenerate(_ text: String) -> (blocks: [Block], text: String) {
        var blocks: [Block] = []
        var output: [Substring] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            output.append(line)
            guard line.hasPrefix(Self.open), line.hasSuffix(" -->") else { continue }
            let id = String(line.dropFirst(Self.open.count).dropLast(4))
            var current: [Substring] = []
            while let inner = lines.first, inner != Self.close {
                current.append(inner)
                lines.removeFirst()
            }
            let block = Block(id: id, current: current.map { $0 + "\n" }.joined(), generated: table(id))
            blocks.append(block)
            let body = block.generated ?? block.current
            output += body.split(separator: "\n", omittingEmptySubsequences: true)
        }
        return (blocks, output.joined(separator: "\n"))
    }

    /// The table an id names: `FORMAT.NAME`.
    public func table(_ id: String) -> String? {
        let parts = id.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let format = formats.first(where: { $0.name == parts[0] }) else { return nil }
        return tables.table(parts[1], in: format)
    }
}
