/// Compiles expression text: parse, then check. The single entry point the loader uses.
public enum ExpressionCompiler {
    /// Parses and checks `text` in `environment`; problems carry offsets into `text`.
    public static func compile(_ text: String, origin: ExpressionOrigin, environment: ExpressionEnvironment)
        -> Swift.Result<CheckedExpression, ExpressionProblem>
    {
        switch ExpressionParser.parse(text) {
        case .failure(let error):
            return .failure(ExpressionProblem(message: error.message, fix: error.fix, range: error.offset..<(error.offset + error.length)))
        case .success(let syntax):
            var checker = TypeChecker(environment: environment)
            do {
                let root = try checker.check(syntax)
                return .success(CheckedExpression(text: text, origin: origin, root: root, references: checker.references))
            } catch {
                return .failure(error)
            }
        }
    }
}
