import Kader

extension AccountSetup {
    /// Gives the organisation named `organisation` the scans and rooms `selection` names that have
    /// no owner yet (made before `--hosted`): `kader serve admin assign`. A scan or room of another
    /// organisation is never moved; naming one, or one that does not exist, changes nothing.
    public func assign(_ selection: OwnerSelection, to organisation: String) async throws(Failure) -> (Organisation, OwnerAssignment) {
        let owner = try await existing(organisation)
        do {
            return (owner, try await store.assignOwner(owner.id, to: selection))
        } catch let error as OwnerStoreError {
            throw Self.failure(error)
        } catch {
            throw Self.storeFailure(error)
        }
    }

    private static func failure(_ error: OwnerStoreError) -> Failure {
        let nothing = Message(nl: "er is niets veranderd", en: "nothing was changed")
        switch error {
        case .unknownScan(let token):
            return Failure(
                message: Message(nl: "er is geen scan met de link /s/\(token)", en: "there is no scan with the link /s/\(token)"),
                fix: Message(
                    nl: "geef de 32 tekens na /s/ in de link van de scan; \(nothing.nl)",
                    en: "give the 32 characters after /s/ in the scan's link; \(nothing.en)"))
        case .scanOwned(let token):
            return Failure(
                message: Message(
                    nl: "de scan /s/\(token) hoort al bij een andere organisatie en verhuist niet",
                    en: "the scan /s/\(token) belongs to another organisation already and is not moved"),
                fix: Message(nl: "laat deze scan weg; \(nothing.nl)", en: "leave this scan out; \(nothing.en)"))
        case .unknownRoom(let code):
            return Failure(
                message: Message(nl: "er is geen ruimte met de code \(code)", en: "there is no room with the code \(code)"),
                fix: Message(
                    nl: "geef de zes tekens die het trainersscherm als code toont; \(nothing.nl)",
                    en: "give the six characters the trainer's screen shows as its code; \(nothing.en)"))
        case .roomOwned(let code):
            return Failure(
                message: Message(
                    nl: "de ruimte met de code \(code) hoort al bij een andere organisatie en verhuist niet",
                    en: "the room with the code \(code) belongs to another organisation already and is not moved"),
                fix: Message(nl: "laat deze ruimte weg; \(nothing.nl)", en: "leave this room out; \(nothing.en)"))
        }
    }
}
