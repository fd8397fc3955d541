r"""Builds the application for field laptops with one command.

    python installers/build.py              the one-folder bundle in dist/crm-desktop
                                            (Linux here; on Windows also the installer
                                            dist/crm-desktop-setup-VERSION.exe, with Inno
                                            Setup 6.3 or later: ISCC.exe on the PATH or in
                                            its folder)
    python installers/build.py --no-installer

Needs the bundle extra: pip install -e .[bundle]. Prints the bundle's size.

Signing (optional): set CRM_SIGNTOOL to the company's signing command, $f standing for the
file, e.g. ``"C:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe"
sign /fd SHA256 /tr http://timestamp.example.com /td SHA256 /sha1 <certificate thumbprint>
$f``. ISCC then gets it as the Sign Tool "crmsign" (/Scrmsign=..., https://jrsoftware.org/
ishelp/topic_compilercmdline.htm) and signs the two executables, Setup and the uninstaller.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "crm-desktop"
ISCC_PLACES = (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
               r"C:\Program Files\Inno Setup 6\ISCC.exe")
SIGN_ENV = "CRM_SIGNTOOL"  # the company's signing command; unset: nothing is signed


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def version_resource(text_version: str) -> Path:
    """The Windows version resource (Explorer's Details tab, the installer's checks), in the
    text form PyInstaller reads; file and product version from pyproject."""
    numbers = [int(part) for part in text_version.split(".")[:3]] + [0]
    numbers += [0] * (4 - len(numbers))
    fields = {"CompanyName": "CRM desktop", "FileDescription": "CRM desktop",
              "FileVersion": text_version, "InternalName": "crm-desktop",
              "OriginalFilename": "crm-desktop.exe", "ProductName": "CRM desktop",
              "ProductVersion": text_version, "LegalCopyright": "CRM desktop"}
    strings = ",\n".join(f"          StringStruct('{k}', '{v}')" for k, v in fields.items())
    tuple_ = tuple(numbers[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple_}, prodvers={tuple_}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{strings}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = ROOT / "build" / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def build_bundle() -> Path:
    env = {**os.environ, "CRM_VERSION_FILE": str(version_resource(version()))}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(WORK),
                    str(ROOT / "installers" / "crm-desktop.spec")], check=True, env=env,
                   cwd=ROOT)
    return BUNDLE


def size_of(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def iscc() -> str | None:
    return shutil.which("iscc") or next((p for p in ISCC_PLACES if Path(p).exists()), None)


def build_installer() -> Path:
    compiler = iscc()
    if compiler is None:
        raise SystemExit("Inno Setup 6.3 or later (ISCC.exe) is not installed: install it, or "
                         "build the bundle alone with --no-installer")
    subprocess.run(iscc_command(compiler, os.environ.get(SIGN_ENV, "")), check=True)
    return DIST / f"crm-desktop-setup-{version()}.exe"


def iscc_command(compiler: str, sign: str = "") -> list[str]:
    """ISCC's command line: the version and the bundle as defines, the output folder, and
    the signing command when there is one."""
    signing = ["/DSign", f"/Scrmsign={sign}"] if sign else []
    return [compiler, f"/DAppVersion={version()}", f"/DSourceDir={BUNDLE}", *signing,
            f"/O{DIST}", str(ROOT / "installers" / "crm-desktop.iss")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-installer", action="store_true",
                        help="the bundle only, also on Windows")
    args = parser.parse_args()
    bundle = build_bundle()
    size, count = size_of(bundle)
    print(f"bundle: {bundle} ({size / 1e6:.0f} MB in {count:,} files)")
    if sys.platform == "win32" and not args.no_installer:
        print(f"installer: {build_installer()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
