import Kader

/// A response file opened on the way to finding a batch's framework.
public struct OpenedFile: Sendable {
    /// The file.
    public var path: String
    /// The response, or why it could not be opened.
    public var result: Result<OpenedResponse, OpenFailure>
}

extension FrameworkLibrary {
    /// The framework a batch is scored against when none is given: the one named by the first
    /// response that names one it finds. A response with a wrong answer still names its
    /// framework; one that cannot be read or names none is passed over. The files opened on the
    /// way are returned, to be scored or reported in their place without being read again.
    ///
    /// The framework comes with its file's text (a results file names it by its hash).
    ///
    /// Throws when a named framework is missing or has errors (not one file's problem), or, with
    /// the first file's failure, when no file names a framework.
    public func framework(forBatch paths: [String]) throws(OpenFailure) -> (framework: FrameworkFile, opened: [OpenedFile]) {
        var opened: [OpenedFile] = []
        for path in paths {
            do {
                let response = try openResponse(path: path)
                let found = try file(response.framework, response.frameworkSource)
                return (found, opened + [OpenedFile(path: path, result: .success(response))])
            } catch {
                if error.kind == .frameworkNotFound || error.kind == .frameworkInvalid { throw error }
                opened.append(OpenedFile(path: path, result: .failure(error)))
                if let framework = error.framework { return (try file(framework, error.frameworkSource), opened) }
            }
        }
        if case .failure(let failure) = opened.first?.result { throw failure }
        throw OpenFailure(kind: .namesNoFramework, message: Message(nl: "geen antwoordbestanden gevonden", en: "no response files found"))
    }

    /// The framework with its file's text; looked up again only if the opening kept no text.
    private func file(_ framework: Framework, _ source: SourceFile?) throws(OpenFailure) -> FrameworkFile {
        guard let source else { return try self.framework(id: framework.id, version: framework.version) }
        return FrameworkFile(framework: framework, source: source, warnings: DiagnosticList())
    }
}
