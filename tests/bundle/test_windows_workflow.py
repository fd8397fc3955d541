"""The Windows build recipe (.github/workflows/windows-installer.yml) checked against what it
drives, since it runs only on a Windows runner: the build script it calls, the Inno Setup
version the script demands, the folder a per-user install goes to, the executable and option
of the self-test, and the uninstaller's parameter that removes the saved credentials."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from desktop.__main__ import build_parser
from tests.bundle.test_installer_script import SCRIPT, defines, setup

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"


def _steps() -> dict[str, dict]:
    job = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]["installer"]
    assert job["runs-on"].startswith("windows")
    return {step.get("name", step.get("uses", "")): step for step in job["steps"]}


def test_it_builds_with_the_checkouts_own_script_and_python():
    steps = _steps()
    python = steps["actions/setup-python@v5"]["with"]["python-version"]
    required = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "requires-python"]
    assert required == f">={python}"
    build = steps["Bundle and installer"]
    assert "pip install -e .[bundle]" in build["run"]
    assert "python installers/build.py" in build["run"]
    assert (ROOT / "installers" / "build.py").is_file()
    assert "CRM_SIGNTOOL" in build["env"]  # the optional signing command


def test_the_inno_setup_it_installs_is_one_the_script_accepts():
    installed = re.search(r"innosetup --version=(\d+)\.(\d+)\.(\d+)",
                          _steps()["Inno Setup 6.4"]["run"]).groups()
    needed = re.search(r"EncodeVer\((\d+), (\d+), (\d+)\)", SCRIPT.read_text("utf-8")).groups()
    assert tuple(map(int, installed)) >= tuple(map(int, needed))


def test_install_self_test_and_uninstall_name_what_the_installer_makes():
    steps = _steps()
    folder = setup()["DefaultDirName"].replace("{autopf}", r"$env:LOCALAPPDATA\Programs") \
        .replace("{#AppName}", defines()["AppName"])
    install = steps["Install silently, for this user"]["run"]
    assert "'/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART'" in install
    assert "/CURRENTUSER" not in install and "/ALLUSERS" not in install  # per user only
    assert f'"{folder}"' in install
    test = steps["Self-test of the installed program"]["run"]
    assert rf'& "{folder}\crm-desktop-cli.exe" --self-test' in test
    assert build_parser().parse_args(["--self-test"]).self_test
    assert "crm-desktop-cli" in (ROOT / "installers" / "crm-desktop.spec").read_text("utf-8")
    uninstall = steps["Uninstall silently"]["run"]
    assert r'"$program\unins000.exe"' in uninstall and "/ForgetCredentials=yes" in uninstall
    assert "{param:ForgetCredentials|no}" in SCRIPT.read_text("utf-8")
    assert f'$program = "{folder}"' in uninstall


def test_the_readme_says_how_to_run_it():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert ".github/workflows/windows-installer.yml" in readme and "Run workflow" in readme
