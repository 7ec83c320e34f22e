/// The `report:` section: how reports present a result.
extension FrameworkBuilder {
    func readReport(_ node: YAMLNode?) -> ReportSettings {
        var settings = ReportSettings()
        guard let node, let reader = ConfigReader(node, format: FrameworkFormat.report, sink: sink) else { return settings }
        if let focus = reader.integer("focus"), let at = reader["focus"] {
            if focus < 1 {
                sink.error("invalid-value", Message(nl: "focus moet 1 of meer zijn", en: "focus must be 1 or more"),
                           fix: Message(nl: "zet hoeveel adviezen vooraan komen, bijvoorbeeld focus: 3",
                                        en: "say how many pieces of advice come first, for example focus: 3"), at: at)
            } else {
                settings.focus = focus
            }
        }
        return settings
    }
}
