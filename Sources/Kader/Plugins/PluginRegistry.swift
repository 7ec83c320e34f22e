/// Everything behaviour a framework can name: aggregators, functions, question kinds and rule
/// effects. Built-ins register through the same calls as a library user's plugins.
///
/// A registry is a value: build it, then hand it to the loader. What a loaded framework uses
/// cannot change under it.
///
/// ```swift
/// var registry = PluginRegistry.builtIn
/// registry.register(aggregator: Median.self)
/// let framework = try FrameworkLoader(registry: registry).load(...)
/// ```
public struct PluginRegistry: Sendable {
    /// Aggregators by name.
    public private(set) var aggregators: [String: any Aggregator.Type] = [:]
    /// Functions by name.
    public private(set) var functions: [String: any ExpressionFunction.Type] = [:]
    /// Question kinds by name.
    public private(set) var questionKinds: [String: any QuestionKind.Type] = [:]
    /// Rule effects by YAML key.
    public private(set) var ruleEffects: [String: any RuleEffect.Type] = [:]

    /// An empty registry (no built-ins).
    public init() {}

    /// The built-in plugins.
    public static let builtIn: PluginRegistry = {
        var registry = PluginRegistry()
        BuiltInPlugins.register(into: &registry)
        return registry
    }()

    /// Registers an aggregator; a later registration with the same name replaces the earlier one.
    public mutating func register(aggregator: any Aggregator.Type) { aggregators[aggregator.name] = aggregator }
    /// Registers a function.
    public mutating func register(function: any ExpressionFunction.Type) { functions[function.name] = function }
    /// Registers a question kind.
    public mutating func register(questionKind: any QuestionKind.Type) { questionKinds[questionKind.name] = questionKind }
    /// Registers a rule effect.
    public mutating func register(ruleEffect: any RuleEffect.Type) { ruleEffects[ruleEffect.name] = ruleEffect }
}
