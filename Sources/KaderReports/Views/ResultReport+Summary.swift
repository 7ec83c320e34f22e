import Kader

/// The summary of one respondent's result that fits on two A4 pages (`kader scan --summary`,
/// `--format docx`): for a board meeting or a memo to the college. Built from the full report's
/// own parts (``header``'s meta line, ``figures``, ``domains``), with what goes well and where
/// to begin cut to what a reader acts on, each piece of advice with who takes it on (from the
/// response's action plan) and its first step. Its title and opening words can be the
/// framework's (`report.summary`).
extension Report where Subject == AssessmentResult {
    /// How many strengths the summary names; the full report has the rest.
    static var summaryStrengths: Int { 5 }
    /// How many pieces of advice the summary puts under "Begin hier" when the framework sets no
    /// `report.focus`: the frameworks' own texts say "choose one to three".
    static var summaryFocus: Int { 3 }

    /// The two-page summary. `fullReport` says where the full report is (a command, a file, a
    /// page); without it the summary names the command that writes one.
    public func summary(fullReport: String? = nil) -> ReportDocument {
        let say = words.say
        let settings = words.framework.report.summary
        let title = settings?.title.map(words.text) ?? say("Samenvatting", "Summary")
        var meta: RichText = [.strong(words.text(result.framework.title)), .lineBreak]
        meta.inlines += self.meta.inlines
        var blocks: [Block] = [.header(Header(title: RichText(title), meta: meta))]
        if let introduction = settings?.introduction { blocks += Block.paragraphs(words.text(introduction)) }
        blocks += figures
        blocks += [domains, summaryStrengths, summaryBeginHere, fullReportSection(fullReport), summaryFooter]
        return ReportDocument(title: title + " — " + words.respondent(result), language: words.language, blocks: blocks)
    }

    /// What goes well: the first few, and how many more the full report names.
    var summaryStrengths: Block {
        let say = words.say
        guard !result.strengths.isEmpty else { return strengths }
        let shown = result.strengths.prefix(Self.summaryStrengths)
        var blocks: [Block] = [.list(ItemList(.strengths, shown.map { ItemList.Item(RichText(words.text($0.text))) }))]
        let more = result.strengths.count - shown.count
        if more > 0 {
            blocks.append(.text(say("En \(more) meer in het volledige rapport.", "And \(more) more in the full report."), .muted))
        }
        return .section(id: "strengths", title: say("Wat gaat goed", "What goes well"), blocks)
    }

    /// The advice to begin with, in the order to act on it: who takes it on and its first step.
    var summaryBeginHere: Block {
        let say = words.say
        let title = say("Begin hier", "Start here")
        guard !result.advice.isEmpty else {
            return .section(id: "begin-here", title: title, [.text(say("Geen advies.", "No advice."), .muted)])
        }
        let first = result.focus.map { result.advice.prefix($0) } ?? result.advice.prefix(Self.summaryFocus)
        let items = first.map { advice -> ItemList.Item in
            let lead: RichText = [
                .strong(words.text(advice.text)), " ",
                .tags([advice.priority.label(in: words.language), advice.effort.label(in: words.language)])
            ]
            var details: [RichText] = [owner(of: advice)]
            if let step = advice.firstStep { details.append(RichText(say("Eerste stap", "First step") + ": " + words.text(step))) }
            return ItemList.Item(lead, details: details)
        }
        var blocks: [Block] = [.list(ItemList(.numbered, items))]
        let later = result.advice.count - first.count
        if later > 0 {
            blocks.append(
                .text(
                    say(
                        "Daarna: nog \(later) adviezen in het volledige rapport.",
                        "After that: \(later) more pieces of advice in the full report."),
                    .muted))
        }
        return .section(id: "begin-here", title: title, blocks)
    }

    /// "Wie: the owner · vóór 1 maart" from the action plan, or that nobody has been chosen yet.
    private func owner(of advice: Advice) -> RichText {
        let say = words.say
        guard let planned = result.plan.first(where: { $0.adviceID == advice.ruleID })?.item else {
            return [.tone(.muted, say("Wie: nog te kiezen (in het actieplan)", "Who: still to be chosen (in the action plan)"))]
        }
        var line = RichText(say("Wie", "Who") + ": ") + [.strong(planned.owner ?? say("nog te kiezen", "still to be chosen"))]
        if let due = planned.due { line.inlines += [.text(" · " + say("vóór", "by") + " "), .date(due)] }
        line.inlines.append(.text(" · " + planned.status.label(in: words.language)))
        return line
    }

    /// Where the full report is, and what it holds that the summary leaves out.
    private func fullReportSection(_ fullReport: String?) -> Block {
        let say = words.say
        let place = fullReport ?? "kader scan " + say("ANTWOORDEN.yaml", "ANSWERS.yaml") + " --format html --appendix"
        // The command on a line of its own: wrapped at a hyphen inside the file name, a printed
        // summary left the reader to guess whether the hyphen belonged to the name.
        let what = say(
            "Alle adviezen met hun reden en bronnen, de signalen, het actieplan en elk antwoord:",
            "Every piece of advice with its reason and sources, the flags, the action plan and every answer:")
        return .section(
            id: "full-report", title: say("Het volledige rapport", "The full report"),
            [.paragraph(RichText(what) + [.lineBreak, .code(place)])])
    }

    /// The framework and its version, without the list of sources (the full report has it).
    private var summaryFooter: Block { FrameworkFooter(words: words, listsSources: false).block }
}
