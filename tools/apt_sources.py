"""The Debian archive this machine's apt takes its packages from, read from its sources lists
(sources.list(5)): /etc/apt/sources.list, then the *.list (one-line) and *.sources (deb822)
files of /etc/apt/sources.list.d in lexical order, the order of apt's preference. A company's
machines reach packages through their own copy of the archive or a proxy, so
tools/check-fresh-machine.sh gives debootstrap that address, never one written in the code.

Usage: python3 tools/apt_sources.py SUITE [APT_DIR]
prints the archive's address, or one sentence on stderr and exit status 1 when there is none.
Runs on the host's own python3: standard library only.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

APT_DIR = Path("/etc/apt")
#: sources.list(5): other names in sources.list.d are ignored by apt.
PART_NAME = re.compile(r"[A-Za-z0-9_.-]+\.(list|sources)")
#: Schemes debootstrap downloads from; cdrom:, file:, copy: and apt's own methods are not.
NETWORK_SCHEMES = {"http", "https", "ftp"}
#: A word of a one-line entry, as apt splits them: brackets and double quotes hold spaces (the
#: options `[ arch=amd64 ]`, a cdrom's `cdrom:[Debian GNU/Linux 12]/`).
WORD = re.compile(r'(?:\[[^\]]*\]|"[^"]*"|[^\s\["])+')
#: deb822 fields that make the entry itself; every other field is an option.
ENTRY_FIELDS = {"types", "uris", "suites", "components", "enabled"}
#: apt's StringToBool: these values of Enabled switch a stanza off.
FALSE_WORDS = {"no", "false", "without", "off", "disable", "0"}


@dataclass(frozen=True)
class Source:
    """One (type, URI, suite) of a sources list; option names in lower case."""

    type: str
    uri: str
    suite: str
    components: tuple[str, ...] = ()
    options: dict[str, str] = field(default_factory=dict)


def parse_one_line(text: str) -> list[Source]:
    """`deb [opt=value ...] uri suite [component ...]`; `#` starts a comment anywhere."""
    sources = []
    for line in text.splitlines():
        words = WORD.findall(line.split("#", 1)[0])
        if len(words) < 3:
            continue
        kind, args, options = words[0], words[1:], {}
        if args[0].startswith("["):
            options, args = _options(args[0][1:-1].split()), args[1:]
        if len(args) >= 2:
            sources.append(Source(kind, args[0], args[1], tuple(args[2:]), options))
    return sources


def _options(pairs: list[str]) -> dict[str, str]:
    """`name=value` pairs of a one-line entry (`arch+=...` and `arch-=...` keep their sign)."""
    return {name.lower(): value for name, _, value in (p.partition("=") for p in pairs)}


def parse_deb822(text: str) -> list[Source]:
    """Stanzas split by empty lines; `#` only at the start of a line comments it out."""
    sources = []
    for stanza in _stanzas(text):
        if stanza.get("enabled", "yes").strip().lower() in FALSE_WORDS:
            continue
        options = {name: value.strip() for name, value in stanza.items() if name not in ENTRY_FIELDS}
        components = tuple(stanza.get("components", "").split())
        for kind in stanza.get("types", "").split():
            for uri in stanza.get("uris", "").split():
                for suite in stanza.get("suites", "").split():
                    sources.append(Source(kind, uri, suite, components, options))
    return sources


def _stanzas(text: str) -> list[dict[str, str]]:
    """The stanzas' fields (names in lower case); a line starting with a blank continues one."""
    stanzas: list[dict[str, str]] = [{}]
    name = ""
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if stanzas[-1]:
                stanzas.append({})
        elif line[0] in " \t" and name:
            stanzas[-1][name] += "\n" + line.strip()
        elif ":" in line:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            stanzas[-1][name] = value.strip()
    return [s for s in stanzas if s]


def read_sources(apt_dir: Path = APT_DIR) -> list[Source]:
    """Every enabled entry, in apt's order of preference."""
    files = [apt_dir / "sources.list"]
    parts = apt_dir / "sources.list.d"
    if parts.is_dir():
        files += sorted(p for p in parts.iterdir() if PART_NAME.fullmatch(p.name) and p.is_file())
    sources = []
    for path in files:
        if path.is_file():
            parse = parse_deb822 if path.suffix == ".sources" else parse_one_line
            sources += parse(path.read_text(encoding="utf-8", errors="replace"))
    return sources


def debian_archive(sources: list[Source], suite: str) -> str | None:
    """Debian's main archive among the sources: a network `deb` entry with the component main
    and a release's own suite (never -security, -updates, -backports, nor the old
    `bookworm/updates`). The wanted suite first; another release's entry is the same archive,
    but counts only when Debian's key may sign it (a vendor's `stable main` is not Debian's).
    Then entries signed by Debian's key before a vendor's, then apt's preference."""
    ranked = []
    for order, source in enumerate(sources):
        if not _serves_a_release(source):
            continue
        other_suite, by_debian = source.suite != suite, _signed_by_debian(source)
        if other_suite and not by_debian:
            continue
        ranked.append((other_suite, not by_debian, order, source.uri))
    return min(ranked)[3] if ranked else None


def _serves_a_release(source: Source) -> bool:
    return (source.type == "deb" and "main" in source.components
            and urlsplit(source.uri).scheme in NETWORK_SCHEMES
            and re.fullmatch(r"[a-z]+", source.suite) is not None)


def _signed_by_debian(source: Source) -> bool:
    """No Signed-By (apt's trusted keys, Debian's among them) or the debian-archive-keyring's."""
    signed_by = source.options.get("signed-by", "")
    return not signed_by or "debian-archive-" in signed_by


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: python3 tools/apt_sources.py SUITE [APT_DIR]", file=sys.stderr)
        return 2
    suite = argv[1]
    apt_dir = Path(argv[2]) if len(argv) == 3 else APT_DIR
    uri = debian_archive(read_sources(apt_dir), suite)
    if uri is None:
        print(f"No apt source in {apt_dir} serves Debian's main archive for {suite}: set "
              f"DEBIAN_MIRROR to a Debian archive's address (DEBIAN_MIRROR=http://HOST/debian "
              f"tools/check-fresh-machine.sh).", file=sys.stderr)
        return 1
    print(uri)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
