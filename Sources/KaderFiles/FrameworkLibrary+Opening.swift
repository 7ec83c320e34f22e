import Kader

/// The front half of every pipeline: a file (or uploaded bytes) → its framework → a checked
/// response. The CLI's commands, the batch runner, framework tests, `fill --resume`, `explain`
/// and the web server all open responses here, so they find frameworks the same way and report
/// the same problems.
///
/// A response is parsed once: its `framework:` is found as the parse reaches it and the answers
/// are read against that framework as they come (``ResponseLoader/load(bytes:name:findingFramework:)``);
/// a file with anything to report is read into nodes, and its `framework:` is read from the
/// same nodes that are then read against the framework. When the framework is known beforehand
/// (`--framework`, a batch), the response is read straight against it.
extension FrameworkLibrary {
    /// Which framework a response is read against.
    public enum FrameworkChoice: Sendable {
        /// The one the response names by id (`framework:`), at its current version.
        case named
        /// The one the response names, at the version it answered when the library holds it
        /// (`<id>-<version>.yaml`), else the current one: for comparisons over time.
        case namedVersion
        /// One the user named: an id in the library or a file (`--framework ID|FILE`).
        case reference(String)
        /// One already loaded.
        case loaded(Framework)
    }

    /// A framework the user named: a file path, or an id found as ``framework(id:version:)`` does.
    public func framework(named reference: String) throws(OpenFailure) -> FrameworkFile {
        if let file = given.first(where: { $0.framework.id == reference }) { return file }
        guard let path = path(for: reference) else { throw .notFound(reference, in: self) }
        return try framework(at: path)
    }

    /// A framework named by id in a file (a response, a mapping): looked up among the given
    /// frameworks and in the directories, never opened as a path.
    public func framework(id: String, version: String? = nil) throws(OpenFailure) -> FrameworkFile {
        let given = self.given.first { $0.framework.id == id }
        if let given, version == nil || given.framework.version == version { return given }
        guard let path = path(forID: id, version: version) else {
            if let given { return given }
            throw .notFound(id, in: self)
        }
        return try framework(at: path)
    }

    /// The framework in the file at `path`.
    public func framework(at path: String) throws(OpenFailure) -> FrameworkFile {
        switch load(path: path) {
        case .failure(let failure): throw .unreadable(failure)
        case .success(let loaded):
            guard let framework = loaded.value else { throw .invalidFramework(loaded) }
            return FrameworkFile(framework: framework, source: loaded.source, warnings: loaded.diagnostics)
        }
    }

    /// Opens the response file at `path` (`-` is standard input) against `choice`.
    public func openResponse(path: String, framework choice: FrameworkChoice = .named) throws(OpenFailure) -> OpenedResponse {
        try openResponse(bytes: Self.read(path), name: path, framework: choice)
    }

    /// Opens a response given as bytes (an upload), called `name` in messages, against `choice`.
    public func openResponse(
        bytes: [UInt8], name: String,
        framework choice: FrameworkChoice = .named
    ) throws(OpenFailure) -> OpenedResponse {
        switch choice {
        case .loaded(let framework):
            return try Self.openResponse(bytes: bytes, name: name, framework: framework)
        case .reference(let reference):
            let file = try framework(named: reference)
            return try Self.openResponse(bytes: bytes, name: name, framework: file.framework, frameworkSource: file.source)
        case .named:
            // One parse: the framework found by the id the response names as the parse reaches it.
            var found: FrameworkFile?
            let direct = ResponseLoader().load(bytes: bytes, name: name) { id in
                guard ValueReader.isIdentifier(id), let file = try? self.framework(id: id) else { return nil }
                found = file
                return file.framework
            }
            if case (let loaded, _)? = direct, let found {
                return try Self.opened(loaded, framework: found.framework, frameworkSource: found.source)
            }
            // Anything to report (or a version to match) goes the full way.
            return try openResponse(parsed: YAMLReader(limits: ResponseLoader().limits).read(bytes: bytes, name: name), framework: choice)
        case .namedVersion:
            return try openResponse(parsed: YAMLReader(limits: ResponseLoader().limits).read(bytes: bytes, name: name), framework: choice)
        }
    }

