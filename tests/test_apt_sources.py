"""The reader of apt's sources lists that gives tools/check-fresh-machine.sh its Debian archive:
files written as sources.list(5) describes them (one-line `.list`, deb822 `.sources`), in a
temporary folder standing for /etc/apt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.apt_sources import Source, debian_archive, parse_deb822, parse_one_line, read_sources

TOOL = Path(__file__).resolve().parent.parent / "tools" / "apt_sources.py"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"

ONE_LINE = """\
# the installer's list, edited by hand
deb [ arch=amd64,i386 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg ] \
http://archive.example.invalid/debian bookworm main contrib  # comment after the entry
deb-src http://archive.example.invalid/debian bookworm main
#deb http://old.example.invalid/debian bookworm main
\tdeb\thttp://archive.example.invalid/debian-security\tbookworm-security main

deb [trusted=yes] cdrom:[Debian GNU/Linux 12 _Bookworm_]/ bookworm main
deb http://flat.example.invalid/repo ./
"""

DEB822 = """\
Types: deb deb-src
URIs: http://one.example.invalid/debian http://two.example.invalid/debian
# a comment between the fields
Suites: bookworm bookworm-updates
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
# note: apt drops comment lines even between a field's lines
 .
 mQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPJQ
 -----END PGP PUBLIC KEY BLOCK-----


types: deb
uris: http://off.example.invalid/debian
suites: bookworm
components: main
enabled: no

# Types: deb
# URIs: http://commented.example.invalid/debian
Types: deb
URIs: file:/srv/local-repo
Suites: bookworm
Components: main
Enabled: yes
"""


def test_one_line_entries_with_options_and_comments():
    assert parse_one_line(ONE_LINE) == [
        Source("deb", "http://archive.example.invalid/debian", "bookworm", ("main", "contrib"),
               {"arch": "amd64,i386", "signed-by": KEYRING}),
        Source("deb-src", "http://archive.example.invalid/debian", "bookworm", ("main",)),
        Source("deb", "http://archive.example.invalid/debian-security", "bookworm-security", ("main",)),
        Source("deb", "cdrom:[Debian GNU/Linux 12 _Bookworm_]/", "bookworm", ("main",),
               {"trusted": "yes"}),
        Source("deb", "http://flat.example.invalid/repo", "./"),
    ]


def test_one_line_options_without_spaces_inside_the_brackets():
    [source] = parse_one_line("deb [arch=amd64 signed-by=/k.gpg] https://a.example.invalid/debian sid main")
    assert (source.uri, source.suite, source.options) == (
        "https://a.example.invalid/debian", "sid", {"arch": "amd64", "signed-by": "/k.gpg"})


def test_deb822_stanzas_every_type_uri_and_suite_disabled_and_commented_ones_left_out():
    sources = parse_deb822(DEB822)
    assert [(s.type, s.uri, s.suite) for s in sources] == [
        (kind, f"http://{host}.example.invalid/debian", suite)
        for kind in ("deb", "deb-src") for host in ("one", "two")
        for suite in ("bookworm", "bookworm-updates")
    ] + [("deb", "file:/srv/local-repo", "bookworm")]
    first = sources[0]
    assert first.components == ("main",)
    key = first.options["signed-by"].splitlines()
    assert key[1:3] == [".", "mQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPJQ"]


def test_files_are_read_in_apts_order_and_only_by_apts_names(tmp_path: Path):
    (tmp_path / "sources.list").write_text("deb http://first.example.invalid/debian bookworm main\n")
    parts = tmp_path / "sources.list.d"
    parts.mkdir()
    (parts / "b-vendor.list").write_text("deb http://third.example.invalid/debian bookworm main\n")
    (parts / "a-debian.sources").write_text(
        "Types: deb\nURIs: http://second.example.invalid/debian\nSuites: bookworm\nComponents: main\n")
    (parts / "c.list.disabled-by-admin").write_text("deb http://never.example.invalid/d bookworm main\n")
    (parts / "d.sources.save").write_text("Types: deb\nURIs: http://never.example.invalid/d\n")
    (parts / "e space.list").write_text("deb http://never.example.invalid/d bookworm main\n")
    assert [s.uri for s in read_sources(tmp_path)] == [
        f"http://{name}.example.invalid/debian" for name in ("first", "second", "third")]


def test_the_archive_is_the_main_suite_not_security_cdrom_file_or_sources():
    sources = parse_one_line(ONE_LINE.replace("deb [ arch", "deb-src [ arch")) + parse_deb822(DEB822)
    assert debian_archive(sources, "bookworm") == "http://one.example.invalid/debian"
    assert debian_archive(parse_one_line(ONE_LINE), "bookworm") == "http://archive.example.invalid/debian"


def test_a_vendor_repository_with_the_same_suite_comes_after_debians():
    sources = parse_one_line(
        "deb [signed-by=/usr/share/keyrings/vendor.gpg] https://vendor.example.invalid/debian/12 "
        "bookworm main\n"
        "deb https://vendor.example.invalid/node nodistro main\n"
        "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] "
        "http://proxy.example.invalid:3142/debian bookworm main\n")
    assert debian_archive(sources, "bookworm") == "http://proxy.example.invalid:3142/debian"
    assert debian_archive(sources[:1], "bookworm") == "https://vendor.example.invalid/debian/12"


def test_another_releases_entry_signed_by_debian_serves_the_wanted_suite_too():
    sources = parse_one_line(
        "deb [signed-by=/usr/share/keyrings/vendor.gpg] https://vendor.example.invalid/apt stable main\n"
        "deb http://archive.example.invalid/debian trixie-updates main\n"
        "deb http://archive.example.invalid/debian trixie main\n")
    assert debian_archive(sources, "bookworm") == "http://archive.example.invalid/debian"
    assert debian_archive(sources[:2], "bookworm") is None


def test_none_found_says_which_variable_to_set(tmp_path: Path):
    parts = tmp_path / "sources.list.d"
    parts.mkdir()
    (parts / "debian.sources").write_text(
        "Types: deb\nURIs: http://archive.example.invalid/debian\nSuites: bookworm\n"
        "Components: main\nEnabled: no\n\n"
        "Types: deb\nURIs: http://archive.example.invalid/debian-security\n"
        "Suites: bookworm-security\nComponents: main\n")
    (tmp_path / "sources.list").write_text("deb cdrom:[Debian 12]/ bookworm main\n"
                                          "deb file:/srv/repo bookworm main\n")
    assert debian_archive(read_sources(tmp_path), "bookworm") is None
    run = subprocess.run([sys.executable, str(TOOL), "bookworm", str(tmp_path)],
                         capture_output=True, text=True)
    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr.count(".") >= 1 and run.stderr.strip().count("\n") == 0
    assert "set DEBIAN_MIRROR" in run.stderr and "bookworm" in run.stderr
    assert debian_archive(read_sources(tmp_path / "nowhere"), "bookworm") is None


def test_the_command_prints_the_archive(tmp_path: Path):
    (tmp_path / "sources.list").write_text("deb http://archive.example.invalid/debian bookworm main\n")
    run = subprocess.run([sys.executable, str(TOOL), "bookworm", str(tmp_path)],
                         capture_output=True, text=True, check=True)
    assert run.stdout == "http://archive.example.invalid/debian\n"
