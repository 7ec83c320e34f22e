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
        return Self.environmentLanguage
    }

    /// The language from `KADER_LANG`, else Dutch.
    static var environmentLanguage: Language {
        Console.environment("KADER_LANG").flatMap { Language(rawValue: $0.lowercased()) } ?? .nl
    }

    /// The language a `--lang` among `arguments` asks for, before they are parsed.
    static func language(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            let value =
                argument.hasPrefix("--lang=")
                ? String(argument.dropFirst(7))
                : argument == "--lang" && index + 1 < arguments.count ? arguments[index + 1] : nil
            if let value, let language = Language(rawValue: value.lowercased()) { return language }
        }
        return nil
    }

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be nl or en, not '\(lang)'")
        }
    }

    var library: FrameworkLibrary { FrameworkLibrary(explicit: frameworks) }

    /// A framework the user named (an id or a file).
    func loadFramework(_ reference: String) throws(CLIFailure) -> FrameworkFile {
        do { return try library.framework(named: reference) } catch { throw CLIFailure(error) }
    }

    /// Opens a response against `--framework` (an id or a file), or else the framework it names
    /// by id; prints its warnings.
    func openResponse(
        _ path: String, framework reference: String?, matchVersion: Bool = false,
        in library: FrameworkLibrary? = nil
    ) throws(CLIFailure) -> OpenedResponse {
        let choice: FrameworkLibrary.FrameworkChoice = reference.map { .reference($0) } ?? (matchVersion ? .namedVersion : .named)
        return try openResponse(path, against: choice, in: library)
    }

    /// Opens a response against `choice`; prints its warnings.
    func openResponse(
        _ path: String, against choice: FrameworkLibrary.FrameworkChoice,
        in library: FrameworkLibrary? = nil
    ) throws(CLIFailure) -> OpenedResponse {
        let opened: OpenedResponse
        do { opened = try (library ?? self.library).openResponse(path: path, framework: choice) } catch { throw CLIFailure(error) }
        try Console.report(opened.warnings, sources: [opened.source], language: language)
        return opened
    }
}
