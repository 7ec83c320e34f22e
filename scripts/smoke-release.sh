#!/usr/bin/env bash
# Checks a release archive as someone without Swift meets it:
#
#   scripts/smoke-release.sh dist/kader-<version>-linux-<arch>.tar.gz
#
# It unpacks the archive into an empty directory and runs kader from there with an empty
# environment (`env -i`), from a working directory outside the repository: --version, list,
# scan of a bundled example, export --as form, and `kader serve` when the binary has it. It
# checks the checksums, that the binary needs only the C library, libm, libstdc++ and libgcc,
# that the manual and the completions know every subcommand, and the README's install.sh:
# install, use from the PATH, install again, uninstall.
set -u   # no pipefail: `printf … | grep -q` may break its pipe on a match, which is no failure

archive="$(cd "$(dirname "${1:?usage: smoke-release.sh ARCHIVE}")" && pwd)/$(basename "$1")"
name="$(basename "$archive" .tar.gz)"
version="${name#kader-}"; version="${version%%-*}"
root="$(cd "$(dirname "$0")/.." && pwd)"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/kader-smoke.XXXXXX")"
serve_pid=""
cleanup() { [ -z "$serve_pid" ] || kill "$serve_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
mkdir -p "$scratch/unpacked" "$scratch/elders"     # elders: a working directory outside the repository
top="$scratch/unpacked/$name"
kader="$top/bin/kader"

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/      /' | head -40; }
# check DESCRIPTION COMMAND...: passes when the command exits 0.
check() {
  local description="$1"; shift
  local output
  if output="$("$@" 2>&1)"; then pass "$description"; else fail "$description" "$output"; fi
}
# In an empty environment, in the working directory outside the repository.
bare() { (cd "$scratch/elders" && env -i "$@"); }

# --- The download.
check "the archive matches its .sha256" bash -c "cd '$(dirname "$archive")' && sha256sum -c '$name.tar.gz.sha256'"
tar -xzf "$archive" -C "$scratch/unpacked" || { fail "the archive unpacks"; exit 1; }
check "every file matches SHA256SUMS" bash -c "cd '$top' && sha256sum --quiet -c SHA256SUMS"
missing=""
for file in bin/kader share/kader/Frameworks share/kader/docs share/kader/Examples share/man/man1/kader.1 \
  share/bash-completion/completions/kader share/zsh/site-functions/_kader share/fish/vendor_completions.d/kader.fish \
  README.md LICENSE NOTICE SHA256SUMS install.sh; do
  [ -e "$top/$file" ] || missing="$missing $file"
done
if [ -z "$missing" ]; then pass "the archive holds bin, share/kader, the manual, completions, README, LICENSE, NOTICE"
else fail "the archive holds every part" "missing:$missing"; fi
for framework in "$root"/Frameworks/*.yaml; do
  [ -f "$top/share/kader/Frameworks/$(basename "$framework")" ] || fail "bundled framework $(basename "$framework")"
done

# --- What the binary needs from the system.
needed="$(ldd "$kader" 2>&1)"
unexpected="$(printf '%s\n' "$needed" | awk '{print $1}' \
  | grep -v -E '^(linux-vdso\.so\.1|linux-gate\.so\.1|/lib[^ ]*/ld-linux[^ ]*\.so\.[0-9]+|libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1)$' || true)"
if [ -z "$unexpected" ]; then pass "ldd: only the C library, libm, libstdc++ and libgcc"
else fail "ldd: only the C library, libm, libstdc++ and libgcc" "$needed"; fi

# --- Running it with nothing from the environment.
output="$(bare "$kader" --version 2>&1)"
if printf '%s\n' "$output" | grep -q -E "^$version \(commit [0-9a-f]{12}(-dirty)?\)$"; then pass "kader --version: $output"
else fail "kader --version prints $version and the commit" "$output"; fi

