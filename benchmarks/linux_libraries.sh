#!/usr/bin/env bash
# Checks the README's list of Linux libraries in a fresh Debian 12 chroot (root, debootstrap, Xvfb): Qt's
# window fails without the list and opens with it. Usage: sudo benchmarks/linux_libraries.sh [CHROOT_DIR]
set -euo pipefail
root=${1:-/tmp/genviz-chroot}
repo=$(cd "$(dirname "$0")/.." && pwd)
pyside=$(grep -i '^PySide6_Essentials==' "$repo/requirements.lock")
shiboken=$(grep -i '^shiboken6==' "$repo/requirements.lock")
libs=$(python3 -c "import re, sys; print(re.search(r'sudo apt-get install ([^\`]*)\`', open(sys.argv[1]).read()).group(1).replace(chr(10), ' '))" "$repo/README.md")
[ -d "$root/usr" ] || debootstrap --variant=minbase bookworm "$root" > /dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt" 2>/dev/null || true
mkdir -p "$root/tmp/.X11-unix" && mountpoint -q "$root/tmp/.X11-unix" || mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
trap 'umount "$root/tmp/.X11-unix"' EXIT
chroot "$root" apt-get update -qq
chroot "$root" apt-get install -y -qq --no-install-recommends python3 python3-venv ca-certificates > /dev/null
[ -x "$root/venv/bin/pip" ] || chroot "$root" python3 -m venv /venv
chroot "$root" env PIP_CERT=/etc/ssl/certs/ca-certificates.crt /venv/bin/pip install -q "$pyside" "$shiboken"
cat > "$root/check.py" <<'PY'
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("genviz")
label.show()
app.processEvents()
print("window opened on", app.platformName())
PY
exec {fd}<> <(:)  # Xvfb writes the number of a free display here: never one that another check uses
Xvfb -displayfd $fd -screen 0 1280x720x24 > /dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb; umount "$root/tmp/.X11-unix"' EXIT
read -r -u $fd number
display=:$number
chroot "$root" apt-get purge -y -qq $libs > /dev/null 2>&1 || true
chroot "$root" apt-get autoremove -y -qq --purge > /dev/null 2>&1
if chroot "$root" env DISPLAY=$display QT_QPA_PLATFORM=xcb /venv/bin/python /check.py > /dev/null 2>&1; then
    echo '{"without_list": "opened (the check proves nothing)"}'; exit 1
fi
chroot "$root" apt-get install -y -qq --no-install-recommends $libs > /dev/null
chroot "$root" env DISPLAY=$display QT_QPA_PLATFORM=xcb /venv/bin/python /check.py
echo '{"without_list": "fails", "with_list": "opens"}'
