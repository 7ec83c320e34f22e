/// The `report:` section: how reports present a result.
extension FrameworkBuilder {
    func readReport(_ node: YAMLNode?) -> ReportSettings {
        guard let node, let reader = ConfigReader(node, format: FrameworkFormat.report, sink: sink) else { return ReportSettings() }
        var focus: Int?
        if let value = reader.integer("focus"), let at = reader["focus"] {
            if value < 1 {
                sink.error(
                    .invalidValue, Message(nl: "focus moet 1 of meer zijn", en: "focus must be 1 or more"),
                    fix: Message(
                        nl: "zet hoeveel adviezen vooraan komen, bijvoorbeeld focus: 3",
                        en: "say how many pieces of advice come first, for example focus: 3"), at: at)
            } else {
                focus = value
            }
        }
        let address = reader.choice("address").flatMap(ReportSettings.Address.init(rawValue:)) ?? .u
        var summary: ReportSettings.Summary?
        if let node = reader["summary"], let summaryReader = ConfigReader(node, format: FrameworkFormat.summary, sink: sink) {
            summary = ReportSettings.Summary(title: summaryReader.text("title"), introduction: summaryReader.text("introduction"))
        }
        var participant = reader.identifier("participant", required: false)
        if let field = participant, let at = reader["participant"], !contextFields.contains(where: { $0.id == field }) {
            sink.error(
                .unknownReference,
                Message(nl: "'participant' noemt geen contextveld '\(field)'", en: "'participant' names no context field '\(field)'"),
                fix: Suggestion.fix(
                    for: field, in: contextFields.map(\.id), what: Message(nl: "contextvelden", en: "context fields")), at: at)
            participant = nil
        }
        return ReportSettings(
            focus: focus, respondent: reader.text("respondent"), address: address, domainWord: reader.text("domain_word"),
            summary: summary, focusLocation: reader["focus"]?.location, participant: participant)
    }
}
