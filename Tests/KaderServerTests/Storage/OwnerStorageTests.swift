import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises about who owns a scan or a room in a hosted installation: the
/// owner is kept, a colleague's scan belongs to the owner's organisation, and the lists (the start
/// page's, the history) hold one organisation's scans only. Each case on SQLite and on PostgreSQL.
@Suite("Owning organisations on SQLite and PostgreSQL")
struct OwnerStorageTests {
    @Test("Scans, colleagues' scans, imports and rooms keep their organisation", arguments: StoreKind.allCases)
    func ownersAreKept(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let fath = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl, organisation: fath.id)
            #expect(scan.organisationID == fath.id)
            #expect(try await store.scan(token: scan.token)?.organisationID == fath.id)
            let colleague = try await store.invite(Invitation(name: "Bilal"), header: ScanHeader(), owner: scan, nonce: nil)
            #expect(
                try await store.scan(token: colleague.token)?.organisationID == fath.id, "a colleague's scan is the owner's organisation's")
            let imported = try await store.importScans([PlanStorageTests.imported("Moskee Al-Fath", date: "2026-01-01").owned(by: fath.id)])
            #expect(try await store.scan(token: imported[0].token)?.organisationID == fath.id)
            var draft = RoomStorageTests.draft()
            draft.organisationID = fath.id
            let room = try await store.createRoom(draft)
            #expect(room.organisationID == fath.id)
            #expect(try await store.room(trainer: room.trainerToken)?.organisationID == fath.id)
            let local = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            #expect(try await store.scan(token: local.token)?.organisationID == nil, "without --hosted a scan has no owner")
            #expect(try await store.room(trainer: store.createRoom(RoomStorageTests.draft()).trainerToken)?.organisationID == nil)
        }
    }

    @Test("The list of scans and the history hold one organisation's scans only", arguments: StoreKind.allCases)
    func listsAreScoped(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let fath = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            let noor = try await store.addOrganisation(OrganisationDraft(name: "Moskee Noor"))
            // Both organisations name themselves the same on the form: the owner, not the name, decides.
            let scans = try await store.importScans([
                PlanStorageTests.imported("Moskee Al-Fath", date: "2025-01-01").owned(by: fath.id),
                PlanStorageTests.imported("Moskee Al-Fath", date: "2026-01-01").owned(by: noor.id),
                PlanStorageTests.imported("Moskee Al-Fath", date: "2024-01-01")
            ])
            #expect(try await store.scans(limit: 10, organisation: fath.id).map(\.token) == [scans[0].token])
            #expect(try await store.scans(limit: 10, organisation: noor.id).map(\.token) == [scans[1].token])
            #expect(try await store.scans(limit: 10, organisation: nil).map(\.token) == [scans[2].token])
            let history = try await store.history(of: "Moskee Al-Fath", framework: "webscan", organisation: fath.id)
            #expect(history.map(\.token) == [scans[0].token], "another organisation's scan of the same name is not in the history")
            #expect(try await store.history(of: "Moskee Al-Fath", framework: "webscan", organisation: nil).map(\.token) == [scans[2].token])
        }
    }

    @Test("An organisation's rooms are listed newest first, another's never", arguments: StoreKind.allCases)
    func roomsAreListedPerOrganisation(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let fath = try await store.addOrganisation(OrganisationDraft(name: "Moskee Al-Fath"))
            let noor = try await store.addOrganisation(OrganisationDraft(name: "Moskee Noor"))
            var rooms: [StoredRoom] = []
            for (title, owner) in [("Derby", fath.id), ("Buurtkoor", noor.id), ("Iftar", fath.id)] {
                var draft = RoomStorageTests.draft(title)
                draft.organisationID = owner
                rooms.append(try await store.createRoom(draft))
            }
            _ = try await store.createRoom(RoomStorageTests.draft("Zonder eigenaar"))
            #expect(try await store.rooms(organisation: fath.id, limit: 10).map(\.caseTitle) == ["Iftar", "Derby"])
            #expect(try await store.rooms(organisation: noor.id, limit: 10).map(\.trainerToken) == [rooms[1].trainerToken])
            #expect(try await store.rooms(organisation: fath.id, limit: 1).count == 1)
        }
    }
}
