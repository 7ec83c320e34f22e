#!/bin/sh
# Installs Kader under a prefix, or removes it again, and says what it did.
#
#   ./install.sh                          # into ~/.local: bin/kader, share/kader, the manual, completions
#   ./install.sh --prefix /opt/kader      # somewhere else (a system prefix needs sudo)
#   ./install.sh --uninstall [--prefix DIR]
#
# In an unpacked release archive it copies the files beside it. In a clone of the repository
# (scripts/install.sh) it first builds them from source with the Swift toolchain on this
# machine (on macOS: Xcode's) through scripts/release.sh --layout. Every file it installs is
# listed in PREFIX/share/kader/installed-files; --uninstall removes exactly those.
set -eu

prefix="${HOME:+$HOME/.local}"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$prefix" ] || { echo "install.sh: HOME is not set; say where with --prefix DIR" >&2; exit 2; }
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac
prefix="${prefix%/}"
manifest="$prefix/share/kader/installed-files"

# Removes the files listed in the manifest, and the directories that are empty afterwards.
remove_installed() {
  while IFS= read -r file; do
    case "$file" in ''|/*|*..*) continue ;; esac    # only plain paths inside the prefix
    if [ -f "$prefix/$file" ] || [ -L "$prefix/$file" ]; then
      rm -f "$prefix/$file"
      [ "${1:-}" = quiet ] || echo "removed   $prefix/$file"
    fi
    directory="$(dirname "$file")"
    while [ "$directory" != . ] && rmdir "$prefix/$directory" 2>/dev/null; do directory="$(dirname "$directory")"; done
  done < "$manifest"
  rm -f "$manifest"
  rmdir "$prefix/share/kader" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  if [ ! -f "$manifest" ]; then
    echo "install.sh: no Kader installed by this script in $prefix (no $manifest)" >&2
    exit 1
  fi
  remove_installed
  echo "Kader is removed from $prefix."
  exit 0
fi

here="$(cd "$(dirname "$0")" && pwd)"
built=""
if [ -x "$here/bin/kader" ]; then
  source="$here"                                   # an unpacked release archive
elif [ -f "$here/../Package.swift" ]; then
  command -v swift >/dev/null 2>&1 || {
    echo "install.sh: this is a clone of the sources and there is no Swift toolchain to build them;" >&2
    echo "  download a release archive, or install Swift 6 (on macOS: Xcode) first" >&2
    exit 2
  }
  built="$(mktemp -d "${TMPDIR:-/tmp}/kader-install.XXXXXX")"
  trap 'rm -rf "$built"' EXIT
  echo "Building Kader from source (this takes a few minutes)..."
  "$here/release.sh" --layout "$built/kader"
  source="$built/kader"
else
  echo "install.sh: found neither bin/kader (a release archive) nor ../Package.swift (the sources) beside $0" >&2
  exit 2
fi

version="$("$source/bin/kader" --version)"
if [ -f "$manifest" ]; then
  echo "Replacing the Kader installed in $prefix."
  remove_installed quiet
fi

# What goes where: the archive's own layout under the prefix, and its texts in share/doc/kader.
mkdir -p "$prefix/share/kader"
: > "$manifest.new"
(cd "$source" && find bin share -type f | LC_ALL=C sort) | while IFS= read -r file; do
  mkdir -p "$prefix/$(dirname "$file")"
  cp "$source/$file" "$prefix/$file"
  echo "$file" >> "$manifest.new"
done
mkdir -p "$prefix/share/doc/kader"
for file in README.md LICENSE NOTICE SHA256SUMS; do
  cp "$source/$file" "$prefix/share/doc/kader/$file"
  echo "share/doc/kader/$file" >> "$manifest.new"
done
cp "$source/install.sh" "$prefix/share/kader/install.sh"
echo "share/kader/install.sh" >> "$manifest.new"
chmod 755 "$prefix/bin/kader" "$prefix/share/kader/install.sh"
echo "share/kader/installed-files" >> "$manifest.new"
mv "$manifest.new" "$manifest"

count() { grep -c "^$1" "$manifest" || true; }
echo "Installed Kader $version in $prefix:"
echo "  bin/kader"
echo "  share/kader/            frameworks, examples, docs and licences ($(count share/kader/) files)"
echo "  share/man/man1/kader.1  the manual: man kader"
echo "  share/bash-completion/completions/kader, share/zsh/site-functions/_kader,"
echo "  share/fish/vendor_completions.d/kader.fish   completions"
echo "  share/doc/kader/        README.md, LICENSE, NOTICE, SHA256SUMS"
echo "The list of files is in $manifest;"
echo "  sh $prefix/share/kader/install.sh --uninstall --prefix $prefix   removes them."

case ":${PATH:-}:" in
  *":$prefix/bin:"*) ;;
  *) echo "$prefix/bin is not on your PATH. Add this line to ~/.profile (or ~/.zshrc), then open a new terminal:"
     echo "  export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
