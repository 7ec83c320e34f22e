import ArgumentParser
import Kader
import KaderFiles

/// `kader show ID|FILE`: an outline of a framework.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the outline of a framework: domains, questions, scales, levels, grades, rules.")

    @OptionGroup var options: SharedOptions

    @Argument(help: "A framework id or file.")
    var framework: String

    func run() throws {
        let framework = try options.loadFramework(framework).framework
        let l = options.language
        let nl = l == .nl
        var out = "\(framework.title.text(in: l))\n\(framework.id) \(framework.version)" + (framework.date.map { " · \($0)" } ?? "") + "\n"
        if let description = framework.description { out += "\n\(description.text(in: l))\n" }
        if let audience = framework.audience { out += "\n\(nl ? "Voor" : "For"): \(audience.text(in: l))\n" }
        out += "\n\(nl ? "Schalen" : "Scales"):\n"
        for scale in framework.scales {
            out +=
                "  \(scale.id): "
                + scale.options.map { o in o.label.text(in: l) + (o.value.map { " (\(ExpressionFormat.number($0)))" } ?? "") }.joined(
                    separator: " / ") + "\n"
        }
        out += "\n\(nl ? "Domeinen" : "Domains"):\n"
        for domain in framework.domains {
            let role = domain.role == .precondition ? (nl ? " [randvoorwaarde]" : " [precondition]") : ""
            out +=
                "  \(domain.id): \(domain.title.text(in: l))\(role) — "
                + "\(domain.questions.count) \(nl ? "vragen" : "questions"), "
                + "\(domain.scoring.aggregatorName), min \(domain.scoring.minAnswered)\n"
            for question in domain.questions {
                var tags = [question.kindName]
                if question.weight != 1 { tags.append("×\(ExpressionFormat.number(question.weight))") }
                if question.reverse { tags.append(nl ? "omgekeerd" : "reverse") }
                if question.critical { tags.append(nl ? "kritiek" : "critical") }
                if question.relevance != nil { tags.append(nl ? "voorwaardelijk" : "conditional") }
                out += "    \(question.id) [\(tags.joined(separator: ", "))] \(question.text.text(in: l))\n"
            }
        }
        if let model = framework.growthModel {
            out += "\n\(nl ? "Groeimodel" : "Growth model"):\n"
            for level in model.levels {
                out +=
                    "  \(ExpressionFormat.number(level.min))–\(ExpressionFormat.number(level.max)) \(level.label.text(in: l))"
                    + (level.requires.map { " (\(nl ? "vereist" : "requires") \($0.text))" } ?? "") + "\n"
            }
        }
        if let grades = framework.grades {
            switch grades.method {
            case .formula(let expression):
                out +=
                    "\n\(nl ? "Rapportcijfer" : "Report grade"): \(expression.text) "
                    + "(\(nl ? "voldoende vanaf" : "pass from") \(ExpressionFormat.number(grades.pass)))\n"
            case .table(let rows):
                out += "\n\(nl ? "Rapportcijfer: tabel met" : "Report grade: table with") \(rows.count) \(nl ? "rijen" : "rows")\n"
            }
        }
        let effects = Dictionary(grouping: framework.rules.flatMap { rule in rule.effects.map { type(of: $0).name } }, by: { $0 })
            .mapValues(\.count)
        out +=
            "\n\(nl ? "Regels" : "Rules"): \(framework.rules.count) ("
            + effects.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")\n"
        if !framework.preconditions.isEmpty { out += "\(nl ? "Randvoorwaarden" : "Preconditions"): \(framework.preconditions.count)\n" }
        if !framework.tests.isEmpty { out += "\(nl ? "Testgevallen" : "Test cases"): \(framework.tests.count)\n" }
        if !framework.sources.isEmpty {
            out += "\n\(nl ? "Bronnen" : "Sources"):\n"
            for source in framework.sources {
                out += "  [\(source.id)] \(source.title.text(in: l))" + (source.url.map { " — \($0)" } ?? "") + "\n"
            }
        }
        try Console.out(out)
    }
}
