#!/usr/bin/env bash
# Builds the Kader that people download: one archive to unpack and run, without Swift.
#
#   scripts/release.sh                  # → dist/kader-<version>-<os>-<arch>.tar.gz and its .sha256
#   scripts/release.sh --output DIR     # the archive in DIR instead of dist/
#   scripts/release.sh --layout DIR     # only lay the files out in DIR (install.sh uses this)
#
# On Linux the Swift runtime is linked into the binary (--static-swift-stdlib), and so are the C
# libraries the dependencies link (SQLite, zlib) where their static archives are installed:
# the binary then needs only the C library, libm, libstdc++ and libgcc. On macOS the Swift
# runtime is part of the system. docs/release.md describes the archive, the version and the
# commit; scripts/smoke-release.sh checks an archive as a user without Swift meets it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="$root/dist"
layout=""
while [ $# -gt 0 ]; do
  case "$1" in
    --output) output="$2"; shift 2 ;;
    --layout) layout="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "release.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [ -n "$layout" ] && [ -e "$layout" ] && [ -n "$(ls -A "$layout" 2>/dev/null)" ]; then
  echo "release.sh: --layout $layout is not empty; give a new or empty directory" >&2; exit 2
fi

work="$root/.build-release"          # ignored by git (.build-*/), kept between runs
stage="$work/src"                    # the sources built: a copy, so the commit can be written in
scratch="$work/build"
mkdir -p "$stage" "$scratch"

step() { printf '== %s\n' "$*" >&2; }
seconds() { date +%s; }
started=$(seconds)

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) echo "release.sh: $(uname -s) is not supported; Kader is released for Linux and macOS" >&2; exit 2 ;;
esac
arch="$(uname -m)"

# --- The sources: every file git knows or would add (not .build*, not ignored), copied only
# when changed, so that a second run rebuilds only what changed.
step "copying the sources to $stage"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  list_sources() { git -C "$root" ls-files --cached --others --exclude-standard; }
else
  list_sources() { (cd "$root" && find . -type f ! -path './.build*' ! -path './dist/*' ! -path './.swiftpm/*' | sed 's|^\./||'); }
fi
wanted="$work/sources.txt"
list_sources | LC_ALL=C sort > "$wanted"
while IFS= read -r file; do
  [ -f "$root/$file" ] || continue   # deleted in the work tree but not yet in the index
  if ! cmp -s "$root/$file" "$stage/$file"; then
    mkdir -p "$(dirname "$stage/$file")"
    cp -p "$root/$file" "$stage/$file"
  fi
done < "$wanted"
(cd "$stage" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) | LC_ALL=C comm -23 - "$wanted" \
  | while IFS= read -r stale; do rm -f "$stage/$stale"; done

# --- The commit, written into the copy only (Sources/KaderCLI/BuildCommit.swift; the
# repository's file stays nil, so a development build never asks git).
commit=""
if git -C "$root" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  commit="$(git -C "$root" rev-parse --short=12 HEAD)"
  if [ -n "$(git -C "$root" status --porcelain --untracked-files=normal 2>/dev/null)" ]; then
    commit="$commit-dirty"           # built from changes not in that commit
  fi
  manual_date="$(git -C "$root" log -1 --format=%cs HEAD)"
else
  manual_date="$(date +%Y-%m-%d)"
fi
if [ -n "$commit" ]; then
  cat > "$stage/Sources/KaderCLI/BuildCommit.swift" <<EOF
// Written by scripts/release.sh into its copy of the sources; not in the repository.
enum BuildCommit {
    static let value: String? = "$commit"
}
EOF
fi

