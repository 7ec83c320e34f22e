import ArgumentParser
import Kader
import KaderReports

/// `kader plugins`: everything registered, with a summary; `--examples` adds each example.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: "List registered aggregators, functions, question kinds, rule effects and renderers.")

    @OptionGroup var options: SharedOptions

    @ArgumentParser.Flag(name: .long, help: "Show each plugin's examples.")
    var examples = false

    func run() throws {
        try Console.out(PluginCatalog.text(registry: .builtIn, renderers: .builtIn, language: options.language, examples: examples))
    }
}

/// The plugin listing, shared with the generated reference in docs/plugins.md.
enum PluginCatalog {
    static func text(registry: PluginRegistry, renderers: RendererRegistry, language: Language, examples: Bool) -> String {
        let nl = language == .nl
        var out = ""
        out += nl ? "Aggregators (domeinscore uit itemscores):\n" : "Aggregators (domain score from item scores):\n"
        for name in registry.aggregators.keys.sorted() {
            guard let aggregator = registry.aggregators[name] else { continue }
            out += "  \(name.padding(16)) \(aggregator.summary.text(in: language))\n"
            if examples {
                for example in aggregator.examples {
                    let input = example.parts.map {
                        ExpressionFormat.number($0.score) + ($0.weight != 1 ? "×\(ExpressionFormat.number($0.weight))" : "")
                    }.joined(separator: ", ")
                    out += "      [\(input)] → \(example.expected.map(ExpressionFormat.number) ?? "—")\n"
                }
            }
        }
        out += nl ? "\nFuncties (in expressies):\n" : "\nFunctions (in expressions):\n"
        for name in registry.functions.keys.sorted() {
            guard let function = registry.functions[name] else { continue }
            let signature = function.signatures.map { $0.describe(name) }.joined(separator: " | ")
            out += "  \(signature)\n      \(function.summary.text(in: language))\n"
            if examples {
                for example in function.examples { out += "      \(example.expression) → \(example.expected)\n" }
            }
        }
        out += nl ? "\nVraagtypes:\n" : "\nQuestion kinds:\n"
        for name in registry.questionKinds.keys.sorted() {
            guard let kind = registry.questionKinds[name] else { continue }
            out +=
                "  \(name.padding(16)) \(kind.summary.text(in: language))"
                + (kind.keys.isEmpty ? "" : " [\(kind.keys.joined(separator: ", "))]") + "\n"
        }
        out += nl ? "\nRegeleffecten:\n" : "\nRule effects:\n"
        for name in registry.ruleEffects.keys.sorted() {
            guard let effect = registry.ruleEffects[name] else { continue }
            out += "  \(name.padding(16)) \(effect.summary.text(in: language))\n"
        }
        out += nl ? "\nRapportformaten:\n" : "\nReport formats:\n"
        for name in renderers.renderers.keys.sorted() {
            guard let renderer = renderers.renderers[name] else { continue }
            out += "  \(name.padding(16)) \(renderer.summary.text(in: language))\n"
        }
        return out
    }
}
