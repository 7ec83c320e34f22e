/// The commit this binary was built from, when the build knows it.
///
/// `nil` here, so that a development build never depends on git. `scripts/release.sh` builds
/// from a copy of the sources in which it replaces this file with the commit it builds
/// (docs/release.md); this file in the repository is never changed.
enum BuildCommit {
    static let value: String? = nil
}
