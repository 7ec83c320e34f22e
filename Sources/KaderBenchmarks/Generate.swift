import Foundation
import Kader

/// A small, seeded random generator (SplitMix64): the same inputs on every run and machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Inputs the benchmark makes at run time (nothing large is committed).
enum Generate {
    static let optionIDs = ["nog_niet", "deels", "grotendeels", "volledig"]

    /// A framework with `domains` × `perDomain` questions and `ruleCount` rules, using every
    /// feature a real framework uses: weights, reverse items, yes/no items, relevance, derived
    /// scores, levels with a requirement, a grade formula, advice, strengths, flags, caps,
    /// `because` texts, list functions and preconditions.
    static func framework(domains: Int = 20, perDomain: Int = 50, ruleCount: Int = 1_000, seed: UInt64 = 7) -> String {
        var random = SeededRandom(seed: seed)
        var out = """
            kader: 1
            id: gegenereerd
            version: "1.0.0"
            date: 2026-01-01
            languages: [nl, en]
            title: {nl: "Gegenereerd kader", en: "Generated framework"}
            description:
              nl: "Een groot kader, gemaakt door de benchmark: \(domains * perDomain) vragen en \(ruleCount) regels."
              en: "A large framework made by the benchmark: \(domains * perDomain) questions and \(ruleCount) rules."
            sources:
              - id: bron
                title: "Benchmarkbron"
            scales:
              - id: mate
                options:
                  - {id: nog_niet, value: 0, label: {nl: "Nog niet", en: "Not yet"}}
                  - {id: deels, value: 1, label: {nl: "Deels", en: "Partly"}}
                  - {id: grotendeels, value: 2, label: {nl: "Grotendeels", en: "Largely"}}
                  - {id: volledig, value: 3, label: {nl: "Volledig", en: "Fully"}}
                  - {id: weet_niet, role: unknown, label: {nl: "Weet niet", en: "Don't know"}}
                  - {id: nvt, role: not_applicable, label: {nl: "N.v.t.", en: "Not applicable"}}

            """
        let domainIDs = (1...domains).map { String(format: "d%02d", $0) }
        func questionID(_ domain: Int, _ index: Int) -> String { String(format: "q%04d", domain * perDomain + index + 1) }
        func isYesNo(_ index: Int) -> Bool { index % 13 == 12 }
        out += """
            scoring:
              aggregate: weighted_mean
              min_answered: 3
              prorate: true
              scores:
                - id: kern
                  title: {nl: "Kern", en: "Core"}
                  aggregate: mean
                  of: [\(domainIDs.prefix(max(1, domains / 2)).joined(separator: ", "))]
                - id: verschil
                  title: {nl: "Verschil", en: "Difference"}
                  expression: "50 + (score.\(domainIDs[0]) - score.\(domainIDs[domains - 1])) / 2"
              overall:
                aggregate: mean
                of: [\(domainIDs.joined(separator: ", "))]
                skip_invalid: true
                min_valid: \(max(1, domains / 2))
            domains:

            """
        for d in 0..<domains {
            out += """
                  - id: \(domainIDs[d])
                    title: {nl: "Domein \(d + 1)", en: "Domain \(d + 1)"}
                    description: {nl: "Het \(d + 1)e domein van het gegenereerde kader.", \
                en: "Domain number \(d + 1) of the generated framework."}
                    sources: [bron]
                    questions:

                """
            for q in 0..<perDomain {
                let id = questionID(d, q)
                out += "      - id: \(id)\n"
                if isYesNo(q) {
                    out += "        type: yesno\n"
                } else {
                    out += "        scale: mate\n"
                }
                out +=
                    "        text: {nl: \"Vraag \(id): gebeurt dit in de praktijk?\", "
                    + "en: \"Question \(id): does this happen in practice?\"}\n"
                out +=
                    "        help: {nl: \"Kijk naar wat er echt gebeurt, niet naar wat op papier staat.\", "
                    + "en: \"Look at what really happens, not at what is on paper.\"}\n"
                if q % 7 == 3 { out += "        weight: 2\n" }
                if q % 11 == 5, !isYesNo(q) { out += "        reverse: true\n" }
                if q % 17 == 9 { out += "        required: true\n" }
                if q % 10 == 4, q > 0, !isYesNo(q - 1) {
                    out += "        relevant: \"\(questionID(d, q - 1)) != 'nog_niet'\"\n"
                }
            }
        }
        out += """
            levels:
              - {id: startend, min: 0, max: 40, label: {nl: "Startend", en: "Starting"}}
              - {id: in_ontwikkeling, min: 40, max: 65, label: {nl: "In ontwikkeling", en: "Developing"}}
              - id: op_orde
                min: 65
                max: 85
                label: {nl: "Op orde", en: "In order"}
                requires: "all(items('\(domainIDs[0])') >= 30)"
              - {id: voorbeeldig, min: 85, max: 100, label: {nl: "Voorbeeldig", en: "Exemplary"}}
            grades:
              formula: "1 + 9 * score / 100"
              decimals: 1
            rules:

            """
        let priorities = ["critical", "high", "medium", "low"]
        let efforts = ["quick_win", "moderate", "structural"]
        for r in 0..<ruleCount {
            let d = Int.random(in: 0..<domains, using: &random)
            var q = Int.random(in: 0..<perDomain, using: &random)
            if isYesNo(q) { q -= 1 }
            var q2 = Int.random(in: 0..<perDomain, using: &random)
            if isYesNo(q2) { q2 -= 1 }
            let a = questionID(d, q)
            let b = questionID(d, q2)
            let domain = domainIDs[d]
            let option = optionIDs[Int.random(in: 1...3, using: &random)]
            out += String(format: "  - id: r%04d\n", r + 1)
            out += "    domain: \(domain)\n"
            switch r % 10 {
            case 0, 1, 2:
                out += "    when: \"\(a) < '\(option)'\"\n"
                out += "    because: {nl: \"\(a) staat op '{\(a)}'.\", en: \"\(a) is at '{\(a)}'.\"}\n"
            case 3:
                out += "    when: \"\(a) < 'grotendeels' and score.\(domain) < 60\"\n"
                out += "    because: {nl: \"Het domein scoort {score.\(domain)}.\", en: \"The domain scores {score.\(domain)}.\"}\n"
            case 4:
                out += "    when: \"count(items('\(domain)') < 50) >= 10\"\n"
            case 5:
                out += "    when: \"\(a) == 'nog_niet' or \(b) == 'nog_niet'\"\n"
            case 6:
                out += "    when: \"level.\(domain) < 'op_orde' and answered_count('\(domain)') >= 20\"\n"
            case 7:
                out += "    when: \"mean(items('\(domain)')) < 55 and not (\(a) >= 'grotendeels')\"\n"
            case 8:
                out += "    when: \"grade.\(domain) < 5.5 or (unknown(\(a)) and unknown(\(b)))\"\n"
            default:
                out += "    when: \"score.\(domain) >= 80\"\n"
            }
            let text = "{nl: \"Advies \(r + 1): pak \(a) aan in \(domain).\", en: \"Advice \(r + 1): work on \(a) in \(domain).\"}"
            switch r % 10 {
            case 9:
                out += "    strength: {nl: \"\(domain) gaat goed.\", en: \"\(domain) goes well.\"}\n"
            case 5 where r % 100 == 5:
                out += "    cap: {level: in_ontwikkeling, scope: both}\n"
                out += "    flag: {severity: critical, text: \(text)}\n"
            case 5:
                out += "    flag: {severity: warning, text: \(text)}\n"
            default:
                out += "    advice:\n"
                out += "      text: \(text)\n"
                out += "      first_step: {nl: \"Bespreek \(a) in de volgende vergadering.\", en: \"Discuss \(a) at the next meeting.\"}\n"
                out += "      priority: \(priorities[r % priorities.count])\n"
                out += "      effort: \(efforts[r % efforts.count])\n"
                out += "      sources: [bron]\n"
            }
        }
        out += """
            preconditions:
              - id: basis
                text: {nl: "De basis is er.", en: "The basics are there."}
                when: "\(questionID(0, 0)) >= 'grotendeels'"
              - id: steun
                text: {nl: "Er is steun.", en: "There is support."}
                when: "\(questionID(0, 1)) >= 'grotendeels' and \(questionID(0, 2)) >= 'deels'"

            """
        return out
    }

