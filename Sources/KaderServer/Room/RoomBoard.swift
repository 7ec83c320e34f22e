import Foundation
import Kader

/// The live overviews of the rooms, kept between the trainer screen's updates so that each update
/// reads and scores again only the participants who saved since the last one (a participant's
/// revision says so). Everything is read from the store, so the overview is the database's, also
/// with several server processes; what is kept here is only a cache of it.
final class RoomBoard: @unchecked Sendable {
    private struct Kept {
        var members: [Int64: RoomMember] = [:]
        var overview: RoomOverview?
        var fingerprint = ""
    }

    private let lock = NSLock()
    private var rooms: [Int64: Kept] = [:]
    /// Stored answers read back by their question's kind, by question and YAML: a room gives the
    /// same few answers to the same questions, so each is read once.
    private var values: [String: AnswerValue] = [:]

    /// The overview of `room` now, and a fingerprint that changes whenever it does (a join, a save,
    /// the ranking switched, the room closed).
    func overview(of room: StoredRoom, app: ServerApp, language: Language) async throws -> (RoomOverview, String) {
        let prepared = try app.prepared(id: room.frameworkID, version: room.frameworkVersion)
        let participants = try await app.store.participants(room: room.id)
        let fingerprint =
            "\(room.isOpen)-\(room.showsRanking)-\(language.rawValue)-"
            + participants.map { "\($0.id).\($0.revision)" }.joined(separator: ",")
        let kept = withLock { rooms[room.id] ?? Kept() }
        if kept.fingerprint == fingerprint, let overview = kept.overview { return (overview, fingerprint) }
        let stale = participants.filter { kept.members[$0.id]?.participant.revision != $0.revision }
        let answers = try await app.store.roomAnswers(room: room.id, participants: stale.map(\.id))
        var members = kept.members
        for participant in stale {
            let scan = room.scan(for: participant, framework: prepared.framework)
            let rows = Dictionary((answers[participant.id] ?? []).map { ($0.questionID, $0) }, uniquingKeysWith: { _, last in last })
            let response = ScanSheet.response(scan: scan, framework: prepared.framework, answers: rows, read: value)
            members[participant.id] = RoomMember(
                participant: participant, response: response, engine: prepared.engine, framework: prepared.framework)
        }
        let overview = RoomOverview(framework: prepared.framework, members: participants.compactMap { members[$0.id] }, language: language)
        withLock { rooms[room.id] = Kept(members: members, overview: overview, fingerprint: fingerprint) }
        return (overview, fingerprint)
    }

    /// Forgets a room (after it was closed and its last overview sent).
    func forget(_ room: Int64) { withLock { _ = rooms.removeValue(forKey: room) } }

    private func value(_ yaml: String, _ question: Question) -> AnswerValue? {
        let key = question.id + "\u{0}" + yaml
        if let known = withLock({ values[key] }) { return known }
        guard let read = StoredValue.read(yaml, for: question) else { return nil }
        withLock {
            // Free text makes every answer new; a bounded cache never grows without end.
            if values.count > 20_000 { values.removeAll() }
            values[key] = read
        }
        return read
    }

    private func withLock<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

extension StoredRoom {
    /// A participant's answers as a scan, so that the pages, the engine and the response file
    /// treat them exactly as a scan's: named by the participant (never by the case), dated the
    /// day they joined.
    func scan(for participant: RoomParticipant, framework: Framework) -> StoredScan {
        let header = ScanHeader(respondent: participant.name, date: String(participant.joinedAt.prefix(10)))
        return StoredScan(
            id: participant.id, token: participant.token, frameworkID: frameworkID, frameworkVersion: frameworkVersion,
            language: language, header: header, revision: participant.revision, createdAt: participant.joinedAt,
            updatedAt: participant.joinedAt)
    }
}
