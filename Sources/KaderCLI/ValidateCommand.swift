import ArgumentParser
import Kader
import KaderFiles

/// `kader validate FILE...`: checks frameworks and responses and reports every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check frameworks and responses; report every problem with file:line:col and a fix.",
        discussion: "Exit codes: 0 no errors (warnings allowed), 1 errors found (or warnings with --strict), 2 a file cannot be read.")

    @OptionGroup var options: SharedOptions

    @Option(name: .long, help: "For responses: the framework (id or file) to check them against.")
    var framework: String?

    @ArgumentParser.Flag(name: .long, help: "Also run the static checks of 'kader lint'.")
    var lint = false

    @ArgumentParser.Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Argument(help: "Framework or response files.")
    var files: [String]

    func run() throws {
        throw ExitCode(FileChecker(options: options, framework: framework, lint: lint).checkAll(files, strict: strict))
    }
}

/// Checks one file as a framework or a response, printing its diagnostics.
struct FileChecker {
    static let warningsOnly: Int32 = 100
    let options: SharedOptions
    let framework: String?
    let lint: Bool

    /// Checks every file; the exit status is the worst outcome (usage errors win).
    func checkAll(_ files: [String], strict: Bool) -> Int32 {
        var worst = ExitStatus.success
        for file in files {
            var status = check(file)
            if status == Self.warningsOnly { status = strict ? ExitStatus.problems : ExitStatus.success }
            if status == ExitStatus.usage || worst == ExitStatus.usage { worst = ExitStatus.usage } else { worst = max(worst, status) }
        }
        return worst
    }

    func check(_ file: String) -> Int32 {
        let language = options.language
        let bytes: [UInt8]
        switch FileReader.read(file) {
        case .failure(let failure):
            Console.error("\(file): \(DiagnosticFormatter(language: language).label(.error)): \(failure.message.text(in: language))")
            return ExitStatus.usage
        case .success(let read): bytes = read
        }
        let root = YAMLReader().read(bytes: bytes, name: file).root
        let isResponse = root?["answers"] != nil || (root?["framework"] != nil && root?["domains"] == nil)
        var diagnostics: DiagnosticList
        var sources: [SourceFile]
        if isResponse {
            let (frameworkValue, frameworkSource) = options.loadFramework(framework ?? root?["framework"]?.scalar ?? "")
            let loaded = ResponseLoader().load(bytes: bytes, name: file, framework: frameworkValue)
            diagnostics = loaded.diagnostics
            sources = [loaded.source, frameworkSource]
        } else {
            let loaded = FrameworkLoader().load(bytes: bytes, name: file)
            diagnostics = loaded.diagnostics
            sources = [loaded.source]
            if lint, let framework = loaded.value {
                for warning in Linter(framework: framework).run() { diagnostics.append(warning) }
            }
        }
        Console.report(diagnostics, sources: sources, language: language)
        let formatter = DiagnosticFormatter(language: language)
        if diagnostics.isEmpty {
            Console.error("\(file): " + (language == .nl ? "in orde" : "OK"))
        } else {
            Console.error("\(file): \(formatter.summary(diagnostics))")
        }
        if diagnostics.hasErrors { return ExitStatus.problems }
        return diagnostics.isEmpty ? ExitStatus.success : Self.warningsOnly
    }
}

/// `kader lint FILE...`: validation plus static checks (rules that can never fire, questions
/// that feed nothing, domains without advice).
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate frameworks and run static checks: dead rules, unused questions, domains without advice.",
        discussion: "Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 a file cannot be read.")

    @OptionGroup var options: SharedOptions

    @ArgumentParser.Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Argument(help: "Framework files or ids.")
    var files: [String]

    func run() throws {
        let paths = files.map { options.library.path(for: $0) ?? $0 }
        throw ExitCode(FileChecker(options: options, framework: nil, lint: true).checkAll(paths, strict: strict))
    }
}
