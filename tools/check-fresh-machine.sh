#!/usr/bin/env bash
# The README's first command on a fresh Debian: a minimal Debian 12 made by debootstrap, with
# only python3 added, runs tools/run-app.sh, which must install the system libraries Qt's
# window needs and the application, then start (offscreen, --self-test). A second start runs
# with no network at all (its own network namespace): nothing may be installed again.
# Needs root (debootstrap, chroot, mounts). Usage: tools/check-fresh-machine.sh [folder]
# Packages come from the Debian archive in this machine's apt sources, or DEBIAN_MIRROR=URL.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
[ "$(id -u)" -eq 0 ] || { echo "check-fresh-machine: run as root (debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap >/dev/null; }

suite=bookworm
root=${1:-$(mktemp -d)/debian}
if [ ! -x "$root/usr/bin/apt-get" ]; then
  # The Debian archive this machine's apt uses (a company's own copy or proxy); DEBIAN_MIRROR
  # overrides it. The reader says in one sentence how to set it when it finds none.
  archive=${DEBIAN_MIRROR:-}
  [ -n "$archive" ] || archive=$(python3 tools/apt_sources.py "$suite") || exit 2
  echo "fresh machine: debootstrap $suite from $archive into $root"
  debootstrap --variant=minbase "$suite" "$root" "$archive" >/dev/null
fi
if [ ! -x "$root/usr/bin/python3" ]; then
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" apt-get update -qq
  chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    python3 python3-venv ca-certificates >/dev/null
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This machine's own certificate authorities (a company proxy's, say) are the fresh one's too.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null 2>&1
fi
network_env=()
for v in PIP_CERT SSL_CERT_FILE REQUESTS_CA_BUNDLE PIP_INDEX_URL http_proxy https_proxy no_proxy; do
  [ -n "${!v:-}" ] && network_env+=("$v=${!v}")
done

# A reused folder is made fresh again: none of the window's libraries installed.
source tools/lib/system-packages.sh
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${QT_PACKAGES[@]}" >/dev/null 2>&1 || true
chroot "$root" apt-get autoremove -y -qq --purge >/dev/null 2>&1 || true

# The project as committed plus the working tree's changes, without .venv or build output.
rm -rf "$root/src" && mkdir -p "$root/src"
git ls-files -z --cached --others --exclude-standard | tar -C "$src" --null -T - -cf - | tar -C "$root/src" -xf -

mounts=()
bind() { mkdir -p "$root$2"; mount --bind "$1" "$root$2"; mounts=("$root$2" "${mounts[@]}"); }
cleanup() { for m in "${mounts[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT
bind /dev /dev
bind /proc /proc
mkdir -p /root/.cache/pip && bind /root/.cache/pip /root/.cache/pip  # wheels, not packages

run_app() {  # $1: "" or "offline"
  local prefix=()
  [ "$1" = offline ] && prefix=(unshare --net)
  "${prefix[@]}" chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "${network_env[@]}" \
    QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=/tmp/crm-data /src/tools/run-app.sh --self-test
}

echo "fresh machine: first start"
first=$(run_app "" 2>&1) || { echo "$first"; echo "FAIL: the first start did not reach the window"; exit 1; }
echo "$first" | tail -n 5
grep -q "installing system packages: .*libxcb-icccm4" <<<"$first" \
  || { echo "FAIL: the first start did not install the window's libraries"; exit 1; }
plugin=$(chroot "$root" /src/.venv/bin/python -c \
  "import PySide6, os; print(os.path.join(os.path.dirname(PySide6.__file__), 'Qt/plugins/platforms/libqxcb.so'))")
if chroot "$root" ldd "$plugin" | grep "not found"; then
  echo "FAIL: Qt's xcb plugin still misses libraries"; exit 1
fi

echo "fresh machine: second start, no network"
second=$(run_app offline 2>&1) || { echo "$second"; echo "FAIL: the second start failed offline"; exit 1; }
if grep -q "installing" <<<"$second"; then echo "$second"; echo "FAIL: the second start installed again"; exit 1; fi
echo "fresh machine: OK (first start installed and opened, second start offline installed nothing)"
