import Kader
import KaderFiles

extension AggregateCommand {
    /// A response opened while looking for the framework: opened, or failed (with the framework
    /// found all the same when it names one, as a response with a wrong answer does).
    struct LeadingResponse {
        var path: String
        var opened: Result<OpenedResponse, OpenFailure>

        /// Scored, or the problems that kept it from being scored.
        func outcome(_ engine: Engine) -> BatchRunner.Outcome {
            switch opened {
            case .success(let opened): .scored(engine.evaluate(opened.response))
            case .failure(let failure):
                .failed(failure.asDiagnostics(name: path), failure.sources.first ?? SourceFile(name: path, text: ""))
            }
        }
    }

    /// The framework from `--framework`, else the one the first response names; files before
    /// it that name none (unreadable, broken) are kept, to be reported in their place.
    func findFramework(paths: [String], csvFiles: [String]) throws(CLIFailure) -> (Framework, [LeadingResponse]) {
        if let reference = framework { return (try options.loadFramework(reference).framework, []) }
        let library = options.library
        var leading: [LeadingResponse] = []
        for path in paths {
            let opened: OpenedResponse
            do {
                opened = try library.openResponse(path: path)
            } catch {
                // A framework that is missing or broken is not one file's problem: stop.
                if error.kind == .frameworkNotFound || error.kind == .frameworkInvalid { throw CLIFailure(error) }
                leading.append(LeadingResponse(path: path, opened: .failure(error)))
                if let framework = error.framework { return (framework, leading) }
                continue
            }
            try Console.report(opened.warnings, sources: [opened.source], language: options.language)
            return (opened.framework, leading + [LeadingResponse(path: path, opened: .success(opened))])
        }
        if case .failure(let failure) = leading.first?.opened { throw CLIFailure(failure) }
        throw CLIFailure.usage(csvFiles.isEmpty ? Message(nl: "geen antwoordbestanden gevonden", en: "no response files found")
                                                : Message(nl: "een CSV-bestand noemt geen kader", en: "a CSV file names no framework"),
                               fix: csvFiles.isEmpty ? nil : Message(nl: "gebruik --framework", en: "use --framework"))
    }
}
