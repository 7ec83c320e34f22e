/// A document that comes with a framework: a model code of conduct, a letter to parents, a
/// session plan for a masterclass. Advice names the ones it presumes (`resources: [id]`), reports
/// show them beside that advice, and `kader export` copies them out or renders them.
public struct FrameworkResource: Sendable, Hashable {
    /// What the document is for; `kader export --as session-plan` and `--as evaluation` find
    /// theirs by kind, never by a path written into the program.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An example to adapt: a code of conduct, a pedagogical vision, a letter, a step plan.
        case model
        /// A plan for a masterclass or learning session (a draaiboek).
        case sessionPlan = "session_plan"
        /// A form on which participants evaluate a session.
        case evaluation
    }

    /// The id advice uses to name it.
    public var id: String
    /// Its title, as a reader sees it beside the advice.
    public var title: LocalizedText
    /// The file, relative to the framework file; a language may have its own file.
    public var file: LocalizedText
    /// What it is for.
    public var kind: Kind
    /// Where it was defined.
    public var location: SourceLocation
    /// Where each of ``files`` is written, for a diagnostic about a file that is not there.
    public var fileLocations: [String: SourceLocation]

    /// Creates a resource.
    public init(
        id: String, title: LocalizedText, file: LocalizedText, kind: Kind, location: SourceLocation,
        fileLocations: [String: SourceLocation]
    ) {
        self.id = id
        self.title = title
        self.file = file
        self.kind = kind
        self.location = location
        self.fileLocations = fileLocations
    }

    /// Every distinct file it names (one, or one per language), relative to the framework file.
    public var files: [String] {
        var result: [String] = []
        for path in [file.nl, file.en].compactMap({ $0 }) where !result.contains(path) { result.append(path) }
        return result
    }
}

extension Framework {
    /// The resource with `id`.
    public func resource(_ id: String) -> FrameworkResource? {
        resources.first { $0.id == id }
    }

    /// The resources of `kind`, in file order.
    public func resources(of kind: FrameworkResource.Kind) -> [FrameworkResource] {
        resources.filter { $0.kind == kind }
    }
}
