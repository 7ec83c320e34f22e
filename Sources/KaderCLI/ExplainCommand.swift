import ArgumentParser
import Kader
import KaderFiles

/// `kader explain RESPONSE`: how each score, level, grade and piece of advice came about.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a result in plain language: scores, levels, and why each rule fired or not.",
        discussion:
            "Without a target: a summary. --advice/--rule, --item or --score explain one thing; --full shows every step of a condition.")

    @OptionGroup var options: SharedOptions

    @Option(name: .long, help: "The framework (id or file); default: the one the response names.")
    var framework: String?

    @Option(name: [.long, .customLong("rule")], help: "Explain one rule (advice, strength, flag or cap), fired or not.")
    var advice: String?

    @Option(name: .long, help: "Explain one question: answer, points, item score.")
    var item: String?

    @Option(name: .long, help: "Explain one domain or derived score, or 'overall'.")
    var score: String?

    @ArgumentParser.Flag(name: .long, help: "Show every sub-expression of a condition, not only the deciding ones.")
    var full = false

    @Argument(help: "A response file.")
    var response: String

    func run() throws {
        let language = options.language
        let opened = try options.openResponse(self.response, framework: self.framework)
        let target: Explainer.Target =
            advice.map(Explainer.Target.rule) ?? item.map(Explainer.Target.item) ?? score.map(Explainer.Target.score) ?? .summary
        switch Explainer(framework: opened.framework).explain(opened.response, target: target, depth: full ? .full : .summary) {
        case .failure(let unknown):
            throw CLIFailure.usage(unknown.message, fix: unknown.fix)
        case .success(let lines):
            let text = lines.map { String(repeating: "  ", count: $0.depth) + $0.text.text(in: language) }
            try Console.out(text.joined(separator: "\n") + "\n")
        }
    }
}
