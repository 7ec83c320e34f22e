import Kader

/// The documents to print about a framework, each built once for every format: the handout a
/// trainer teaches from (``handout``) and the paper form a board fills in (``paperForm``).
/// `kader export FRAMEWORK --as handout|form`.
public struct FrameworkPrintouts {
    let words: ExportWords

    /// The printouts of `framework` in `language`.
    public init(_ framework: Framework, language: Language) {
        words = ExportWords(framework: framework, language: language)
    }
}
