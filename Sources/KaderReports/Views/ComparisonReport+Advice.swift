import Kader

/// A comparison over time's advice: resolved by a changed answer, no longer applying (and why),
/// not to be decided yet, new, and still open.
extension Report where Subject == Comparison {
    /// One section per kind of change in the advice, each left out when empty.
    var adviceSections: [Block] {
        let c = comparison
        let say = words.say
        var blocks: [Block] = []
        func section(_ id: String, _ title: String, _ items: [ItemList.Item]) {
            guard !items.isEmpty else { return }
            blocks.append(.section(id: id, title: title, [.list(ItemList(.bullets, items))]))
        }
        section(
            "resolved", say("Opgelost door een ander antwoord", "Resolved by a changed answer"),
            c.adviceResolved.map { ItemList.Item(RichText(words.text($0.text))) })
        section(
            "no-longer-applies", say("Vervallen advies", "Advice that no longer applies"),
            c.adviceNoLongerApplies.map { lapsed in
                ItemList.Item(RichText(words.text(lapsed.advice.text)), details: [[.tone(.muted, words.lapse(lapsed.followUp, in: c))]])
            })
        section(
            "undecided", say("Nog niet te beoordelen", "Cannot tell yet"),
            c.adviceUndecided.map { advice in
                ItemList.Item(
                    RichText(words.text(advice.text)),
                    details: [
                        [
                            .tone(
                                .info,
                                say(
                                    "antwoorden die het advies nodig heeft ontbreken nu",
                                    "answers the advice needs are missing now"))
                        ]
                    ])
            })
        section("new", say("Nieuw advies", "New advice"), c.adviceNew.map { ItemList.Item(RichText(words.text($0.text))) })
        section("open", say("Nog open", "Still open"), c.adviceOpen.map { ItemList.Item(RichText(words.text($0.text))) })
        return blocks
    }
}

extension Vocabulary {
    /// A comparison row's figures in one result: the score on its scale, the level (marked when
    /// capped), and the grade (marked when its level is capped).
    func figures(_ row: Comparison.ScoreRow, at index: Int) -> RichText {
        var text = RichText(score(row.scores[index], scale: row.scale, range: row.range))
        if let level = row.levels[index] {
            text.inlines += [.lineBreak, .level(self.level(level, domain: row.id))]
            if row.capped[index] { text.inlines += [" ", .tone(.warning, "(" + say("begrensd", "capped") + ")")] }
        }
        if let grade = row.grades[index] {
            text.inlines += [.lineBreak, .text(say("cijfer ", "grade ") + self.grade(grade))]
            if row.levelNotes[index] != nil { text.inlines += [" ", .tone(.warning, "(" + cappedGrade + ")")] }
        }
        return text
    }

    /// A row's change between the first and the last result in words: "Veiligheid daalde van Op
    /// orde naar In ontwikkeling (75,0 → 62,5)", or with the same level "Deskundigheid daalde
    /// van 26,7 naar 20,0 (blijft Startend)"; nil when there is nothing to say.
    func trendSentence(_ row: Comparison.ScoreRow) -> RichText? {
        guard let trend = row.trend, trend != .unchanged else { return nil }
        let (firstScore, lastScore) = (row.scores.first ?? nil, row.scores.last ?? nil)
        let (firstLevel, lastLevel) = (row.levels.first ?? nil, row.levels.last ?? nil)
        let scores = (score(firstScore, scale: row.scale, range: row.range), score(lastScore, scale: row.scale, range: row.range))
        var sentence: RichText = [.strong(text(row.title)), " "]
        if let firstLevel, let lastLevel, firstLevel != lastLevel {
            sentence.inlines += [
                .text(trend == .declined ? say("daalde van ", "fell from ") : say("steeg van ", "rose from ")),
                .level(level(firstLevel, domain: row.id)), .text(say(" naar ", " to ")),
                .level(level(lastLevel, domain: row.id)), .text(" (\(scores.0) → \(scores.1))")
            ]
            return sentence
        }
        guard let firstScore, let lastScore, firstScore != lastScore else { return nil }
        sentence.inlines.append(
            .text(
                (lastScore < firstScore ? say("daalde van ", "fell from ") : say("steeg van ", "rose from "))
                    + scores.0 + say(" naar ", " to ") + scores.1))
        if let lastLevel { sentence.inlines += [.text(say(" (blijft ", " (still ")), .level(level(lastLevel, domain: row.id)), ")"] }
        return sentence
    }

    /// A trend as a mark: ▼ achteruit, ▲ vooruit, = gelijk.
    func mark(_ trend: Comparison.Trend) -> Mark {
        switch trend {
        case .declined: Mark(symbol: "▼", word: say("achteruit", "down"), tone: .warning)
        case .improved: Mark(symbol: "▲", word: say("vooruit", "up"), tone: .good)
        case .unchanged: Mark(symbol: "=", word: say("gelijk", "same"), tone: .info)
        }
    }

    /// Why earlier advice no longer applies: the questions no longer asked, or the framework's change.
    func lapse(_ followUp: AdviceFollowUp, in comparison: Comparison) -> String {
        guard followUp.lapse != .questionNotAsked else {
            let questions = followUp.questions.map { "'" + text($0) + "'" }.joined(separator: ", ")
            return say("de vraag wordt niet meer gesteld of is n.v.t.: ", "the question is no longer asked or not applicable: ") + questions
        }
        let (first, last) = (comparison.columns.first?.version, comparison.columns.last?.version)
        let versions = first != last ? " (" + (first ?? "") + " → " + (last ?? "") + ")" : ""
        return say("het kader veranderde", "the framework changed") + versions
            + say(": het geeft dit advies niet meer, of op andere gronden", ": it no longer gives this advice, or on other grounds")
    }
}