    /// Answers to `framework` in YAML, varied by `seed`: scale and choice answers drawn at random
    /// (with some "weet niet", "n.v.t." and blanks), several choices and yes/no drawn too, numbers
    /// and free text taken from `template` (an example response) where it has them; notes on some.
    static func response(for framework: Framework, template: Response?, index: Int, seed: UInt64) -> String {
        var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x1000_0001)
        var out = "framework: \(framework.id)\nversion: \"\(framework.version)\"\n"
        out += "respondent: \"Respondent \(index + 1)\"\norganisation: \"Organisatie \(index % 97 + 1)\"\n"
        out += String(format: "date: 2026-%02d-%02d\n", index % 12 + 1, index % 28 + 1)
        if let template, !template.context.isEmpty {
            out += "context:\n"
            for (key, value) in template.context.sorted(by: { $0.key < $1.key }) {
                switch value {
                case .number(let n): out += "  \(key): \(ExpressionFormat.number(n))\n"
                case .text(let t): out += "  \(key): \(YAMLText.quoted(t))\n"
                }
            }
        }
        out += "answers:\n"
        for question in framework.questions {
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 4 { continue }  // left blank
            var value: String?
            let unknown = question.kind.allowsUnknown && roll < 10
            let notApplicable = question.kind.allowsNotApplicable && roll >= 10 && roll < 14
            switch question.kind.answerShape {
            case .option:
                let options = question.kind.options
                let scored = options.filter { $0.role == .scored }
                if unknown, let option = options.first(where: { $0.role == .unknown }) {
                    value = option.id
                } else if notApplicable, let option = options.first(where: { $0.role == .notApplicable }) {
                    value = option.id
                } else if !scored.isEmpty {
                    value = scored[Int.random(in: 0..<scored.count, using: &random)].id
                }
            case .options:
                let chosen = question.kind.options.filter { _ in Bool.random(using: &random) }.map(\.id)
                value = "[" + chosen.joined(separator: ", ") + "]"
            case .yesNo:
                value = unknown ? "weet_niet" : Bool.random(using: &random) ? "ja" : "nee"
            case .number, .text:
                switch template?.answers[question.id]?.value {
                case .number(let n)?: value = ExpressionFormat.number(n)
                case .text(let t)?: value = YAMLText.quoted(t)
                default: value = nil
                }
            }
            guard let value else { continue }
            if roll > 85 {
                let note = "Toelichting \(index + 1) bij \(question.id): besproken in de commissie, actie bij de voorzitter."
                out += "  \(question.id):\n    value: \(value)\n    note: \(YAMLText.quoted(note))\n"
            } else {
                out += "  \(question.id): \(value)\n"
            }
        }
        return out
    }
}