# --- Build.
build_flags=(-c release --package-path "$stage" --scratch-path "$scratch")
link_flags=()
if [ "$os" = linux ]; then
  link_flags+=(--static-swift-stdlib)
  # A system library a dependency links (GRDB: sqlite3; ZIPFoundation: zlib) is taken from its
  # static archive: a directory holding only the .a files, which the linker must search before
  # the system's. A package that finds the library through pkg-config (ZIPFoundation) puts the
  # system's directory first on the link line, so it gets a copy of the library's .pc file
  # whose libdir is that directory (--pkg-config-path); the others link by name (-lsqlite3),
  # and the linker then finds the .a there first.
  static_dir="$work/static-c-libraries"
  pc_dir="$work/pkgconfig"
  rm -rf "$static_dir" "$pc_dir"; mkdir -p "$static_dir" "$pc_dir"
  for pair in sqlite3:sqlite3 z:zlib; do
    library="${pair%%:*}"; module="${pair#*:}"
    archive="$(cc -print-file-name="lib$library.a" 2>/dev/null || true)"
    [ -n "$archive" ] && [ -f "$archive" ] || continue
    ln -s "$archive" "$static_dir/lib$library.a"
    for pc in "$(pkg-config --variable=pcfiledir "$module" 2>/dev/null)/$module.pc" \
      /usr/lib/"$(uname -m)"-linux-gnu/pkgconfig/"$module".pc /usr/lib/pkgconfig/"$module".pc /usr/share/pkgconfig/"$module".pc; do
      if [ -f "$pc" ]; then sed "s|^libdir=.*|libdir=$static_dir|" "$pc" > "$pc_dir/$module.pc"; break; fi
    done
  done
  link_flags+=(-Xlinker -L"$static_dir" --pkg-config-path "$pc_dir")
fi

step "building kader $commit in release mode ($os, $arch)"
build_start=$(seconds)
# ${a[@]+"${a[@]}"}: an empty array under `set -u` in the bash of macOS (3.2).
swift build "${build_flags[@]}" ${link_flags[@]+"${link_flags[@]}"} --product kader
binary="$(swift build "${build_flags[@]}" ${link_flags[@]+"${link_flags[@]}"} --show-bin-path)/kader"
build_seconds=$(( $(seconds) - build_start ))

version="$("$binary" --version | awk '{print $1; exit}')"
case "$version" in
  [0-9]*.[0-9]*.[0-9]*) ;;
  *) echo "release.sh: kader --version printed '$version', not a version number" >&2; exit 1 ;;
esac
name="kader-$version-$os-$arch"

# --- Lay the files out.
if [ -n "$layout" ]; then top="$layout"; else top="$work/package/$name"; fi
rm -rf "$top"
mkdir -p "$top/bin" "$top/share/kader" "$top/share/man/man1" \
  "$top/share/bash-completion/completions" "$top/share/zsh/site-functions" "$top/share/fish/vendor_completions.d"
step "laying out $top"

cp "$binary" "$top/bin/kader"
if [ "$os" = linux ]; then strip --strip-all "$top/bin/kader"; else strip -x "$top/bin/kader"; fi

cp -R "$stage/Frameworks" "$top/share/kader/Frameworks"
cp -R "$stage/docs" "$top/share/kader/docs"
mkdir -p "$top/share/kader/Examples"
for example in "$stage"/Examples/*/; do
  # The Swift plugin example is for library users; everything else is answers to try.
  [ "$(basename "$example")" = CustomPlugin ] || cp -R "$example" "$top/share/kader/Examples/"
done

# Completions from the command definitions, by the binary being shipped.
"$top/bin/kader" --generate-completion-script bash > "$top/share/bash-completion/completions/kader"
"$top/bin/kader" --generate-completion-script zsh > "$top/share/zsh/site-functions/_kader"
"$top/bin/kader" --generate-completion-script fish > "$top/share/fish/vendor_completions.d/kader.fish"

# The manual: swift-argument-parser's generate-manual, the tool its GenerateManual plugin runs
# (`swift package generate-manual`), built from the checkout this build resolved and run on the
# binary being shipped: it reads the command definitions from `kader --experimental-dump-help`.
# The plugin itself would build the whole package once more in release mode first (8 minutes
# more here) to make the same page. The date is the commit's, so a commit gives one page.
step "generating the manual (swift-argument-parser's generate-manual)"
tool_flags=(--package-path "$scratch/checkouts/swift-argument-parser" --scratch-path "$work/generate-manual")
swift build "${tool_flags[@]}" --product generate-manual >&2
"$(swift build "${tool_flags[@]}" --show-bin-path)/generate-manual" "$top/bin/kader" \
  --date "$manual_date" --output-directory "$top/share/man/man1"

# README with its links pointing where the files are in the archive.
sed -e 's|](docs/|](share/kader/docs/|g' -e 's|](Examples/|](share/kader/Examples/|g' "$stage/README.md" > "$top/README.md"
cp "$stage/LICENSE" "$stage/NOTICE" "$top/"

# The licence and notice files of every package, as they come with the version built (NOTICE
# says which are in the program), the Swift runtime's, and those of the system's C libraries
# linked in (found by their symbols in the binary before it was stripped).
licenses="$top/share/kader/licenses"
for checkout in "$scratch"/checkouts/*/; do
  for file in "$checkout"LICENSE* "$checkout"LICENCE* "$checkout"NOTICE* "$checkout"COPYING*; do
    [ -f "$file" ] || continue
    mkdir -p "$licenses/$(basename "$checkout")"
    cp "$file" "$licenses/$(basename "$checkout")/"
  done
