/// The numbers people see for domains and questions, in one place: the paper form, the
/// handout, the answer template, `kader fill` (which also finds a question by its number) and
/// the reports all number the same way.
extension Framework {
    /// The number of the domain at `index`: its declared `number:` in `language`, or else its
    /// place among the domains (`1` for the first).
    public func number(ofDomainAt index: Int, in language: Language) -> String {
        domains[index].number?.text(in: language) ?? "\(index + 1)"
    }

    /// The number of a question: its domain's number, a point and its place in the domain
    /// (`3.2`, `Vooraf.1`); the id for a question the framework does not have.
    public func number(ofQuestion id: String, in language: Language) -> String {
        guard let path = index.questions[id] else { return id }
        return number(ofDomainAt: path.domain, in: language) + ".\(path.question + 1)"
    }

    /// The domain's title with its number: "1. Pedagogische visie", or "Vooraf: Randvoorwaarden"
    /// for a number that is a word.
    public func numberedTitle(ofDomainAt index: Int, in language: Language) -> String {
        let number = number(ofDomainAt: index, in: language)
        let separator = number.allSatisfy(\.isNumber) ? ". " : ": "
        return number + separator + domains[index].title.text(in: language)
    }

    /// Whether a precondition's numbered title already says that it is one ("Vooraf:
    /// Randvoorwaarden"), so that headings need no "(randvoorwaarde)" after it; false for a
    /// domain that is not a precondition.
    public func titleNamesPrecondition(ofDomainAt index: Int, in language: Language) -> Bool {
        guard domains[index].role == .precondition else { return false }
        return numberedTitle(ofDomainAt: index, in: language).lowercased().contains(Say(language)("randvoorwaarde", "precondition"))
    }

    /// Whether the framework declares its domains' numbers (`number:`): then reports show them
    /// beside the domains' titles, as the paper form does.
    public var declaresDomainNumbers: Bool {
        domains.contains { $0.number != nil }
    }

    /// The question a person means by `number` (`3.2`, `vooraf.1`, in either language, any case).
    public func questionNumbered(_ number: String) -> Question? {
        let wanted = number.lowercased()
        return questions.first { question in
            Language.allCases.contains { self.number(ofQuestion: question.id, in: $0).lowercased() == wanted }
        }
    }
}
