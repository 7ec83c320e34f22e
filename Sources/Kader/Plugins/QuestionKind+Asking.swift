/// How a question is asked, by default: from the kind's ``QuestionKind/answerShape``, its options
/// and its points. `kader fill`, the answer template and the paper form call these hooks, never
/// the kinds themselves, so a plugin kind is asked like a built-in of the same shape.
extension QuestionKind {
    /// The options a respondent picks by number in `kader fill`: every option of a several-choices
    /// answer; otherwise the scored ones ("weet niet" and "n.v.t." have their own keys).
    public var numberedOptions: [AnswerOption] {
        answerShape.picksSeveral ? options : options.filter { $0.role == .scored }
    }

    public func fillPrompt(in language: Language) -> [String] {
        let say = Say(language)
        switch answerShape {
        case .yesNo:
            return ["1  " + say("Ja", "Yes"), "2  " + say("Nee", "No")]
        case .number(let range):
            var hint = say("Typ een getal", "Type a number")
            if let minimum = range.minimum, let maximum = range.maximum {
                let (low, high) = (YAMLText.number(minimum), YAMLText.number(maximum))
                hint += say(" van \(low) tot en met \(high)", " from \(low) to \(high)")
            }
            if let unit = range.unit { hint += " (\(unit.text(in: language)))" }
            return [hint + "."]
        case .text:
            return [say("Typ het antwoord op één regel (Enter: overslaan).", "Type the answer on one line (Enter: skip).")]
        case .option, .options:
            var lines = numberedOptions.enumerated().map { "\($0.offset + 1)  " + $0.element.label.text(in: language) }
            if answerShape.picksSeveral {
                lines.append(
                    say(
                        "Kies een of meer nummers, bijvoorbeeld: 1 3 (0: geen).",
                        "Choose one or more numbers, for example: 1 3 (0: none)."))
            }
            return lines
        }
    }

    /// "; of weet_niet of nvt", with only the non-answers the kind allows ("" for none).
    private func nonAnswerWords(_ say: Say) -> String {
        let words = [allowsUnknown ? "weet_niet" : nil, allowsNotApplicable ? "nvt" : nil].compactMap { $0 }
        return words.isEmpty ? "" : say("; of ", "; or ") + words.joined(separator: say(" of ", " or "))
    }

    public func templateChoices(in language: Language) -> String {
        let say = Say(language)
        var words: [String]
        switch answerShape {
        case .yesNo:
            words = ["ja", "nee"]
        case .number(let range):
            let bounds = [
                range.minimum.map { say("vanaf ", "from ") + YAMLText.number($0) },
                range.maximum.map { say("tot en met ", "up to ") + YAMLText.number($0) }
            ].compactMap { $0 }
            let unit = range.unit.map { " (\($0.text(in: language)))" } ?? ""
            return say("Een getal", "A number") + (bounds.isEmpty ? "" : " " + bounds.joined(separator: " ")) + unit
                + nonAnswerWords(say)
        case .text:
            return say("Vrije tekst, tussen aanhalingstekens: \"...\"", "Free text, in quotes: \"...\"")
        case .option, .options:
            words = options.map { option in "\(option.id) = \(option.label.text(in: language))" }
        }
        if options.isEmpty || answerShape == .yesNo {
            if allowsUnknown { words.append(AnswerYAML.word(for: .unknown, options: options)) }
            if allowsNotApplicable { words.append(AnswerYAML.word(for: .notApplicable, options: options)) }
        } else if !options.contains(where: { $0.role != .scored }) {
            if allowsUnknown { words.append("weet_niet = " + say("Weet niet", "Don't know")) }
            if allowsNotApplicable { words.append("nvt = " + say("N.v.t.", "Not applicable")) }
        }
        let several = answerShape.picksSeveral ? say(" (een of meer, als lijst: [a, b])", " (one or more, as a list: [a, b])") : ""
        return say("Kies", "Choose") + several + ": " + words.joined(separator: " · ")
    }

    public func paperAnswer(reverse: Bool, in language: Language) -> PaperAnswer {
        let say = Say(language)
        let number = { (value: Double) in ValueText.number(value, language: language) }
        switch answerShape {
        case .text:
            return PaperAnswer(.lines(say("Antwoord", "Answer"), count: 3))
        case .number(let range):
            var label = say("Getal", "Number")
            if let minimum = range.minimum, let maximum = range.maximum { label += " (\(number(minimum))–\(number(maximum)))" }
            if let unit = range.unit { label += " " + unit.text(in: language) }
            return PaperAnswer(.field(label))
        case .yesNo:
            // The points a box earns, as the score sheet adds them: reverse scoring swaps them.
            func points(_ answer: Bool) -> String {
                guard let earned = self.points(for: .bool(answer)) else { return "" }
                return " (" + number(reverse ? earned.max + earned.min - earned.points : earned.points) + ")"
            }
            return PaperAnswer(.boxes([say("Ja", "Yes") + points(true), say("Nee", "No") + points(false)]))
        case .option, .options:
            var hint: String?
            if case .options(let count) = answerShape {
                let limits = " (" + say("kies ", "choose ") + "\(count.min)–" + (count.max.map(String.init) ?? "…") + ")"
                hint = say("Meer antwoorden mogelijk", "More than one answer possible") + (count.isLimited ? limits : "")
            }
            let labels = options.map { option in option.label.text(in: language) + (option.value.map { " (" + number($0) + ")" } ?? "") }
            return PaperAnswer(.boxes(labels), hint: hint)
        }
    }

    public func yaml(_ value: AnswerValue) -> String {
        AnswerYAML.text(of: value, options: options)
    }
}
