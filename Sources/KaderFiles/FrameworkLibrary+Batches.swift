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
    /// Throws when a named framework is missing or has errors (not one file's problem), or, with
    /// the first file's failure, when no file names a framework.
    public func framework(forBatch paths: [String]) throws(OpenFailure) -> (framework: Framework, opened: [OpenedFile]) {
        var opened: [OpenedFile] = []
        for path in paths {
            do {
                let response = try openResponse(path: path)
                return (response.framework, opened + [OpenedFile(path: path, result: .success(response))])
            } catch {
                if error.kind == .frameworkNotFound || error.kind == .frameworkInvalid { throw error }
                opened.append(OpenedFile(path: path, result: .failure(error)))
                if let framework = error.framework { return (framework, opened) }
            }
        }
        if case .failure(let failure) = opened.first?.result { throw failure }
        throw OpenFailure(kind: .namesNoFramework, message: Message(nl: "geen antwoordbestanden gevonden", en: "no response files found"))
    }
}
