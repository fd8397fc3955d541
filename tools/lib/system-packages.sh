# Debian packages the application loads, and a function that installs the missing ones.
# Sourced by tools/run-app.sh and tools/run-tests.sh.

# Qt's window on X11 (the xcb platform plugin and what it links: ldd on libqxcb.so), the
# offscreen platform's needs (GL, fontconfig, dbus, glib) and a font to draw with.
QT_PACKAGES=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
             libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
             libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0
             libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxcb-util1 fonts-dejavu-core)

# Packages of the list that are not installed (one dpkg-query call: a start must stay fast).
missing_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: nothing we can check
  local installed
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null \
              | awk '$2 ~ /^ii/ {print $1}' || true)
  local p
  for p in "$@"; do
    grep -qx "$p" <<<"$installed" || echo "$p"
  done
}

# Install the missing packages where we may (root, or sudo without a password); otherwise say
# in one sentence what to install, and fail.
ensure_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  ((${#missing[@]})) || return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo"; else
      echo "The application needs these system packages; install them with:" \
           "sudo apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  echo "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  INSTALLED_PACKAGES+=("${missing[@]}")
}
INSTALLED_PACKAGES=()

# Create .venv and install the project with the given extra ("" or "test") unless the stamp
# says this pyproject.toml is already installed: a second start needs no network.
ensure_venv() {
  local extra=$1 spec=. stamp want
  [ -n "$extra" ] && spec=".[$extra]"
  stamp=".venv/.installed${extra:+-$extra}"
  want=$(sha256sum pyproject.toml | cut -c1-64)
  if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then return 0; fi
  echo "installing the application into .venv"
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e "$spec"
  echo "$want" > "$stamp"
  # the test extra holds everything the application needs
  [ -n "$extra" ] && echo "$want" > .venv/.installed
  return 0
}
