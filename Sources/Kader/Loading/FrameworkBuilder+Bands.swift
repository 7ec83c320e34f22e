/// Bands on a domain's own scale: `band_sets:` shared by several domains, and a domain's
/// `bands:` (a list, a set's id, or `none`) and `direction:`.
extension FrameworkBuilder {
    func readBandSets(_ nodes: [YAMLNode]?) {
        each(nodes, format: FrameworkFormat.bandSet) { reader in
            guard let id = reader.identifier("id"), let idNode = reader["id"] else { return }
            guard bandSets[id] == nil else {
                sink.duplicate(Message(nl: "bandenset '\(id)' bestaat al", en: "band set '\(id)' already exists"), at: idNode)
                return
            }
            bandSets[id] = readBands(reader.list("bands", required: true) ?? [], range: nil)
        }
    }

    /// Where `domain`'s level comes from, with its bands checked against its own range.
    func readDomainLevels(_ reader: ConfigReader, domain: Domain) -> DomainLevels {
        readOwnLevels(reader, range: domain.scoring.range, owner: Message(nl: "domein '\(domain.id)'", en: "domain '\(domain.id)'"))
    }

    /// The bands of a derived score, over its range (once that is known).
    func readScoreBands(_ reader: ConfigReader, score: DerivedScore) -> [Band]? {
        readOwnLevels(reader, range: score.range, owner: Message(nl: "score '\(score.id)'", en: "score '\(score.id)'")).bands
    }

    /// `bands:` of a domain or score: a list, a band set's id, or `none`; checked against `range`
    /// when it is known.
    private func readOwnLevels(_ reader: ConfigReader, range: ScoreRange?, owner: Message) -> DomainLevels {
        guard let node = reader["bands"] else { return .growthModel }
        if node.sequence != nil { return .bands(readBands(reader.list("bands") ?? [], range: range)) }
        guard let word = ValueReader(sink: sink).identifier(node, what: Message(nl: "'bands'", en: "'bands'")) else { return .growthModel }
        if word == "none" { return .none }
        guard let bands = bandSets[word] else {
            sink.error(
                .unknownReference, Message(nl: "onbekende bandenset '\(word)'", en: "unknown band set '\(word)'"),
                fix: Suggestion.fix(
                    for: word, in: bandSets.keys.sorted() + ["none"],
                    what: Message(
                        nl: "bandensets",
                        en: "band sets")), at: node)
            return .growthModel
        }
        // A shared set must fit each domain that uses it: its bands run over this domain's range.
        if let range, let first = bands.first, let last = bands.last, first.min != range.min || last.max != range.max {
            let (low, high) = (ExpressionFormat.number(range.min), ExpressionFormat.number(range.max))
            let (setLow, setHigh) = (ExpressionFormat.number(first.min), ExpressionFormat.number(last.max))
            sink.error(
                .bandGap,
                Message(
                    nl: "bandenset '\(word)' loopt van \(setLow) tot \(setHigh), maar \(owner.nl) scoort van \(low) tot \(high)",
                    en: "band set '\(word)' runs from \(setLow) to \(setHigh), but \(owner.en) scores from \(low) to \(high)"),
                fix: Message(
                    nl: "geef eigen banden van \(low) tot \(high), of een 'scale' met dat bereik",
                    en: "give bands of its own from \(low) to \(high), or a 'scale' with that range"), at: node)
        }
        return .bands(bands)
    }

    /// A level's or band's `max` at or below its `min`, reported at `max`.
    func checkOrdered(min: Double, max: Double, in reader: ConfigReader, fix: Message) {
        guard min >= max, let at = reader["max"] else { return }
        sink.error(
            .invalidBounds,
            Message(
                nl: "max (\(ExpressionFormat.number(max))) moet groter zijn dan min (\(ExpressionFormat.number(min)))",
                en: "max (\(ExpressionFormat.number(max))) must be greater than min (\(ExpressionFormat.number(min)))"),
            fix: fix, at: at)
    }

    /// Bands, lowest first; without gaps or overlap, and over `range` when it is known.
    private func readBands(_ nodes: [YAMLNode], range: ScoreRange?) -> [Band] {
        var bands: [Band] = []
        var allBoundsRead = true
        each(nodes, format: FrameworkFormat.band) { reader in
            let id = reader.identifier("id")
            if let id, let idNode = reader["id"], bands.contains(where: { $0.id == id }) {
                sink.duplicate(Message(nl: "band '\(id)' bestaat al", en: "band '\(id)' already exists"), at: idNode)
                return
            }
            guard let min = reader.number("min", required: true), let max = reader.number("max", required: true) else {
                allBoundsRead = false
                return
            }
            checkOrdered(min: min, max: max, in: reader, fix: Message(nl: "zet min onder max", en: "put min below max"))
            guard let id else { return }
            bands.append(
                Band(
                    id: id, label: reader.text("label", required: true) ?? LocalizedText(nl: id, en: id),
                    description: reader.text("description"), min: min, max: max, location: reader.node.location))
        }
        guard allBoundsRead else { return bands }
        let what = Message(nl: "banden", en: "bands")
        let bounds = bands.map { (min: $0.min, max: $0.max, location: $0.location) }
        if let range {
            checkBands(bounds, what: what, from: range.min, to: range.max)
        } else if let first = bands.first, let last = bands.last {
            // A shared set is checked for gaps and overlap here, and against each domain's range where it is used.
            checkBands(bounds, what: what, from: first.min, to: last.max)
        }
        return bands
    }
}