done
swift_license="$(dirname "$(command -v swift)")/../share/swift/LICENSE.txt"
if [ -f "$swift_license" ]; then mkdir -p "$licenses/swift"; cp "$swift_license" "$licenses/swift/LICENSE.txt"; fi
if [ "$os" = linux ]; then
  symbols="$(nm "$binary" 2>/dev/null || true)"
  for pair in "sqlite3_open_v2:sqlite:libsqlite3-0" "inflateInit2_:zlib:zlib1g"; do
    symbol="${pair%%:*}"; rest="${pair#*:}"; library="${rest%%:*}"; package="${rest#*:}"
    # A here-string, not a pipe: grep -q stops at the first match, and pipefail would count the
    # writer's broken pipe as a failure.
    if grep -q " [Tt] $symbol\$" <<< "$symbols" && [ -f "/usr/share/doc/$package/copyright" ]; then
      mkdir -p "$licenses/$library"; cp "/usr/share/doc/$package/copyright" "$licenses/$library/copyright"
    fi
  done
fi
cp "$stage/scripts/install.sh" "$top/install.sh"
chmod 755 "$top/install.sh" "$top/bin/kader"

if command -v sha256sum >/dev/null 2>&1; then sha256() { sha256sum "$@"; }; else sha256() { shasum -a 256 "$@"; }; fi
(cd "$top" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | while IFS= read -r file; do sha256 "$file"; done > SHA256SUMS)

if [ -n "$layout" ]; then
  step "laid out kader $version in $layout"
  exit 0
fi

# --- Pack: sorted names, no owners, every time the commit's time, so the same build packs alike.
mkdir -p "$output"
archive="$output/$name.tar.gz"
tar_flags=()
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
  stamp="$(git -C "$root" log -1 --format=%ct HEAD 2>/dev/null || date +%s)"
  tar_flags=(--sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp")
fi
tar ${tar_flags[@]+"${tar_flags[@]}"} -C "$(dirname "$top")" -cf - "$name" | gzip -9 -n > "$archive"
(cd "$output" && sha256 "$name.tar.gz" > "$name.tar.gz.sha256")

binary_bytes=$(wc -c < "$top/bin/kader" | tr -d ' ')
archive_bytes=$(wc -c < "$archive" | tr -d ' ')
step "built $archive"
printf 'version      %s (commit %s)\n' "$version" "${commit:-unknown}"
printf 'archive      %s bytes (%s MiB)\n' "$archive_bytes" "$(awk "BEGIN {printf \"%.1f\", $archive_bytes / 1048576}")"
printf 'bin/kader    %s bytes (%s MiB, stripped)\n' "$binary_bytes" "$(awk "BEGIN {printf \"%.1f\", $binary_bytes / 1048576}")"
printf 'build        %s s; in all %s s\n' "$build_seconds" "$(( $(seconds) - started ))"
