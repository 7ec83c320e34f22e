/// The compact results file of `kader aggregate --results FILE.jsonl` (``ResultsFileFormat``,
/// docs/result.md): a header line that names the framework and the hash of its file, then one
/// line per respondent with scores, levels, grades, completeness and the ids of what the rules
/// gave. No texts: the full result of a 2 KB answer file is 13-40 KB of the framework's own
/// words, the same in every line; this line is a few hundred bytes, and the texts stay findable
/// through the header.
public enum ResultLine {
    /// The version of the results file format (`kader_results`).
    public static let formatVersion = 1

    /// The header line, without a line end: the framework's id and version, and `sha256`, the
    /// SHA-256 of its file's text in lower-case hex.
    public static func header(framework: Framework, sha256: String) -> [UInt8] {
        var out = CompactJSONWriter(capacity: 256)
        out.object { o in
            o.field("kader_results", Double(formatVersion))
            o.field("form", "compact")
            o.key("framework")
            o.object { f in
                f.field("id", framework.id)
                f.field("version", framework.version)
                f.field("sha256", sha256)
            }
        }
        return out.bytes
    }

    /// One respondent's line, without a line end. `file` names the response it came from.
    public static func line(_ result: AssessmentResult, file: String?) -> [UInt8] {
        var out = CompactJSONWriter(capacity: 2_048)
        describe(result, file: file, into: &out)
        return out.bytes
    }

    /// Describes `result`'s line to `out` (a ``JSONValueBuilder`` gives it as a value).
    public static func describe<Output: JSONOutput & ~Copyable>(_ result: AssessmentResult, file: String?, into out: inout Output) {
        out.object { o in
            o.field("file", file)
            o.field("respondent", result.respondent)
            o.field("organisation", result.organisation)
            o.field("date", result.date)
            o.key("context")
            o.object { c in
                for field in result.context {
                    c.key(field.key)
                    switch field.value {
                    case .text(let t): c.string(t)
                    case .number(let n): c.number(n)
                    }
                }
            }
            o.field("framework", result.framework.id)
            o.field("version", result.framework.version)
            o.key("overall")
            figures(result.overall.score, result.overall.level, result.overall.grade, result.completeness, &o)
            o.key("domains")
            o.object { d in
                // By position: a domain result holds its items, and copying it counted them.
                for index in result.domains.indices {
                    d.key(result.domains[index].id)
                    figures(
                        result.domains[index].score, result.domains[index].level, result.domains[index].grade,
                        result.domains[index].completeness, &d)
                }
            }
            o.key("scores")
            o.object { s in
                for score in result.scores {
                    s.key(score.id)
                    s.number(score.score)
                }
            }
            // By position: handing each piece of advice to the closure copied it, counting its references.
            o.key("advice")
            o.array(result.advice.indices) { $0.string(result.advice[$1].ruleID) }
            o.key("flags")
            o.array(result.flags.indices) { $0.string(result.flags[$1].ruleID) }
            o.key("strengths")
            o.array(result.strengths.indices) { $0.string(result.strengths[$1].ruleID) }
            o.key("caps")
            o.array(result.firedCaps) { $0.string($1) }
        }
    }

    /// Score, level, grade and completeness: the same four for the whole and for a domain.
    private static func figures<Output: JSONOutput & ~Copyable>(
        _ score: Double?, _ level: String?, _ grade: Double?,
        _ completeness: Completeness, _ out: inout Output
    ) {
        out.object { o in
            o.field("score", score)
            o.field("level", level)
            o.field("grade", grade)
            o.field("completeness", completeness.roundedPercentage)
        }
    }
}

extension AssessmentResult {
    /// Ids of the rules whose cap fired, in rule order (what `caps:` in a framework test lists).
    public var firedCaps: [String] {
        // By position: filtering copied every rule result, for every line of a batch.
        rules.indices.compactMap { rules[$0].outcome == .fired && rules[$0].effects.contains(CapEffect.name) ? rules[$0].id : nil }
    }
}

extension Completeness {
    /// ``percentage`` with one decimal, as every written form of a result gives it.
    public var roundedPercentage: Double { Rounding(decimals: 1, mode: .halfUp).apply(percentage) }
}
