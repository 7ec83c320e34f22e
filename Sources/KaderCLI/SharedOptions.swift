import ArgumentParser
import Foundation
import Kader
import KaderFiles

/// Options every command shares.
struct SharedOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: nl or en (default: KADER_LANG, else nl).")
    var lang: String?

    @Option(name: .long, help: "A directory with frameworks, searched before the bundled ones (also KADER_FRAMEWORKS).")
    var frameworks: String?

    var language: Language {
        if let lang, let language = Language(rawValue: lang.lowercased()) { return language }
        if let environment = Console.environment("KADER_LANG"), let language = Language(rawValue: environment.lowercased()) { return language }
        return .nl
    }

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be nl or en, not '\(lang)'")
        }
    }

    var library: FrameworkLibrary { FrameworkLibrary(explicit: frameworks) }

    /// Loads a framework by id or path, printing its problems; exits on failure.
    func loadFramework(_ reference: String) -> (Framework, SourceFile) {
        let library = self.library
        guard let path = library.path(for: reference) else {
            CLIFailure.usage(Message(nl: "kader '\(reference)' niet gevonden", en: "framework '\(reference)' not found"),
                             fix: Suggestion.fix(for: reference, in: library.knownIDs(), what: Message(nl: "kaders", en: "frameworks")))
                .exit(language)
        }
        switch library.load(path: path) {
        case .failure(let failure):
            CLIFailure.usage(failure.message).exit(language)
        case .success(let loaded):
            guard let framework = loaded.value else {
                Console.report(loaded.diagnostics, sources: [loaded.source], language: language)
                CLIFailure(message: Message(nl: "het kader \(path) bevat fouten (zie hierboven)", en: "the framework \(path) has errors (see above)"),
                           fix: Message(nl: "kader validate \(path) toont ze allemaal", en: "kader validate \(path) shows them all"), status: ExitStatus.problems).exit(language)
            }
            return (framework, loaded.source)
        }
    }

    /// Loads a response and its framework (from `--framework`, or the id the response names).
    func loadResponse(_ path: String, framework reference: String?, matchVersion: Bool = false) -> (Response, Framework, Loaded<Response>) {
        let bytes: [UInt8]
        switch FileReader.read(path) {
        case .failure(let failure): CLIFailure.usage(failure.message).exit(language)
        case .success(let read): bytes = read
        }
        var frameworkReference = reference
        if frameworkReference == nil {
            let named = ResponseLoader().frameworkID(bytes: bytes, name: path)
            guard let id = named.id else {
                // Load without a framework to show the real problem (syntax, missing key).
                let loaded = ResponseLoader().load(bytes: bytes, name: path, framework: nil)
                Console.report(loaded.diagnostics, sources: [loaded.source], language: language)
                CLIFailure(message: Message(nl: "\(path) noemt geen kader ('framework:')", en: "\(path) names no framework ('framework:')"),
                           fix: Message(nl: "voeg 'framework: <id>' toe of gebruik --framework", en: "add 'framework: <id>' or use --framework"), status: ExitStatus.problems).exit(language)
            }
            frameworkReference = matchVersion ? (library.path(for: id, version: named.version) ?? id) : id
        }
        let (framework, _) = loadFramework(frameworkReference ?? "")
        let loaded = ResponseLoader().load(bytes: bytes, name: path, framework: framework)
        guard let response = loaded.value else {
            Console.report(loaded.diagnostics, sources: [loaded.source], language: language)
            CLIFailure(message: Message(nl: "het antwoordbestand \(path) bevat fouten (zie hierboven)", en: "the response \(path) has errors (see above)"),
                       fix: nil, status: ExitStatus.problems).exit(language)
        }
        return (response, framework, loaded)
    }
}
