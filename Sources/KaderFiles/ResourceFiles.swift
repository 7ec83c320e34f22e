import Foundation
import Kader

/// The documents that come with a framework (``FrameworkResource``), on disk: next to the
/// framework file, at the paths its `resources:` name. Checked whenever a framework is opened
/// from a file, so a missing document is an error with its line, not a broken link in a report.
public enum ResourceFiles {
    /// `loaded` with an error for every document file that is not beside `frameworkPath`.
    public static func checked(_ loaded: Loaded<Framework>, frameworkPath: String) -> Loaded<Framework> {
        guard let framework = loaded.value, !framework.resources.isEmpty else { return loaded }
        let missing = ResourceCheck.missingFiles(of: framework) { relative in
            if case .success(.regular) = FileKind.of(path(of: relative, besideFramework: frameworkPath)) { return true }
            return false
        }
        guard !missing.isEmpty else { return loaded }
        var diagnostics = loaded.diagnostics
        for diagnostic in missing { diagnostics.append(diagnostic) }
        return Loaded(value: nil, diagnostics: diagnostics, source: loaded.source)
    }

    /// Where a document's file is: `relative` taken from the framework file's folder.
    public static func path(of relative: String, besideFramework frameworkPath: String) -> String {
        let folder = (frameworkPath as NSString).deletingLastPathComponent
        return folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
    }

    /// The text of `resource` in `language` (its own file for that language when it has one).
    public static func text(
        of resource: FrameworkResource, in language: Language,
        framework: Framework
    ) -> Result<String, FileReader.Failure> {
        FileReader.read(path(of: resource.file.text(in: language), besideFramework: framework.sourceName))
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Copies every document file of `framework` into `directory`, at the same relative paths
    /// (so links in a report written into `directory` reach them); returns the paths written.
    public static func copy(_ framework: Framework, into directory: String, overwrite: Bool) -> Result<[String], AtomicWriter.Failure> {
        var written: [String] = []
        for relative in framework.resources.flatMap(\.files) {
            let source = path(of: relative, besideFramework: framework.sourceName)
            let target = (directory as NSString).appendingPathComponent(relative)
            let bytes: [UInt8]
            switch FileReader.read(source) {
            case .success(let read): bytes = read
            case .failure(let failure):
                return .failure(
                    AtomicWriter.Failure(
                        message: failure.message,
                        fix: Message(
                            nl: "controleer of het bestand bij het kader staat", en: "check that the file is next to the framework")))
            }
            do {
                let folder = (target as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                return .failure(
                    AtomicWriter.Failure(
                        message: Message(nl: "kan de map voor '\(target)' niet maken", en: "cannot create the folder for '\(target)'"),
                        fix: Message(nl: "kies een map waarin u mag schrijven", en: "choose a folder you may write in")))
            }
            if case .failure(let failure) = AtomicWriter.write(bytes, to: target, overwrite: overwrite) { return .failure(failure) }
            written.append(target)
        }
        return .success(written)
    }
}
