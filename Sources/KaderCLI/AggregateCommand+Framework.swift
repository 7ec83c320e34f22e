import Kader
import KaderFiles

extension AggregateCommand {
    /// The framework from `--framework`, else the one the first response names (with the
    /// responses opened to find it, scored or reported in their place, not read again); with its
    /// file's text, which the results file names by its hash.
    func findFramework(paths: [String], csvFiles: [String]) throws(CLIFailure) -> (FrameworkFile, [OpenedFile]) {
        if let reference = framework { return (try options.loadFramework(reference), []) }
        guard !paths.isEmpty else {
            throw CLIFailure.usage(
                csvFiles.isEmpty
                    ? Message(nl: "geen antwoordbestanden gevonden", en: "no response files found")
                    : Message(nl: "een CSV-bestand noemt geen kader", en: "a CSV file names no framework"),
                fix: csvFiles.isEmpty ? nil : Message(nl: "gebruik --framework", en: "use --framework"))
        }
        let found: (framework: FrameworkFile, opened: [OpenedFile])
        do { found = try options.library.framework(forBatch: paths) } catch { throw CLIFailure(error) }
        for file in found.opened {
            guard case .success(let opened) = file.result else { continue }
            try Console.report(opened.warnings, sources: [opened.source], language: options.language)
        }
        return (found.framework, found.opened)
    }
}
