"""The Inno Setup script, read as Inno Setup reads it, since no Windows machine builds the
installer here: a stable AppId (an upgrade installs in place), a per-user install without
administrator rights, every path it names present in the bundle or the checkout, shortcuts
grouped under the application's AppUserModelID, and an uninstaller that keeps the user's data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
        if not line or line.startswith(";"):
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
