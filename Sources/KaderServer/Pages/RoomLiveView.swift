import Kader
import KaderReports

/// The live part of the trainer's screen: how many joined and answered, the spread of scores per
/// domain (the group overview's own chart and table, as `kader aggregate` shows them), the
/// ranking only when the trainer asked for it, and per question how the answers fall over its
/// options, the questions where the room disagrees most first. The same HTML is the page's first
/// view and every Server-Sent Event after it, so there is one way of showing it.
struct RoomLiveView {
    let room: StoredRoom
    let overview: RoomOverview
    let framework: Framework
    let language: Language

    func render(into out: inout HTMLWriter) {
        let say = Say(language)
        let o = overview
        out.element(
            "p", [.id("room-counts"), HTMLAttribute("data-joined", String(o.joined)), HTMLAttribute("data-answers", String(o.answers))]
        ) { p in
            p.element("strong", text: say("\(o.joined) meegedaan", "\(o.joined) joined"))
            p.text(
                " · " + say("\(o.answering) aan het scoren", "\(o.answering) scoring") + " · "
                    + say("\(o.finished) klaar", "\(o.finished) done"))
            p.text(" · " + say("\(o.answers) antwoorden", "\(o.answers) answers"))
        }
        let report = GroupReport(o.group, framework: framework, language: language)
        out.element("section", [.id("room-domains"), HTMLAttribute("aria-label", say("Spreiding per domein", "Spread per domain"))]) {
            section in
            if o.group.count == 0 {
                section.element(
                    "p", [.class("room-waiting")],
                    text: say(
                        "Nog geen antwoorden. De spreiding verschijnt zodra de eerste scores binnenkomen.",
                        "No answers yet. The spread appears as soon as the first scores arrive."))
            } else {
                // HTMLBackend writes every text through the one escaper; its markup is taken as it is.
                section.trusted(HTMLBackend().fragment([report.spread]))
            }
        }
        if room.showsRanking, o.group.count > 0 {
            out.element("section", [.id("room-ranking")]) { $0.trusted(HTMLBackend().fragment([report.ranking])) }
        }
        out.element("section", [.id("room-questions"), HTMLAttribute("aria-labelledby", "room-questions-title")]) { section in
            section.element(
                "h2", [.id("room-questions-title")],
                text: say("Per vraag: de meeste onenigheid eerst", "Per question: most disagreement first"))
            for spread in o.questions where spread.answered > 0 { question(spread, into: &section) }
        }
    }

    private func question(_ spread: RoomOverview.QuestionSpread, into out: inout HTMLWriter) {
        let say = Say(language)
        let words = Vocabulary(framework, language)
        out.element("article", [.class("room-question"), .id("spread-" + spread.question.id)]) { article in
            article.element("h3") { h3 in
                h3.element("span", [.class("question-number")], text: spread.number)
                h3.text(" " + spread.question.text.text(in: language))
            }
            var meta = say("\(spread.answered) antwoorden", "\(spread.answered) answers")
            if let disagreement = spread.disagreement {
                meta += " · " + say("spreiding ", "spread ") + words.score(disagreement)
            }
            if let numbers = spread.numbers {
                meta +=
                    " · " + say("laagste ", "lowest ") + YAMLText.number(numbers.low) + ", " + say("mediaan ", "median ")
                    + YAMLText.number(numbers.median) + ", " + say("hoogste ", "highest ") + YAMLText.number(numbers.high)
            }
            article.element("p", [.class("room-meta")], text: meta)
            guard !spread.counts.isEmpty else { return }
            article.element("table", [.class("room-options")]) { table in
                for (label, count) in spread.counts {
                    table.element("tr") { row in
                        row.element("th", [HTMLAttribute("scope", "row")], text: label)
                        row.element("td", [.class("room-bar")]) { cell in
                            cell.element(
                                "meter",
                                [
                                    HTMLAttribute("min", "0"), HTMLAttribute("max", String(max(spread.answered, 1))),
                                    HTMLAttribute("value", String(count)), HTMLAttribute("aria-label", label)
                                ], text: String(count))
                        }
                        row.element("td", [.class("room-count")], text: String(count))
                    }
                }
            }
        }
    }
}
