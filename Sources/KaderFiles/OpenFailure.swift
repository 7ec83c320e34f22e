import Kader

/// Why a response or framework could not be opened: what went wrong, how to fix it, and the
/// problems found in the files, with their texts for showing lines. The CLI prints it and turns
/// ``kind`` into an exit code; a server turns it into a page or a status.
public struct OpenFailure: Error, Sendable {
    /// What kind of failure, for exit codes and statuses.
    public enum Kind: Sendable, Hashable {
        /// A file could not be read: missing, not a regular file, too large, no permission.
        case unreadable
        /// No framework with that id (or file) in the library.
        case frameworkNotFound
        /// A response that names no framework (no `framework:`): a caller may ask which one.
        case namesNoFramework
        /// The framework has errors (in ``OpenFailure/diagnostics``).
        case frameworkInvalid
        /// The response has errors (in ``OpenFailure/diagnostics``).
        case invalid
    }

    /// What kind of failure.
    public var kind: Kind
    /// One sentence: what went wrong.
    public var message: Message
    /// How to fix it.
    public var fix: Message?
    /// Problems found in the files, each with its place (shown before the message).
    public var diagnostics: DiagnosticList
    /// The texts of the files the diagnostics point into.
    public var sources: [SourceFile]
    /// The framework a response with errors was checked against, when it was found.
    public var framework: Framework?
    /// The text of that framework's file, when it was read from one.
    public var frameworkSource: SourceFile?

    /// Creates a failure.
    public init(
        kind: Kind, message: Message, fix: Message? = nil, diagnostics: DiagnosticList = DiagnosticList(),
        sources: [SourceFile] = []
    ) {
        self.kind = kind
        self.message = message
        self.fix = fix
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// A file that could not be read.
    public static func unreadable(_ failure: FileReader.Failure) -> OpenFailure {
        OpenFailure(kind: .unreadable, message: failure.message)
    }

    /// The problems as diagnostics only (a file that could not be read becomes one at its first
    /// line), for lists that show many files' problems together, as a batch does.
    public func asDiagnostics(name: String) -> DiagnosticList {
        guard diagnostics.isEmpty else { return diagnostics }
        var list = DiagnosticList()
        list.append(.error(.file, message, fix: fix, at: SourceLocation(file: name, line: 1, column: 1)))
        return list
    }

    static func notFound(_ reference: String, in library: FrameworkLibrary) -> OpenFailure {
        let searched =
            library.directories.isEmpty
            ? Message(nl: "(geen mappen gevonden)", en: "(no directories found)")
            : Message(nl: library.directories.joined(separator: ", "), en: library.directories.joined(separator: ", "))
        let fix = Suggestion.fix(for: reference, in: library.knownIDs(), what: Message(nl: "kaders", en: "frameworks"))
            .appending(library.audience.frameworkNotFound(searched: searched))
        return OpenFailure(
            kind: .frameworkNotFound,
            message: Message(nl: "kader '\(reference)' niet gevonden", en: "framework '\(reference)' not found"), fix: fix)
    }

    static func invalidFramework(_ loaded: Loaded<Framework>) -> OpenFailure {
        let path = loaded.source.name
        return OpenFailure(
            kind: .frameworkInvalid,
            message: Message(
                nl: "het kader \(path) bevat fouten (zie hierboven)",
                en: "the framework \(path) has errors (see above)"),
            fix: Message(nl: "kader validate \(path) toont ze allemaal", en: "kader validate \(path) shows them all"),
            diagnostics: loaded.diagnostics, sources: [loaded.source])
    }

    static func invalidResponse(_ loaded: Loaded<Response>, framework: Framework?, frameworkSource: SourceFile?) -> OpenFailure {
        let name = loaded.source.name
        var failure = OpenFailure(
            kind: .invalid,
            message: Message(
                nl: "het antwoordbestand \(name) bevat fouten (zie hierboven)",
                en: "the response \(name) has errors (see above)"),
            diagnostics: loaded.diagnostics, sources: [loaded.source] + (frameworkSource.map { [$0] } ?? []))
        failure.framework = framework
        failure.frameworkSource = frameworkSource
        return failure
    }

    static func namesNoFramework(_ loaded: Loaded<Response>, audience: FixAudience) -> OpenFailure {
        let name = loaded.source.name
        return OpenFailure(
            kind: .namesNoFramework,
            message: Message(nl: "\(name) noemt geen kader ('framework:')", en: "\(name) names no framework ('framework:')"),
            fix: audience.frameworkMissing,
            diagnostics: loaded.diagnostics, sources: [loaded.source])
    }

    /// A response whose `framework:` is not an id (a path, say): it is never opened.
    static func notAnID(_ text: String, at node: YAMLNode, source: SourceFile, audience: FixAudience) -> OpenFailure {
        let fix = audience.frameworkNotAnID
        var list = DiagnosticList()
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        list.append(
            .error(
                .invalidID, Message(nl: "'\(shown)' is geen kader-id", en: "'\(shown)' is not a framework id"), fix: fix,
                at: node.location, length: min(text.count, 60)))
        return OpenFailure(
            kind: .invalid,
            message: Message(nl: "\(source.name) noemt geen geldig kader", en: "\(source.name) names no valid framework"),
            diagnostics: list, sources: [source])
    }
}
