import Kader

/// The preconditions, the flags, what goes well, the advice and what plugins' rule effects gave,
/// of a result's report.
extension Report where Subject == AssessmentResult {
    /// Each precondition, met or not, with what to do when it is not.
    public var preconditions: Block? {
        guard !result.preconditions.isEmpty else { return nil }
        let items = result.preconditions.map { condition in
            let advice = condition.outcome == .met ? nil : condition.advice
            return ItemList.Item(
                mark: words.mark(condition.outcome), RichText(words.text(condition.text)),
                details: advice.map { [[.tone(.muted, "→ " + words.text($0))]] } ?? [])
        }
        return .section(id: "preconditions", title: words.say("Randvoorwaarden", "Preconditions"), [.list(ItemList(.checklist, items))])
    }

    /// The flags, most severe as the rules gave them, each with why it was raised.
    public var flags: Block? {
        guard !result.flags.isEmpty else { return nil }
        let items = result.flags.map { flag in
            ItemList.Item(mark: words.mark(flag.severity), RichText(words.text(flag.text)), details: flag.because.map { [why($0)] } ?? [])
        }
        return .section(id: "flags", title: words.say("Signalen", "Flags"), [.list(ItemList(.callouts, items))])
    }

    /// What goes well.
    public var strengths: Block {
        let say = words.say
        let content: Block =
            result.strengths.isEmpty
            ? .text(say("Nog niets boven de drempel.", "Nothing above the threshold yet."), .muted)
            : .list(ItemList(.strengths, result.strengths.map { ItemList.Item(RichText(words.text($0.text))) }))
        return .section(id: "strengths", title: say("Wat gaat goed", "What goes well"), [content])
    }

    /// The advice in the order to act on it, each with its first step, why, and its sources. With
    /// a focus (`report.focus`), the advice to begin with comes under "Begin hier" and the rest,
    /// numbered on, under "Later" (folded shut on screen).
    public var advice: Block {
        let say = words.say
        let title = say("Wat kan beter", "What can be better")
        guard !result.advice.isEmpty else {
            return .section(id: "advice", title: title, [.text(say("Geen advies.", "No advice."), .muted)])
        }
        guard result.focus != nil else { return .section(id: "advice", title: title, [.list(adviceList(result.advice))]) }
        var parts: [Block] = [
            .section(
                Section(
                    id: "begin-here", title: RichText(say("Begin hier", "Start here")), level: 3,
                    blocks: [.list(adviceList(result.beginHere))]))
        ]
        if !result.later.isEmpty {
            let later = RichText(say("Later", "Later") + " (\(result.later.count))")
            parts.append(
                .section(
                    Section(
                        id: "later", title: later, level: 3, role: .later,
                        blocks: [.list(adviceList(result.later, start: result.beginHere.count + 1))])))
        }
        return .section(id: "advice", title: title, parts)
    }

    /// `advice` as a numbered list, its first item numbered `start`.
    func adviceList(_ advice: some Collection<Advice>, start: Int = 1) -> ItemList {
        let say = words.say
        let items = advice.map { advice -> ItemList.Item in
            let lead: RichText = [
                .strong(words.text(advice.text)), " ",
                .tags([advice.priority.label(in: words.language), advice.effort.label(in: words.language)])
            ]
            var details: [RichText] = []
            if let step = advice.firstStep { details.append(RichText(say("Eerste stap", "First step") + ": " + words.text(step))) }
            if let because = advice.because { details.append(why(because)) }
            let sources = advice.sources.map { id -> RichText in
                let source = words.source(id)
                return source.url.map { [.link(RichText(source.title), url: $0)] } ?? RichText(source.title)
            }
            if !sources.isEmpty {
                details.append([.tone(.muted, RichText(say("Bronnen", "Sources") + ": ") + RichText.joined(sources, separator: "; "))])
            }
            let documents = advice.resources.compactMap(words.framework.resource).map { resource -> RichText in
                [.document(RichText(words.text(resource.title)), path: words.text(resource.file))]
            }
            if !documents.isEmpty {
                details.append(RichText(say("Om mee te beginnen", "To start from") + ": ") + RichText.joined(documents, separator: "; "))
            }
            return ItemList.Item(lead, details: details)
        }
        var list = ItemList(.numbered, items)
        list.start = start
        return list
    }

    /// The questions whose blank or "weet niet" answer the framework counts as a concern, each
    /// with the advice that waits on it ("Zoek uit").
    public var findOut: Block? {
        guard !result.findOut.isEmpty else { return nil }
        let say = words.say
        let items = result.findOut.map { open -> ItemList.Item in
            var tags = [open.state == .unknown ? say("weet niet", "don't know") : say("niet ingevuld", "not answered")]
            if open.critical { tags.insert(say("kritiek item", "critical item"), at: 0) }
            let details = open.waitingAdvice.map { RichText(say("Wacht hierop", "Waits on this") + ": " + words.text($0)) }
            return ItemList.Item([.strong(words.text(open.text)), " ", .tags(tags)], details: details)
        }
        return .section(
            id: "find-out", title: say("Zoek uit", "Find out"),
            [
                .text(
                    say(
                        "Hierop is geen antwoord; het kader telt dat als een punt van zorg.",
                        "There is no answer to these; the framework counts that as a concern."), .muted),
                .list(ItemList(.bullets, items))
            ])
    }

    /// What rule effects registered by plugins gave: a section per effect, under its heading,
    /// each outcome with why its rule fired.
    public var otherOutcomes: [Block] {
        result.otherOutcomesByEffect.enumerated().map { index, group in
            let items = group.outcomes.map { ItemList.Item(RichText(words.text($0.text)), details: $0.because.map { [why($0)] } ?? []) }
            return .section(id: "other-\(index + 1)", title: words.text(group.heading), [.list(ItemList(.bullets, items))])
        }
    }

    /// "Waarom: ..." in the background.
    func why(_ because: LocalizedText) -> RichText {
        [.tone(.muted, words.say("Waarom", "Why") + ": " + words.text(because))]
    }
}
