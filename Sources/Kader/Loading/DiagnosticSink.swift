/// Collects diagnostics while a file is loaded. A reference type so that every reader of one
/// file reports into the same list.
public final class DiagnosticSink {
    /// The diagnostics so far.
    public private(set) var list = DiagnosticList()

    /// Creates an empty sink.
    public init() {}

    /// Adds a diagnostic.
    public func report(_ diagnostic: Diagnostic) { list.append(diagnostic) }

    /// Adds an error at `node`.
    public func error(_ code: DiagnosticCode, _ message: Message, fix: Message? = nil, at node: YAMLNode, length: Int? = nil) {
        report(.error(code, message, fix: fix, at: node.location, length: length ?? Self.length(of: node)))
    }

    /// Adds a warning at `node`.
    public func warning(_ code: DiagnosticCode, _ message: Message, fix: Message? = nil, at node: YAMLNode) {
        report(.warning(code, message, fix: fix, at: node.location, length: Self.length(of: node)))
    }

    /// Reports an id used twice, with the fix every such mistake shares.
    public func duplicate(_ message: Message, at node: YAMLNode) {
        error(
            .duplicateID, message,
            fix: Message(
                nl: "geef elk onderdeel een eigen id, of verwijder het dubbele",
                en: "give every part an id of its own, or remove the duplicate"), at: node)
    }

    /// True when an error has been reported.
    public var hasErrors: Bool { list.hasErrors }

    /// How wide the caret underline is for a node: the scalar's text on one line, or 1.
    static func length(of node: YAMLNode) -> Int {
        guard let text = node.scalar, !text.contains("\n") else { return 1 }
        let quotes = node.isPlain ? 0 : 2
        return min(80, max(1, text.unicodeScalars.count + quotes))
    }
}
