import Foundation
import Kader
import KaderReports

/// The start page: the frameworks to start a scan of (with what is wrong with those that do not
/// load), and the scans in this database, newest first.
struct StartPage {
    let catalog: FrameworkCatalog
    let scans: [ScanSummary]
    let language: Language
    /// The signed-in person's role in a hosted installation, which decides what the page offers
    /// (``RoleGate``); nil without `--hosted`: everything.
    var role: Role? = nil
    /// The organisation's masterclass rooms, for a trainer or admin of a hosted installation.
    var rooms: [StoredRoom] = []

    private var offersScans: Bool { role.map { RoleGate.roles(for: "/scans")?.contains($0) ?? true } ?? true }
    private var offersRooms: Bool { role.map { RoleGate.roles(for: "/m/new")?.contains($0) ?? true } ?? true }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h1", text: say("Zelfscan in de browser", "Self-scan in the browser"))
        // In a hosted installation the answers are on its server, for the own organisation only.
        let hosted = role != nil
        main.element(
            "p", [.class("lead")],
            text: hosted
                ? say(
                    "Kies een kader en vul de scan in. Elk antwoord wordt meteen bewaard, alleen zichtbaar voor uw organisatie; "
                        + "met de link van uw scan gaat u later verder.",
                    "Choose a framework and fill in the scan. Every answer is saved at once, visible to your organisation only; "
                        + "the link of your scan lets you continue later.")
                : say(
                    "Kies een kader en vul de scan in. Elk antwoord wordt meteen op deze computer bewaard; "
                        + "met de link van uw scan gaat u later verder.",
                    "Choose a framework and fill in the scan. Every answer is saved on this computer at once; "
                        + "the link of your scan lets you continue later."))
        if role == .organisationAdmin {
            main.element("p") { p in
                p.element(
                    "a", [.id("people-link"), HTMLAttribute("href", OrganisationRoutes.people)],
                    text: say("Mensen van uw organisatie", "People of your organisation"))
            }
        }
        if offersScans { StartPageLink.upload.render(into: &main, language: language) }
        if offersRooms { StartPageLink.room.render(into: &main, language: language) }
        if role != nil && offersRooms { roomList(into: &main) }
        guard offersScans else { return }
        main.element("section", [.id("frameworks"), HTMLAttribute("aria-labelledby", "frameworks-title")]) { section in
            section.element("h2", [.id("frameworks-title")], text: say("Kaders", "Frameworks"))
            if catalog.frameworks.isEmpty && catalog.failures.isEmpty {
                section.element(
                    "p",
                    text: say(
                        "Er zijn geen kaders gevonden. Start Kader met --frameworks MAP.",
                        "No frameworks were found. Start Kader with --frameworks DIR."))
            }
            for framework in catalog.frameworks { frameworkCard(framework, into: &section) }
            for failure in catalog.failures { failureCard(failure, into: &section) }
        }
        main.newline()
        main.element("section", [.id("scans"), HTMLAttribute("aria-labelledby", "scans-title")]) { section in
            section.element(
                "h2", [.id("scans-title")],
                text: role != nil
                    ? say("Scans van uw organisatie", "Your organisation's scans") : say("Scans op deze computer", "Scans on this computer")
            )
            if scans.isEmpty {
                section.element("p", [.id("no-scans")], text: say("Nog geen scans.", "No scans yet."))
            } else {
                // Scrolls sideways on a phone instead of making the page wider.
                section.element("div", [.class("table-scroll")]) { scanTable(into: &$0) }
            }
        }
    }

    /// The organisation's rooms, so that a trainer finds a room's screen again.
    private func roomList(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("section", [.id("rooms"), HTMLAttribute("aria-labelledby", "rooms-title")]) { section in
            section.element(
                "h2", [.id("rooms-title")], text: say("Masterclassruimtes van uw organisatie", "Your organisation's masterclass rooms"))
            if rooms.isEmpty { section.element("p", [.id("no-rooms")], text: say("Nog geen ruimtes.", "No rooms yet.")) }
            section.element("ul") { list in
                for room in rooms {
                    list.element("li") { item in
                        item.element("a", [HTMLAttribute("href", "/m/t/" + room.trainerToken.text)], text: room.caseTitle)
                        let state = room.isOpen ? say("open, code ", "open, code ") + room.joinCode.text : say("gesloten", "closed")
                        item.text(" · " + String(room.createdAt.prefix(10)) + " · " + state)
                    }
                }
            }
        }
        main.newline()
    }

    private func frameworkCard(_ framework: Framework, into out: inout HTMLWriter) {
        let say = Say(language)
        out.element("article", [.class("framework"), .id("framework-" + framework.id)]) { card in
            card.element("h3", text: framework.title.text(in: language))
            card.element("p", [.class("meta")]) { p in
                p.text(say("versie ", "version ") + framework.version)
            }
            if let audience = framework.audience {
                card.element("p", [.class("audience")]) { p in
                    p.element("strong", text: say("Voor wie: ", "Who it is for: "))
                    p.text(audience.text(in: language))
                }
            }
            // Pages, not "domains": the framework has its own word for its parts (aspect, thema), and the form has a page per part.
            let questions = framework.questions.count
            let pages = framework.domains.count
            card.element("p", text: say("\(questions) vragen op \(pages) pagina's", "\(questions) questions on \(pages) pages"))
            if let description = framework.description { card.element("p", [.class("description")], text: description.text(in: language)) }
            card.postForm("/scans") { form in
                form.void(
                    "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "framework"), HTMLAttribute("value", framework.id)])
                form.element(
                    "button",
                    [
                        .id("start-" + framework.id), HTMLAttribute("type", "submit"),
                        HTMLAttribute("aria-describedby", "framework-" + framework.id)
                    ],
                    text: say("Start een scan", "Start a scan"))
            }
        }
        out.newline()
    }

    private func failureCard(_ failure: FrameworkCatalog.Failure, into out: inout HTMLWriter) {
        let say = Say(language)
        out.element("article", [.class("framework-failed")]) { card in
            card.element("h3", text: (failure.file as NSString).lastPathComponent)
            card.element(
                "p",
                text: say(
                    "Dit kader laadt niet en kan niet worden gebruikt tot dit is opgelost:",
                    "This framework does not load and cannot be used until this is fixed:"))
            DiagnosticItems(failure.diagnostics, language: language).render(into: &card)
        }
        out.newline()
    }

    private func scanTable(into out: inout HTMLWriter) {
        let say = Say(language)
        out.element("table", [.id("scan-list"), .class("stack-on-phone")]) { table in
            table.element("caption", text: say("Nieuwste eerst", "Newest first"))
            let headings = [
                say("Wie", "Who"), say("Kader", "Framework"), say("Datum", "Date"), say("Beantwoord", "Answered"),
                say("Laatst bewaard", "Last saved"), say("Link", "Link")
            ]
            table.element("thead") { head in
                head.element("tr") { row in
                    for title in headings { row.element("th", [HTMLAttribute("scope", "col")], text: title) }
                }
            }
            table.element("tbody") { body in
                for scan in scans {
                    body.element("tr", [.class("scan")]) { row in
                        let values = [
                            ScanName.of([scan.organisation, scan.respondent], language: language),
                            catalog.title(of: scan.frameworkID, in: language) + " " + scan.frameworkVersion,
                            scan.date ?? "", String(scan.answers), Self.local(scan.updatedAt)
                        ]
                        // The column's name goes with each value, for the phone's layout of one block per scan.
                        for (heading, value) in zip(headings, values) {
                            row.element("td", [HTMLAttribute("data-label", heading)], text: value)
                        }
                        row.element("td") { cell in
                            cell.element(
                                "a", [.class("resume"), HTMLAttribute("href", "/s/" + scan.token.text)], text: say("Verder", "Continue"))
                        }
                    }
                }
            }
        }
    }

    /// `2026-12-02T10:40:00Z` in this computer's time zone, as `2026-12-02 11:40`.
    static func local(_ stamp: String) -> String {
        guard let date = try? Date(stamp, strategy: .iso8601) else { return stamp }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
