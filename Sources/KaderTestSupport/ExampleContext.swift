import Kader

/// The small context the plugin examples and the expression documentation are run in:
/// questions `q1` (answered 2 on a 0-3 scale), `q2` ("weet niet"), `q3` ("n.v.t."), `q4`
/// (unanswered), and a domain `d` whose item scores are 0, 50 and 100.
public enum ExampleContext {
    public static let frameworkYAML = """
    id: voorbeeld
    version: "1.0"
    title: {nl: Voorbeeld, en: Example}
    scales:
      - id: vier
        options:
          - {id: nul, value: 0, label: {nl: Nul, en: Zero}}
          - {id: een, value: 1, label: {nl: Een, en: One}}
          - {id: twee, value: 2, label: {nl: Twee, en: Two}}
          - {id: drie, value: 3, label: {nl: Drie, en: Three}}
          - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
          - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/a}}
      - id: drie_punten
        options:
          - {id: laag, value: 0, label: {nl: Laag, en: Low}}
          - {id: midden, value: 1, label: {nl: Midden, en: Middle}}
          - {id: hoog, value: 2, label: {nl: Hoog, en: High}}
    domains:
      - id: e
        title: {nl: Vragen, en: Questions}
        questions:
          - {id: q1, scale: vier, text: {nl: Een, en: One}}
          - {id: q2, scale: vier, text: {nl: Twee, en: Two}}
          - {id: q3, scale: vier, text: {nl: Drie, en: Three}}
          - {id: q4, scale: vier, text: {nl: Vier, en: Four}}
      - id: d
        title: {nl: Domein, en: Domain}
        questions:
          - {id: d1, scale: drie_punten, text: {nl: Een, en: One}}
          - {id: d2, scale: drie_punten, text: {nl: Twee, en: Two}}
          - {id: d3, scale: drie_punten, text: {nl: Drie, en: Three}}
    """

    public static let responseYAML = """
    framework: voorbeeld
    answers:
      q1: twee
      q2: weet_niet
      q3: nvt
      d1: laag
      d2: midden
      d3: hoog
    """

    /// The framework, the response, and an engine, ready to evaluate expressions.
    public static func make(registry: PluginRegistry = .builtIn) -> (Engine, Response)? {
        guard let framework = FrameworkLoader(registry: registry).load(text: frameworkYAML, name: "voorbeeld.yaml").value,
              let response = ResponseLoader().load(text: responseYAML, name: "voorbeeld-antwoord.yaml", framework: framework).value
        else { return nil }
        return (Engine(framework: framework), response)
    }
}
