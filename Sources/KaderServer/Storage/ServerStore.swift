/// Everything the server keeps, as one protocol the routes speak to. A later feature adds its
/// own protocol here (`ScanStore & PlanStore`) and implements it for each store.
public typealias ServerStore = ScanStore & PlanStore