    /// Opens a response already parsed (by a caller that had to look at it, as `validate` does
    /// to tell a response from a framework) against `choice`, reading the same nodes.
    public func openResponse(parsed: YAMLReader.Output, framework choice: FrameworkChoice = .named) throws(OpenFailure) -> OpenedResponse {
        let file: FrameworkFile
        switch choice {
        case .loaded(let framework):
            return try Self.opened(ResponseLoader().load(parsed: parsed, framework: framework), framework: framework, frameworkSource: nil)
        case .reference(let reference):
            file = try framework(named: reference)
        case .named, .namedVersion:
            guard let root = parsed.root else {
                let unread = Loaded<Response>(value: nil, diagnostics: parsed.diagnostics, source: parsed.source)
                throw .invalidResponse(unread, framework: nil, frameworkSource: nil)
            }
            guard let node = root["framework"], !node.isNull, let id = node.scalar else {
                throw .namesNoFramework(ResponseLoader().load(parsed: parsed, framework: nil), audience: audience)
            }
            guard ValueReader.isIdentifier(id) else { throw .notAnID(id, at: node, source: parsed.source, audience: audience) }
            var version: String?
            if case .namedVersion = choice, let node = root["version"], !node.isNull { version = node.scalar }
            file = try framework(id: id, version: version)
        }
        let loaded = ResponseLoader().load(parsed: parsed, framework: file.framework)
        return try Self.opened(loaded, framework: file.framework, frameworkSource: file.source)
    }

    /// Opens the response file at `path` against a framework already loaded: no library needed
    /// (a batch scores thousands of files against one framework this way).
    public static func openResponse(path: String, framework: Framework) throws(OpenFailure) -> OpenedResponse {
        try openResponse(bytes: read(path), name: path, framework: framework)
    }

    /// Opens a response given as bytes against a framework already loaded.
    public static func openResponse(
        bytes: [UInt8], name: String, framework: Framework,
        frameworkSource: SourceFile? = nil
    ) throws(OpenFailure) -> OpenedResponse {
        let loaded = ResponseLoader().load(bytes: bytes, name: name, framework: framework)
        return try opened(loaded, framework: framework, frameworkSource: frameworkSource)
    }

    /// The response in the file at `path`, read to be scored at once by an engine for
    /// `framework` and then dropped, as a batch does: its answers kept by question position
    /// (``ResponseLoader/answersByPosition``), the framework passed by reference, and no
    /// ``OpenedResponse`` (which holds a copy of the framework) made for it.
    package static func responseToScore(path: String, framework: SharedFramework) throws(OpenFailure) -> Response {
        var loader = ResponseLoader()
        loader.answersByPosition = true
        let loaded = loader.load(bytes: try read(path), name: path, framework: framework)
        guard let response = loaded.value else { throw .invalidResponse(loaded, framework: framework.value, frameworkSource: nil) }
        return response
    }

    private static func opened(
        _ loaded: Loaded<Response>, framework: Framework,
        frameworkSource: SourceFile?
    ) throws(OpenFailure) -> OpenedResponse {
        guard let response = loaded.value else { throw .invalidResponse(loaded, framework: framework, frameworkSource: frameworkSource) }
        return OpenedResponse(
            response: response, framework: framework, source: loaded.source, frameworkSource: frameworkSource,
            warnings: loaded.diagnostics)
    }

    private static func read(_ path: String) throws(OpenFailure) -> [UInt8] {
        switch FileReader.read(path) {
        case .failure(let failure): throw .unreadable(failure)
        case .success(let bytes): return bytes
        }
    }
}

/// A response opened and checked against its framework.
public struct OpenedResponse: Sendable {
    /// The response, without errors.
    public var response: Response
    /// The framework it was checked against.
    public var framework: Framework
    /// The response file's text, for showing lines.
    public var source: SourceFile
    /// The framework file's text, when it was read from a file.
    public var frameworkSource: SourceFile?
    /// Warnings found in the response (a version answered that differs in minor number, say).
    public var warnings: DiagnosticList
}
