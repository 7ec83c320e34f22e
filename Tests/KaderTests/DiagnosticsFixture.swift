/// The small framework the diagnostics tests build their mistakes into: each test class that
/// conforms reads `head`, `domain` and `withLevels` as its own.
protocol DiagnosticsFixture {}

extension DiagnosticsFixture {
    /// The top of a small framework: id, version, title and one scale.
    var head: String {
        """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}

        """
    }

    /// One domain with one question.
    var domain: String {
        """
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - id: commissie
                scale: mate
                text: {nl: Commissie, en: Committee}

        """
    }

    /// A framework with a growth model and a rule section to append rules to.
    var withLevels: String {
        head + domain + """
            levels:
              - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}
              - {id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
            rules:

            """
    }
}
