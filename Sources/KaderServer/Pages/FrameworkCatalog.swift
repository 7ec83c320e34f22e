import Kader
import KaderFiles

/// The frameworks the library holds, read for the start page: each one that loads, and each
/// file that does not with its diagnostics (the server keeps running; the page says what to fix).
struct FrameworkCatalog: Sendable {
    /// A framework file that does not load.
    struct Failure: Sendable {
        var file: String
        /// The errors in it, or why it could not be read at all (without a line: the whole file).
        var diagnostics: [Diagnostic]
    }

    var frameworks: [Framework] = []
    var failures: [Failure] = []

    /// Reads every framework file of `library` (files already read are taken from its cache).
    init(_ library: FrameworkLibrary) {
        for file in library.files() {
            switch library.load(path: file) {
            case .failure(let failure):
                failures.append(Failure(file: file, diagnostics: [.error(.unreadable, failure.message, at: nil)]))
            case .success(let loaded):
                if let framework = loaded.value {
                    if !frameworks.contains(where: { $0.id == framework.id }) { frameworks.append(framework) }
                } else {
                    failures.append(Failure(file: file, diagnostics: loaded.diagnostics.sorted.filter { $0.severity == .error }))
                }
            }
        }
        frameworks.sort { $0.id < $1.id }
    }

    /// The framework's title by id, for the list of scans.
    func title(of id: String, in language: Language) -> String {
        frameworks.first { $0.id == id }?.title.text(in: language) ?? id
    }
}
