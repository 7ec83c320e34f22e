/// The numbers domains declare (`number:`), which the form, the template, `kader fill` and the
/// reports show (``Framework/number(ofDomainAt:in:)``).
extension FrameworkBuilder {
    /// A domain's declared number. A point or a space in it, or a number another domain already
    /// has (in either language, any case), is an error: `kader fill` finds questions by it (`g 1.2`).
    func readDomainNumber(_ reader: ConfigReader) -> LocalizedText? {
        guard let number = reader.text("number"), let node = reader["number"] else { return nil }
        let spellings: [String] = [number.nl, number.en].compactMap { $0?.lowercased() }
        for spelling in spellings where spelling.isEmpty || spelling.contains(where: { $0 == "." || $0.isWhitespace }) {
            sink.error(
                .invalidValue,
                Message(
                    nl: "domeinnummer '\(spelling)' mag geen punt of spatie bevatten",
                    en: "domain number '\(spelling)' may not contain a point or a space"),
                fix: Message(nl: "schrijf één woord of getal, zoals 1 of Vooraf", en: "write one word or number, like 1 or Before"),
                at: node)
            return nil
        }
        for domain in domains {
            let taken: [String] = [domain.number?.nl, domain.number?.en].compactMap { $0?.lowercased() }
            guard let clash = spellings.first(where: taken.contains) else { continue }
            sink.error(
                .duplicateID,
                Message(
                    nl: "domein '\(domain.id)' heeft al nummer '\(clash)'",
                    en: "domain '\(domain.id)' already has number '\(clash)'"),
                fix: Message(nl: "geef elk domein een eigen nummer", en: "give every domain a number of its own"), at: node)
            return nil
        }
        return number
    }
}
