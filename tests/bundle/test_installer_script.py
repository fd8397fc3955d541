"""The Inno Setup script, read as Inno Setup reads it, since no Windows machine builds the
installer here: a stable AppId (an upgrade installs in place), a per-user install without
administrator rights, every path it names present in the bundle or the checkout, shortcuts
grouped under the application's AppUserModelID, and an uninstaller that keeps the user's data."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from desktop.__main__ import build_parser
from desktop.app import APP_USER_MODEL_ID
from desktop.crm.db.database import APP_NAME
from tests.bundle.test_bundle import EXE, bundle  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installers" / "crm-desktop.iss"
APP_ID = "{{6B1C7E52-3D4A-4F0B-9E27-8A5C1D2F4E61}"  # never change it: upgrades find it


def sections() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for raw in SCRIPT.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):  # comments, preprocessor lines
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            found[current] = []
        elif current:
            found[current].append(line)
    return found


def defines() -> dict[str, str]:
    """The #define values, the command-line ones (/D) at their defaults."""
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', SCRIPT.read_text("utf-8")))


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()["Setup"])


def entries(section: str) -> list[dict[str, str]]:
    """'Name: "x"; Filename: "y"; Tasks: z' lines as dicts, quotes off."""
    rows = []
    for line in sections()[section]:
        parts = (part.split(":", 1) for part in re.split(r";\s+(?=\w+:)", line))
        rows.append({key.strip(): value.strip().strip('"') for key, value in parts})
    return rows


def expand(text: str) -> str:
    values = defines()
    return re.sub(r"\{#(\w+)\}", lambda m: values[m.group(1)], text)


def test_the_app_id_never_changes_and_the_install_is_per_user():
    values = setup()
    assert values["AppId"] == APP_ID
    assert values["PrivilegesRequired"] == "lowest"  # no administrator, no UAC prompt
    assert "PrivilegesRequiredOverridesAllowed" not in values  # no all-users offer
    assert values["MinVersion"] == "10.0.17763"  # Windows 10 1809
    assert values["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs then
    assert values["CloseApplications"] == "yes"  # an upgrade closes the running program


def test_the_paths_it_names_exist(bundle):  # noqa: F811 - the fixture
    values = setup()
    assert (SCRIPT.parent / values["SetupIconFile"].replace("\\", "/")).is_file()
    exe = defines()["AppExe"]
    built = bundle.parent
    # the Windows bundle's crm-desktop.exe is this platform's crm-desktop
    assert (built / exe.removesuffix(".exe")).is_file() or (built / exe).is_file()
    source = expand(entries("Files")[0]["Source"]).replace("\\", "/")
    assert (SCRIPT.parent / source).parent.resolve() == built.resolve()
    for entry in entries("InstallDelete"):
        target = expand(entry["Name"]).replace("{app}\\", "")
        assert (built / target).exists(), target


def test_shortcuts_and_the_taskbar_group():
    icons = entries("Icons")
    assert {icon["Filename"] for icon in icons} == {r"{app}\{#AppExe}"}
    assert all(expand(icon["AppUserModelID"]) == APP_USER_MODEL_ID for icon in icons)
    desktop = [icon for icon in icons if icon["Name"].startswith("{userdesktop}")]
    assert desktop and desktop[0]["Tasks"] == "desktopicon"  # optional
    assert "unchecked" in entries("Tasks")[0]["Flags"]


@pytest.mark.parametrize("section", ["UninstallDelete", "InstallDelete"])
def test_the_users_data_is_never_deleted(section):
    """The database, settings and logs are in %LOCALAPPDATA%\\crm-desktop (platformdirs'
    user data folder, not roaming): nothing the (un)installer deletes is outside {app}."""
    assert APP_NAME == "crm-desktop"
    for entry in entries(section):
        assert entry["Name"].startswith("{app}\\"), entry


def test_the_inno_setup_version_it_needs_is_stated_and_checked():
    """"x64compatible" exists from Inno Setup 6.3 on: older compilers stop with a sentence."""
    text = SCRIPT.read_text("utf-8")
    assert re.search(r"#if Ver < EncodeVer\(6, 3, 0\)\n\s+#error Inno Setup 6.3 or later", text)
    assert setup()["ArchitecturesAllowed"] == "x64compatible"


def _signed_block() -> list[str]:
    text = SCRIPT.read_text("utf-8")
    return [line.strip() for block in re.findall(r"#ifdef Sign\n(.*?)#(?:else|endif)", text, re.S)
            for line in block.splitlines() if line.strip() and not line.strip().startswith(";")]


def test_a_signed_build_signs_setup_the_uninstaller_and_both_executables():
    signed = _signed_block()
    assert {"SignTool=crmsign", "SignedUninstaller=yes"} <= set(signed)
    executables = [line for line in signed if line.startswith("Source:")]
    assert len(executables) == 2 and all("signonce" in line for line in executables)
    assert {expand(e.split('"')[1]).rsplit("\\", 1)[1] for e in executables} == \
        {"crm-desktop.exe", "crm-desktop-cli.exe"}
    everything = entries("Files")[0]
    assert everything["Excludes"] == "\\crm-desktop.exe,\\crm-desktop-cli.exe"


def test_build_passes_the_companys_signing_command_to_iscc():
    sys.path.insert(0, str(ROOT / "installers"))
    try:
        import build
    finally:
        sys.path.remove(str(ROOT / "installers"))
    command = 'signtool.exe sign /fd SHA256 /sha1 0123abcd $f'
    signed = build.iscc_command("ISCC.exe", command)
    assert "/DSign" in signed and f"/Scrmsign={command}" in signed
    assert not [a for a in build.iscc_command("ISCC.exe") if a.startswith(("/DSign", "/S"))]


def test_the_uninstaller_offers_to_remove_the_credential_manager_entries():
    """The question in both languages; the answer (or /ForgetCredentials=yes in a silent
    uninstall) runs the command line's forget-credentials while its files are still there."""
    text = SCRIPT.read_text("utf-8")
    messages = dict(line.split("=", 1) for line in sections()["CustomMessages"])
    assert set(messages) == {"english.ForgetCredentials", "french.ForgetCredentials"}
    assert "Credential Manager" in messages["english.ForgetCredentials"]
    assert "Gestionnaire d'identification" in messages["french.ForgetCredentials"]
    code = text.split("[Code]", 1)[1]
    assert "CurUninstallStep <> usUninstall" in code and "{param:ForgetCredentials|no}" in code
    program, arguments = re.search(r"Exec\(ExpandConstant\('\{app\}\\([\w.-]+)'\), '([\w-]+)'",
                                   code).groups()
    assert program == "crm-desktop-cli.exe"
    assert arguments in build_parser()._subparsers._group_actions[0].choices
