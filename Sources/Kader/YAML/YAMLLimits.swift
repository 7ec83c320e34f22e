/// Limits that keep a hostile or broken file from exhausting memory, stack or time.
///
/// The defaults are far above what any real framework or response needs (the largest bundled
/// framework has a few thousand nodes) and are documented in `docs/limits.md`.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest file read, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of lists and mappings.
    public var maxDepth: Int
    /// The most nodes in a document, counting every alias as a copy of what it points to.
    public var maxNodes: Int
    /// The longest single scalar, in bytes.
    public var maxScalarBytes: Int
    /// The most text in a document, in bytes of all its scalars, counting every alias as a copy
    /// of the text it stands for. An alias of a long text is one node but, once a command
    /// prints the document (a template, a handout), as much text as its anchor: counted by
    /// nodes alone, 400 aliases of one 250 KB text passed, and `template` printed 200 MB. The
    /// standard limit is the file size limit: aliases never make a document hold more text than
    /// the largest file may.
    public var maxExpandedBytes: Int

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int, maxNodes: Int, maxScalarBytes: Int, maxExpandedBytes: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxScalarBytes = maxScalarBytes
        self.maxExpandedBytes = maxExpandedBytes
    }

    /// The limits for framework and response files.
    public static let standard = YAMLLimits(
        maxBytes: 8 * 1024 * 1024, maxDepth: 64, maxNodes: 300_000, maxScalarBytes: 256 * 1024,
        maxExpandedBytes: 8 * 1024 * 1024)
}
