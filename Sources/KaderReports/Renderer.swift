import Kader

/// Options every renderer receives.
public struct RenderOptions: Sendable {
    /// The language of the texts.
    public var language: Language
    /// Whether terminal colours may be used (only on a terminal, never with NO_COLOR).
    public var color: Bool

    /// Creates options.
    public init(language: Language, color: Bool = false) {
        self.language = language
        self.color = color
    }
}

/// Turns a result into text for a person or a program. Renderers are registered by name in a
/// ``RendererRegistry`` exactly like the engine's plugins, and `kader scan --format NAME` picks one.
public protocol Renderer: Sendable {
    /// The name used with `--format`.
    static var name: String { get }
    /// One sentence on what it produces.
    static var summary: Message { get }
    /// Creates the renderer.
    init()
    /// Renders one result.
    func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String
}

/// The renderers available by name.
public struct RendererRegistry: Sendable {
    /// Renderers by name.
    public private(set) var renderers: [String: any Renderer.Type] = [:]

    /// An empty registry.
    public init() {}

    /// The built-in renderers.
    public static let builtIn: RendererRegistry = {
        var registry = RendererRegistry()
        registry.register(TextRenderer.self)
        registry.register(JSONRenderer.self)
        return registry
    }()

    /// Registers a renderer.
    public mutating func register(_ renderer: any Renderer.Type) { renderers[renderer.name] = renderer }
}

/// The stable JSON form (see docs/result.md).
public struct JSONRenderer: Renderer {
    public static let name = "json"
    public static let summary = Message(nl: "het resultaat als JSON, voor programma's (schema in docs/result.md)", en: "the result as JSON, for programs (schema in docs/result.md)")
    public init() {}
    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        ResultJSON.encode(result, language: options.language).serialized() + "\n"
    }
}
