/// The plugins Kader ships, registered exactly as a user's own would be.
public enum BuiltInPlugins {
    /// The built-in aggregators.
    public static let aggregators: [any Aggregator.Type] = [
        MeanAggregator.self, WeightedMeanAggregator.self, SumAggregator.self,
        MinimumAggregator.self, MaximumAggregator.self, MedianAggregator.self
    ]
    /// The built-in functions.
    public static let functions: [any ExpressionFunction.Type] = [
        AnsweredFunction.self, UnknownFunction.self, NotApplicableFunction.self, CountFunction.self,
        SumFunction.self, MeanFunction.self, MinFunction.self, MaxFunction.self, AnyFunction.self,
        AllFunction.self, ItemsFunction.self, AnsweredCountFunction.self, RoundFunction.self, AbsFunction.self,
        CoalesceFunction.self, BetweenFunction.self, IfFunction.self
    ]
    /// The built-in question kinds.
    public static let questionKinds: [any QuestionKind.Type] = [
        ScaleQuestion.self, ChoiceQuestion.self, MultipleChoiceQuestion.self, YesNoQuestion.self,
        NumberQuestion.self, TextQuestion.self
    ]
    /// The built-in rule effects.
    public static let ruleEffects: [any RuleEffect.Type] = [
        AdviceEffect.self, StrengthEffect.self, FlagEffect.self, CapEffect.self
    ]

    /// Registers every built-in into `registry`.
    public static func register(into registry: inout PluginRegistry) {
        for aggregator in aggregators { registry.register(aggregator: aggregator) }
        for function in functions { registry.register(function: function) }
        for kind in questionKinds { registry.register(questionKind: kind) }
        for effect in ruleEffects { registry.register(ruleEffect: effect) }
    }
}
