import Foundation
import HTTPTypes
import Hummingbird
import Kader
import KaderReports
import ServiceLifecycle

/// `GET /m/t/<token>/events`: the trainer's screen kept up to date by Server-Sent Events. The
/// stream looks at the room a few times a second (a cheap read of the participants' revisions),
/// and when anything changed it sends the live part of the screen again as one `overview` event
/// (the same HTML as the page). A comment every 15 seconds keeps proxies from closing it. When the
/// trainer closes the room it sends the last overview and a `closed` event and ends; on Ctrl-C
/// (the server's graceful shutdown) it ends at once, so stopping the server never waits for it.
enum RoomEventRoutes {
    /// How often the stream looks at the room when looking is cheap.
    static let tick: Duration = .milliseconds(250)
    /// The longest pause between two looks, so the screen stays within about a second of the room.
    static let longestPause: Duration = .seconds(1)
    /// How long a quiet stream waits before a keep-alive comment.
    static let keepAlive: Duration = .seconds(15)

    static func add(to router: Router<ServerRequestContext>, app: ServerApp, board: RoomBoard) {
        router.get("/m/t/:token/events") { _, context in
            let room = try await app.room(trainer: context.parameters.require("token"))
            let framework = try app.framework(id: room.frameworkID, version: room.frameworkVersion)
            let language = context.language
            let headers: HTTPFields = [
                .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                HTTPField.Name("X-Accel-Buffering")!: "no"
            ]
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    let stopping = StopFlag()
                    try await withGracefulShutdownHandler {
                        try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
                        var sent = ""
                        var quiet = ContinuousClock.now
                        while !stopping.isSet {
                            let looked = ContinuousClock.now
                            let now = try await app.room(trainer: room.trainerToken.text)
                            let (overview, fingerprint) = try await board.overview(of: now, app: app, language: language)
                            if fingerprint != sent {
                                try await writer.write(
                                    ByteBuffer(string: event("overview", html: live(now, overview, framework, language))))
                                sent = fingerprint
                                quiet = .now
                            } else if ContinuousClock.now - quiet > keepAlive {
                                try await writer.write(ByteBuffer(string: ": still here\n\n"))
                                quiet = .now
                            }
                            if !now.isOpen {
                                try await writer.write(ByteBuffer(string: "event: closed\ndata: closed\n\n"))
                                break
                            }
                            try await Task.sleep(for: pause(after: ContinuousClock.now - looked))
                        }
                    } onGracefulShutdown: {
                        stopping.set()
                    }
                    try await writer.finish(nil)
                })
        }
    }

    /// The pause before the next look, after a look that took `spent`. With hundreds saving at
    /// once a look is expensive (it reads and scores everyone who saved since the last); waiting
    /// twice as long as it took keeps the trainer's screen to about a third of the machine, so the
    /// participants' saves keep the rest, and never longer than ``longestPause``.
    static func pause(after spent: Duration) -> Duration {
        min(max(tick, spent * 2), longestPause)
    }

    /// The live part of the screen as HTML.
    static func live(_ room: StoredRoom, _ overview: RoomOverview, _ framework: Framework, _ language: Language) -> String {
        var out = HTMLWriter()
        RoomLiveView(room: room, overview: overview, framework: framework, language: language).render(into: &out)
        return out.html
    }

    /// One event: every line of `html` as a `data:` line (a line break inside an event's data
    /// would otherwise end the line).
    static func event(_ name: String, html: String) -> String {
        let lines = html.replacingOccurrences(of: "\r", with: "\n")
        return "event: \(name)\n"
            + lines.split(separator: "\n", omittingEmptySubsequences: false).map { "data: " + $0 }.joined(separator: "\n") + "\n\n"
    }
}

/// Set once, by the server's graceful shutdown, read by the stream between two looks at the room.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func set() {
        lock.lock()
        stopped = true
        lock.unlock()
    }
}
