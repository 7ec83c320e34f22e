/// Values in words for people: option labels, level labels, numbers with a decimal comma in Dutch.
public enum ValueText {
    /// `value` as a person reads it, using labels from the framework.
    public static func describe(_ value: Value, expression: CheckedExpression? = nil, framework: Framework, language: Language) -> String {
        // The question's kind only: copying the whole question would copy its texts and conditions.
        var kind: (any QuestionKind)?
        if case .answer(let name)? = expression?.root.operation, let path = framework.index.questions[name.id] {
            kind = framework.domains[path.domain].questions[path.question].kind
        }
        switch (value, expression?.root.operation) {
        case (.number(let n), .score?): return fixed(n, decimals: framework.scoring.rounding.decimals, language: language)
        case (.number(let n), .grade?): return fixed(n, decimals: framework.grades?.rounding.decimals ?? 1, language: language)
        case (.options(let ids), _) where kind != nil:
            let labels = ids.map { id in kind?.options.first { $0.id == id }?.label.text(in: language) ?? id }
            return labels.isEmpty ? Say(language)("geen", "none") : labels.joined(separator: ", ")
        case (.missing(let missing), _) where missing.reason == .unknown || missing.reason == .notApplicable:
            // The scale's own words for "weet niet" and "n.v.t.", as the respondent saw them.
            let role: OptionRole = missing.reason == .unknown ? .unknown : .notApplicable
            if let option = kind?.options.first(where: { $0.role == role }) { return option.label.text(in: language) }
            // A kind without its own words for them (yes/no, a number): the words the forms show.
            if kind != nil, let label = answerLabel(missing.reason, language: language) { return label }
        default: break
        }
        switch value {
        case .option(let id, _):
            if let option = kind?.options.first(where: { $0.id == id }) {
                return option.label.text(in: language)
            }
            // Searched in place: `framework.questions` builds a list of every question anew.
            for domain in framework.domains.indices {
                for question in framework.domains[domain].questions.indices {
                    let options = framework.domains[domain].questions[question].kind.options
                    if let option = options.first(where: { $0.id == id }) { return option.label.text(in: language) }
                }
            }
            return id
        case .level(let index, _):
            return framework.growthModel?.levels[index].label.text(in: language) ?? value.display
        case .number(let n):
            return number(n, language: language)
        case .bool(let b):
            return b ? Say(language)("ja", "yes") : Say(language)("nee", "no")
        case .text(let t):
            return t
        case .options(let ids):
            return ids.joined(separator: ", ")
        case .list(let items):
            return items.map { describe($0, framework: framework, language: language) }.joined(separator: ", ")
        case .missing(let missing):
            return missingText(missing.reason, language: language)
        }
    }

    /// A number with exactly `decimals` decimals (as a framework declares for scores and grades);
    /// a decimal comma in Dutch.
    public static func fixed(_ n: Double, decimals: Int, language: Language) -> String {
        let rounded = Rounding(decimals: decimals, mode: .halfUp).apply(n)
        let places = min(20, max(0, decimals))  // more would be noise in a Double
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        let magnitude = (abs(rounded) * factor).rounded()
        // Beyond what an Int holds (never a score or grade): Swift's own digits.
        guard magnitude < 9e15 else { return String(rounded) }
        // Digits written from the end of a buffer on the stack: this runs for every score a
        // `because` text shows, and building it from strings cost more than evaluating the rule.
        var scaled = Int(magnitude)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            var written = 0
            repeat {
                if places > 0, written == places { put(language.pick(UInt8(ascii: ","), UInt8(ascii: "."))) }
                put(UInt8(ascii: "0") + UInt8(scaled % 10))
                scaled /= 10
                written += 1
            } while scaled > 0 || written <= places
            if rounded < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// A number with at most one decimal; a decimal comma in Dutch.
    public static func number(_ n: Double, language: Language) -> String {
        number(n, rounding: Rounding(decimals: 1, mode: .halfUp), language: language)
    }

    /// A number as `rounding` leaves it, without trailing zeros; a decimal comma in Dutch. The one
    /// place a decimal separator is chosen for people (a CSV for Dutch Excel chooses its own).
    public static func number(_ n: Double, rounding: Rounding, language: Language) -> String {
        let text = ExpressionFormat.number(rounding.apply(n))
        return language.pick(String(text.map { $0 == "." ? "," : $0 }), text)
    }

    /// "Weet niet" or "N.v.t." as an answer's label, capitalised as the options beside it are:
    /// what the web form, the paper form and `kader fill` offer where a kind has no words of its own.
    /// Nil for any other reason: those are no answer a respondent can give.
    public static func answerLabel(_ reason: MissingReason, language: Language) -> String? {
        switch (reason, language) {
        case (.unknown, .nl): "Weet niet"
        case (.unknown, .en): "Don't know"
        case (.notApplicable, .nl): "N.v.t."
        case (.notApplicable, .en): "Not applicable"
        default: nil
        }
    }

    /// Why something is missing, in words.
    public static func missingText(_ reason: MissingReason, language: Language) -> String {
        switch (reason, language) {
        case (.unanswered, .nl): "niet ingevuld"
        case (.unanswered, .en): "not answered"
        case (.unknown, .nl): "weet niet"
        case (.unknown, .en): "don't know"
        case (.notApplicable, .nl): "n.v.t."
        case (.notApplicable, .en): "not applicable"
        case (.notRelevant, .nl): "niet van toepassing"
        case (.notRelevant, .en): "not relevant"
        case (.insufficient, .nl): "onvoldoende gegevens"
        case (.insufficient, .en): "insufficient data"
        case (.undefined, .nl): "niet te bepalen"
        case (.undefined, .en): "undefined"
        }
    }
}
