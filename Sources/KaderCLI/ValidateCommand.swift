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
        throw ExitCode(try FileChecker(options: options, framework: framework, lint: lint).checkAll(files, strict: strict))
    }
}

/// Checks files as frameworks or responses, printing their diagnostics. Each file is parsed
/// once; frameworks named on the same command line are found by the responses beside them
/// (`kader validate mine.yaml answers.yaml`), wherever they stand in the list.
struct FileChecker {
    static let warningsOnly: Int32 = 100
    let options: SharedOptions
    let framework: String?
    let lint: Bool

    /// A file read and parsed, or why it could not be read.
    private enum Input {
        case unreadable(FileReader.Failure)
        case framework(Loaded<Framework>)
        case response(YAMLReader.Output)
    }

    /// Checks every file; the exit status is the worst outcome (usage errors win).
    func checkAll(_ files: [String], strict: Bool) throws(CLIFailure) -> Int32 {
        var library = options.library
        var inputs: [Input] = []
        for file in files {
            let input = Self.input(file)
            if case .framework(let loaded) = input, let framework = loaded.value {
                library = library.adding(FrameworkFile(framework: framework, source: loaded.source, warnings: loaded.diagnostics))
            }
            inputs.append(input)
        }
        var worst = ExitStatus.success
        for (file, input) in zip(files, inputs) {
            var status = try check(file, input, library: library)
            if status == Self.warningsOnly { status = strict ? ExitStatus.problems : ExitStatus.success }
            if status == ExitStatus.usage || worst == ExitStatus.usage { worst = ExitStatus.usage } else { worst = max(worst, status) }
        }
        return worst
    }

    private static func input(_ file: String) -> Input {
        let bytes: [UInt8]
        switch FileReader.read(file) {
        case .failure(let failure): return .unreadable(failure)
        case .success(let read): bytes = read
        }
        let parsed = YAMLReader().read(bytes: bytes, name: file)
        let root = parsed.root
        let isResponse = root?["answers"] != nil || (root?["framework"] != nil && root?["domains"] == nil)
        guard !isResponse else { return .response(parsed) }
        return .framework(ResourceFiles.checked(FrameworkLoader().load(parsed: parsed), frameworkPath: file))
    }

    private func check(_ file: String, _ input: Input, library: FrameworkLibrary) throws(CLIFailure) -> Int32 {
        let language = options.language
        let formatter = DiagnosticFormatter(language: language)
        var diagnostics: DiagnosticList
        var sources: [SourceFile]
        switch input {
        case .unreadable(let failure):
            try Console.error("\(file): \(formatter.label(.error)): \(failure.message.text(in: language))")
            return ExitStatus.usage
        case .framework(let loaded):
            diagnostics = loaded.diagnostics
            sources = [loaded.source]
            if lint, let framework = loaded.value {
                for warning in Linter(framework: framework).run() { diagnostics.append(warning) }
            }
        case .response(let parsed):
            let choice: FrameworkLibrary.FrameworkChoice = framework.map { .reference($0) } ?? .named
            do {
                let opened = try library.openResponse(parsed: parsed, framework: choice)
                diagnostics = opened.warnings
                sources = [opened.source] + (opened.frameworkSource.map { [$0] } ?? [])
            } catch  where error.kind != .invalid && error.kind != .frameworkInvalid {
                // Nothing to check the answers against: say why and how to fix it.
                return CLIFailure(error).report(language)
            } catch {
                diagnostics = error.diagnostics
                sources = error.sources
            }
        }
        try Console.report(diagnostics, sources: sources, language: language)
        if diagnostics.isEmpty {
            try Console.error("\(file): " + Say(language)("in orde", "OK"))
        } else {
            try Console.error("\(file): \(formatter.summary(diagnostics))")
        }
        if diagnostics.hasErrors { return ExitStatus.problems }
        return diagnostics.isEmpty ? ExitStatus.success : Self.warningsOnly
    }
}

/// `kader lint FILE...`: validation plus static checks (conditions that can never be true, caps
/// and advice another rule always overrides or repeats, questions that feed nothing, domains
/// without advice).
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate frameworks and run static checks: dead rules, unused questions, domains without advice.",
        discussion: """
            Finds rules that can never fire (a number beyond its bounds, a score beyond 0-100, a condition that contradicts \
            itself, a rule on a question only asked in the opposite case), questions never asked, preconditions never met, \
            caps a lower cap always overrides, advice another rule always repeats; each fix says which part is impossible.
            Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 a file cannot be read.
            """)

    @OptionGroup var options: SharedOptions

    @ArgumentParser.Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Argument(help: "Framework files or ids.")
    var files: [String]

    func run() throws {
        let paths = files.map { options.library.path(for: $0) ?? $0 }
        throw ExitCode(try FileChecker(options: options, framework: nil, lint: true).checkAll(paths, strict: strict))
    }
}
