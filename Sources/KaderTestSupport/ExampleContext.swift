import Foundation
import Kader

/// The small context the plugin examples, the expression documentation and the expression
/// corpus are run in: the framework and default answers of `Tests/ExpressionCases/` (questions
/// `q1` answered 2 on a 0-3 scale, `q2` "weet niet", `q3` "n.v.t.", `q4` unanswered, a domain
/// `d` whose item scores are 0, 50 and 100, and a question of every other kind).
public enum ExampleContext {
    /// The folder of the shared expression corpus.
    public static let corpusDirectory = Fixtures.root + "/Tests/ExpressionCases"

    /// The framework, the response, and an engine, ready to evaluate expressions.
    public static func make(registry: PluginRegistry = .builtIn) -> (Engine, Response)? {
        func bytes(_ name: String) -> [UInt8] {
            FileManager.default.contents(atPath: corpusDirectory + "/" + name).map { [UInt8]($0) } ?? []
        }
        guard let framework = FrameworkLoader(registry: registry).load(bytes: bytes("framework.yaml"), name: "framework.yaml").value,
            let response = ResponseLoader().load(bytes: bytes("answers.yaml"), name: "answers.yaml", framework: framework).value
        else { return nil }
        return (Engine(framework: framework), response)
    }
}
