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

    @Test(
        "Scans and rooms made before --hosted get an organisation, a colleague's scan with its owner's; one with an owner never moves",
        arguments: StoreKind.allCases)
    func unownedScansAndRoomsAreAssigned(_ kind: StoreKind) async throws {
        try await MosqueFixture.with(kind) { fixture in
            let (store, fath) = (fixture.store, fixture.mosque)
            let noor = try await store.addOrganisation(OrganisationDraft(name: "Moskee Noor"))
            let local = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let colleague = try await store.invite(Invitation(name: "Bilal"), header: ScanHeader(), owner: local, nonce: nil)
            let other = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let noors = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl, organisation: noor.id)
            let room = try await store.createRoom(RoomStorageTests.draft())
            var owned = RoomStorageTests.draft("Iftar")
            owned.organisationID = noor.id
            let noorsRoom = try await store.createRoom(owned)

            #expect(try await store.assignOwner(fath.id, to: .scans([local.token])) == OwnerAssignment(scans: 2, rooms: 0))
            #expect(try await store.scan(token: colleague.token)?.organisationID == fath.id, "the colleague's scan goes with its owner")
            #expect(try await store.scan(token: other.token)?.organisationID == nil, "only the scan named")
            #expect(
                try await store.assignOwner(fath.id, to: .scans([local.token])) == OwnerAssignment(scans: 0, rooms: 0), "again: nothing")

            await #expect(throws: OwnerStoreError.scanOwned(noors.token)) {
                _ = try await store.assignOwner(fath.id, to: .scans([other.token, noors.token]))
            }
            #expect(try await store.scan(token: other.token)?.organisationID == nil, "a refusal changes nothing, not even the first scan")
            let unknown = ScanToken.random()
            await #expect(throws: OwnerStoreError.unknownScan(unknown)) { _ = try await store.assignOwner(fath.id, to: .scans([unknown])) }
            await #expect(throws: OwnerStoreError.roomOwned(noorsRoom.joinCode)) {
                _ = try await store.assignOwner(fath.id, to: .rooms([room.joinCode, noorsRoom.joinCode]))
            }
            #expect(try await store.room(trainer: room.trainerToken)?.organisationID == nil)
            let code = try #require(JoinCode(typed: room.joinCode.text == "ABCDEF" ? "ABCDEG" : "ABCDEF"))
            await #expect(throws: OwnerStoreError.unknownRoom(code)) { _ = try await store.assignOwner(fath.id, to: .rooms([code])) }
            await #expect(throws: AccountStoreError.unknownOrganisation) { _ = try await store.assignOwner(999, to: .allUnowned) }

            #expect(try await store.assignOwner(fath.id, to: .rooms([room.joinCode])) == OwnerAssignment(scans: 0, rooms: 1))
            #expect(try await store.assignOwner(noor.id, to: .allUnowned) == OwnerAssignment(scans: 1, rooms: 0))
            #expect(try await store.scans(limit: 10, organisation: nil).isEmpty)
            #expect(try await store.scan(token: other.token)?.organisationID == noor.id)
            #expect(try await store.scan(token: local.token)?.organisationID == fath.id, "a scan with an owner is never re-assigned")
            #expect(try await store.rooms(organisation: fath.id, limit: 10).map(\.trainerToken) == [room.trainerToken])
        }
    }
}
