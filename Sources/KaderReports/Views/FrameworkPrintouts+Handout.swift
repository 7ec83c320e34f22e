import Kader

/// The handout about a framework for a masterclass or a learning session.
extension FrameworkPrintouts {
    /// The handout: what the framework is for, the preconditions, per domain the criteria with
    /// why they matter and the sources, the growth model, and how the scoring works.
    public var handout: ReportDocument {
        let framework = words.framework
        let say = words.say
        var doc = ReportDocument(
            title: words.text(framework.title) + " — " + say("hand-out", "handout"), language: words.language,
            style: .printout)
        doc.add(introduction + preconditions + criteria + growthModel + ScoringExplanation(words: words).blocks + documents)
        if !framework.sources.isEmpty {
            doc.add(.headingText(2, say("Bronnen", "Sources")))
            doc.add(.sources(framework.sources.map { SourceReference(title: words.text($0.title), url: $0.url) }))
        }
        return doc
    }

    /// The documents that come with the framework, each with where it is.
    private var documents: [Block] {
        let say = words.say
        let resources = words.framework.resources
        guard !resources.isEmpty else { return [] }
        let items = resources.map { resource in
            ItemList.Item([.document(RichText(words.text(resource.title)), path: words.text(resource.file))])
        }
        return [
            .headingText(2, say("Documenten bij dit kader", "Documents that come with this framework")),
            .list(ItemList(.bullets, items)),
            .smallPrint("kader export \(words.framework.id) --as resources --output " + say("MAP", "FOLDER"))
        ]
    }

    /// The title, what the framework is for, for whom, and how to start.
    private var introduction: [Block] {
        let framework = words.framework
        let say = words.say
        var blocks: [Block] = [
            .headingText(1, words.text(framework.title)),
            .smallPrint(say("Hand-out", "Handout") + " · " + words.versionLine)
        ]
        if let description = framework.description { blocks += Block.paragraphs(words.text(description)) }
        if let audience = framework.audience { blocks.append(.labelledText(say("Voor wie", "Who it is for"), words.text(audience))) }
        if let guidance = framework.guidance {
            let heading = say(words.framework.report.dutch("Hoe u begint", "Hoe je begint"), "How to start")
            blocks += [.headingText(2, heading)] + Block.prose(words.text(guidance))
        }
        return blocks
    }

    /// What must be in place before the work starts.
    private var preconditions: [Block] {
        let say = words.say
        guard !words.framework.preconditions.isEmpty else { return [] }
        return [.headingText(2, say("Randvoorwaarden", "Preconditions"))]
            + Block.paragraphs(say("Dit moet er zijn voordat het werk begint:", "This should be in place before the work starts:"))
            + [
                .bulletList(
                    words.framework.preconditions.map { condition in
                        words.text(condition.text) + (condition.advice.map { " — " + words.text($0) } ?? "")
                    })
            ]
    }

    /// Per domain: why it matters, its questions with their marks and help, and its sources.
    private var criteria: [Block] {
        let say = words.say
        var blocks: [Block] = [.headingText(2, say("De criteria per domein", "The criteria per domain"))]
        for (index, domain) in words.framework.domains.enumerated() {
            blocks.append(.headingText(3, words.domainHeading(at: index, notCounted: true)))
            if let description = domain.description {
                blocks.append(.labelledText(say("Waarom dit ertoe doet", "Why it matters"), words.text(description)))
            }
            blocks.append(
                .bulletList(
                    domain.questions.map { question in
                        var line = words.number(of: question.id) + " " + words.text(question.text)
                        let tags = words.tags(question)
                        if !tags.isEmpty { line += " [" + tags.joined(separator: ", ") + "]" }
                        if let help = question.help { line += " — " + words.text(help) }
                        return line
                    }))
            let cited = words.sources(domain.sources + domain.questions.flatMap(\.sources))
            if !cited.isEmpty { blocks.append(.labelledText(say("Bronnen", "Sources"), cited.map(\.0).joined(separator: "; "))) }
        }
        return blocks
    }

    /// The levels of the growth model with their score bands and what they mean.
    private var growthModel: [Block] {
        let say = words.say
        guard let model = words.framework.growthModel else { return [] }
        let rows = model.levels.map { level in
            var meaning = words.text(level.description)
            if let requirement = level.requiresText?.words(in: words.language) {
                meaning += (meaning.isEmpty ? "" : " ") + say("Voor het geheel geldt ook: ", "Overall it also requires: ") + requirement
            }
            return [words.text(level.label), words.number(level.min) + "–" + words.number(level.max), meaning]
        }
        return [.headingText(2, say("Het groeimodel", "The growth model"))]
            + Block.paragraphs(
                say(
                    "Elk domein en het geheel krijgen een niveau op grond van de score (0-100). "
                        + words.framework.report.dutch(
                            "Het niveau zegt waar u staat; u werkt stap voor stap naar het volgende niveau.",
                            "Het niveau zegt waar je staat; je werkt stap voor stap naar het volgende niveau."),
                    "Each domain and the whole get a level from the score (0-100). The level says where you stand; "
                        + "you work step by step towards the next level."))
            + [
                .smallPrint(
                    say(
                        "Een band loopt tot, niet tot en met, de bovengrens; de hoogste band loopt tot en met 100.",
                        "A band runs up to, not including, its upper bound; the top band includes 100.")),
                .simpleTable([say("Niveau", "Level"), say("Score", "Score"), say("Wat het betekent", "What it means")], rows)
            ]
    }
}
