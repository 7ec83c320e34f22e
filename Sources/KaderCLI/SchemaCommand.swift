import ArgumentParser
import Kader

/// `kader schema framework|response|result`: prints a JSON Schema for editors and validators.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the JSON Schema of the framework, response or result format.")

    @OptionGroup var options: SharedOptions

    @Argument(help: "framework, response or result")
    var kind: String

    func run() throws {
        switch kind {
        case "framework": Console.out(Schemas.framework + "\n")
        case "response": Console.out(Schemas.response + "\n")
        case "result": Console.out(Schemas.result + "\n")
        default:
            CLIFailure.usage(Message(nl: "onbekend schema '\(kind)'", en: "unknown schema '\(kind)'"),
                             fix: Suggestion.fix(for: kind, in: ["framework", "response", "result"], what: Message(nl: "schema's", en: "schemas"))).exit(options.language)
        }
    }
}