output="$(bare PATH="$top/bin" kader list 2>&1)"; status=$?
listed=0
for framework in "$top"/share/kader/Frameworks/*.yaml; do
  printf '%s\n' "$output" | grep -q "^$(basename "$framework" .yaml) " && listed=$((listed + 1))
done
if [ $status -eq 0 ] && [ $listed -gt 0 ] && [ $listed -eq "$(ls "$top"/share/kader/Frameworks/*.yaml | wc -l)" ]; then
  pass "kader list, found on the PATH, lists the $listed bundled frameworks"
else fail "kader list, found on the PATH, lists the bundled frameworks" "$output"; fi

example="$top/share/kader/Examples/moskeeonderwijs/al-amal-startend.yaml"
output="$(bare "$kader" scan "$example" 2>&1)"; status=$?
if [ $status -eq 0 ] && printf '%s\n' "$output" | grep -q "^Totaal: [0-9]"; then pass "kader scan of a bundled example"
else fail "kader scan of a bundled example" "$output"; fi

output="$(bare "$kader" scan "$example" --lang en --format json 2>&1)"
if printf '%s\n' "$output" | python3 -c 'import json, sys; assert json.load(sys.stdin)["overall"]["level"]' 2>/dev/null; then
  pass "kader scan --format json --lang en"
else fail "kader scan --format json --lang en" "$output"; fi

output="$(bare "$kader" export moskeeonderwijs --as form --format html --output "$scratch/elders/formulier.html" 2>&1)"; status=$?
if [ $status -eq 0 ] && grep -q "<html" "$scratch/elders/formulier.html" 2>/dev/null; then pass "kader export moskeeonderwijs --as form --format html"
else fail "kader export --as form" "$output"; fi

output="$(bare "$kader" scan "$scratch/elders/bestaat-niet.yaml" 2>&1)"; status=$?
if [ $status -eq 2 ] && ! printf '%s\n' "$output" | grep -q -i -E "backtrace|fatal error"; then pass "a missing file: exit 2 and a message, no crash"
else fail "a missing file: exit 2 and a message" "$output"; fi

# --- The manual and the completions know every subcommand (from the command definitions).
commands="$(bare "$kader" --experimental-dump-help | python3 -c '
import json, sys
def walk(command, path):
    for sub in command.get("subcommands", []):
        print(" ".join(path + [sub["commandName"]]))
        walk(sub, path + [sub["commandName"]])
walk(json.load(sys.stdin)["command"], [])')"
if [ -n "$commands" ]; then
  for file in share/man/man1/kader.1 share/bash-completion/completions/kader share/zsh/site-functions/_kader \
    share/fish/vendor_completions.d/kader.fish; do
    absent=""
    while IFS= read -r command; do
      grep -q -w -- "${command##* }" "$top/$file" || absent="$absent '$command'"
    done <<< "$commands"
    if [ -z "$absent" ]; then pass "$file names all $(printf '%s\n' "$commands" | wc -l) subcommands"
    else fail "$file names every subcommand" "missing:$absent"; fi
  done
else fail "kader --experimental-dump-help lists the subcommands"; fi
if command -v man >/dev/null 2>&1; then
  output="$(env -i MANWIDTH=100 man -l "$top/share/man/man1/kader.1" 2>&1 | col -b 2>/dev/null)"
  if printf "%s\n" "$output" | grep -q "^SYNOPSIS" && printf "%s\n" "$output" | grep -q "kader subcommand"; then pass "man -l renders the manual"
  else fail "man -l renders the manual" "$output"; fi
fi
check "bash accepts the bash completion" bash -n "$top/share/bash-completion/completions/kader"
output="$(bare /bin/bash --norc -c "source '$top/share/bash-completion/completions/kader'
  COMP_LINE='kader sc'; COMP_POINT=\${#COMP_LINE}; COMP_WORDS=(kader sc); COMP_CWORD=1
  _kader kader sc kader; printf '%s\n' \"\${COMPREPLY[@]}\"" 2>&1)"
if printf '%s\n' "$output" | grep -q -x scan; then pass "bash completes 'kader sc' to scan"
else fail "bash completes 'kader sc' to scan" "$output"; fi
if command -v zsh >/dev/null 2>&1; then check "zsh accepts the zsh completion" zsh -n "$top/share/zsh/site-functions/_kader"; fi
if command -v fish >/dev/null 2>&1; then check "fish accepts the fish completion" fish -n "$top/share/fish/vendor_completions.d/kader.fish"; fi

# --- kader serve, when this build has it: start it, fetch the start page, stop it.
if printf '%s\n' "$commands" | grep -q -x serve; then
  # exec twice (subshell → env → kader), so that $! is kader itself and SIGTERM reaches it.
  (cd "$scratch/elders" && exec env -i "$kader" serve --port 0 --data "$scratch/elders/kader-data") > "$scratch/serve.out" 2> "$scratch/serve.err" &
  serve_pid=$!
  address=""
  for _ in $(seq 1 300); do          # up to 30 s for the first start (it makes its database)
    address="$(grep -o -E 'http://127\.0\.0\.1:[0-9]+/' "$scratch/serve.err" | head -1)"
    [ -n "$address" ] || ! kill -0 "$serve_pid" 2>/dev/null || { sleep 0.1; continue; }
    break
  done
  page="$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())' "$address" 2>&1)"
  # The start page lists the bundled frameworks by title (so it found share/kader/Frameworks).
  if [ -n "$address" ] && printf '%s\n' "$page" | grep -q -i "<html" && printf '%s\n' "$page" | grep -q "informeel moskeeonderwijs"; then
    pass "kader serve answers its start page at $address, with the bundled frameworks"
  else fail "kader serve answers its start page" "$(cat "$scratch/serve.err"; printf '%s\n' "$page" | head -20)"; fi
  kill -TERM "$serve_pid" 2>/dev/null
  stopped=""
  for _ in $(seq 1 100); do kill -0 "$serve_pid" 2>/dev/null || { stopped=yes; break; }; sleep 0.1; done
  if [ -n "$stopped" ] && wait "$serve_pid"; then pass "kader serve stops on SIGTERM with exit 0"
  else fail "kader serve stops on SIGTERM with exit 0" "$(cat "$scratch/serve.err")"; kill -KILL "$serve_pid" 2>/dev/null; fi
  serve_pid=""
else
  echo "skip  kader serve (this build has no serve subcommand)"
fi

# --- The README's Install section, as written: ./install.sh (into ~/.local), kader and
# man kader from the PATH, install again, ~/.local/share/kader/install.sh --uninstall.
home="$scratch/home"
prefix="$home/.local"
mkdir -p "$home"
output="$(cd "$top" && env -i HOME="$home" ./install.sh 2>&1)"; status=$?
if [ $status -eq 0 ] && [ -x "$prefix/bin/kader" ] && [ -f "$prefix/share/man/man1/kader.1" ] \
  && printf '%s\n' "$output" | grep -q "Installed Kader $version"; then pass "./install.sh copies into ~/.local and says what it did"
else fail "./install.sh" "$output"; fi
output="$(bare HOME="$home" PATH="$prefix/bin:/usr/bin:/bin" kader list 2>&1)"
if printf '%s\n' "$output" | grep -q "^moskeeonderwijs "; then pass "the installed kader, found on the PATH, finds its frameworks"
else fail "the installed kader finds its frameworks" "$output"; fi
if command -v man >/dev/null 2>&1; then
  output="$(bare HOME="$home" PATH="$prefix/bin:/usr/bin:/bin" man -w kader 2>&1)"
  if [ "$output" = "$prefix/share/man/man1/kader.1" ]; then pass "man finds the installed manual from the PATH"
  else fail "man finds the installed manual" "$output"; fi
fi
output="$(bare /bin/sh "$top/install.sh" --prefix "$prefix" 2>&1)"
if printf '%s\n' "$output" | grep -q "^Replacing"; then pass "install.sh --prefix again replaces the earlier install"
else fail "install.sh --prefix again replaces the earlier install" "$output"; fi
output="$(bare HOME="$home" "$prefix/share/kader/install.sh" --uninstall 2>&1)"; status=$?
left="$(find "$prefix" -type f 2>/dev/null)"
if [ $status -eq 0 ] && [ -z "$left" ] && printf '%s\n' "$output" | grep -q "removed   $prefix/bin/kader"; then
  pass "~/.local/share/kader/install.sh --uninstall removes every file it installed"
else fail "install.sh --uninstall removes every file" "$output
left: $left"; fi

echo "release smoke test of $name: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
