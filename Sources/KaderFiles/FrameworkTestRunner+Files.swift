import Foundation
import Kader

extension FrameworkTestRunner {
    /// A runner whose tests name response files relative to the framework's own file (as
    /// `file: ../Examples/x.yaml` in a framework's `tests:`), opened as every response is.
    public init(frameworkFile framework: Framework) {
        let base = Paths.directory(of: framework.sourceName)
        self.init(framework: framework) { path, framework in
            let full = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
            do throws(OpenFailure) {
                let opened = try FrameworkLibrary.openResponse(path: full, framework: framework)
                return Loaded(value: opened.response, diagnostics: opened.warnings, source: opened.source)
            } catch {
                let source = error.sources.first ?? SourceFile(name: full, text: "")
                return Loaded(value: nil, diagnostics: error.asDiagnostics(name: full), source: source)
            }
        }
    }
}
