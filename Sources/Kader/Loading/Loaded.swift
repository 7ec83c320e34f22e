/// What loading a file produced: the value (when there were no errors), every problem found,
/// and the source text for showing lines in messages.
public struct Loaded<Value: Sendable>: Sendable {
    /// The value; nil when there were errors.
    public var value: Value?
    /// Errors and warnings, in the order found.
    public var diagnostics: DiagnosticList
    /// The source, for diagnostics.
    public var source: SourceFile

    /// Creates a load result.
    public init(value: Value?, diagnostics: DiagnosticList, source: SourceFile) {
        self.value = value
        self.diagnostics = diagnostics
        self.source = source
    }
}
