#!/usr/bin/env bash
# Runs the built bundle (dist/genviz) in a fresh Debian 12 chroot that has no Python at all: only
# `debootstrap --variant=minbase` and the README's list of Linux libraries, as on a school laptop. It checks
# that no python is there, then runs --version, `train gan` + `sample`, and the demo offscreen and on X11 (Xvfb
# runs outside, its socket bind-mounted). Root, debootstrap and Xvfb needed; the chroot is kept for the next run.
# Usage: sudo packaging/check_no_python.sh [CHROOT_DIR]
set -euo pipefail
root=${1:-/tmp/genviz-chroot-no-python}
repo=$(cd "$(dirname "$0")/.." && pwd)
[ -x "$repo/dist/genviz/genviz" ] || { echo "no bundle: run make app first" >&2; exit 1; }
libs=$(python3 -c "import re, sys; print(re.search(r'sudo apt-get install ([^\`]*)\`', open(sys.argv[1]).read()).group(1).replace(chr(10), ' '))" "$repo/README.md")
[ -d "$root/usr" ] || debootstrap --variant=minbase bookworm "$root" > /dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" apt-get update -qq
chroot "$root" apt-get install -y -qq --no-install-recommends $libs > /dev/null
if chroot "$root" sh -c 'ls /usr/bin/python* /usr/local/bin/python* 2>/dev/null | grep -q .'; then
    echo '{"no_python": "python is in the chroot: the check proves nothing"}'; exit 1
fi
rm -rf "$root/opt/genviz" && cp -a "$repo/dist/genviz" "$root/opt/genviz"
mkdir -p "$root/tmp/.X11-unix" "$root/work"
unmount() { for m in tmp/.X11-unix dev/shm dev proc; do ! mountpoint -q "$root/$m" || umount "$root/$m"; done; }
trap unmount EXIT
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"  # torch reads /proc/cpuinfo
mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
mountpoint -q "$root/dev/shm" || mount -t tmpfs shm "$root/dev/shm"  # multiprocessing's semaphores
mountpoint -q "$root/tmp/.X11-unix" || mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
exec {fd}<> <(:)  # Xvfb writes the number of a free display here
Xvfb -displayfd $fd -screen 0 1600x1000x24 > /dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb; unmount' EXIT
read -r -u $fd number
in_chroot() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/work LANG=C.UTF-8 "$@"; }
in_chroot /opt/genviz/genviz --version
in_chroot sh -c 'cd /work && /opt/genviz/genviz train gan --data ring --steps 200 --out m.safetensors'
in_chroot sh -c 'cd /work && /opt/genviz/genviz sample m.safetensors -n 64 --out points.npy'
in_chroot env QT_QPA_PLATFORM=offscreen /opt/genviz/genviz demo --lab text --train-seconds 5 --screenshot /work/offscreen.png
in_chroot env QT_QPA_PLATFORM=xcb DISPLAY=:$number /opt/genviz/genviz demo --lab text --train-seconds 5 --screenshot /work/xcb.png
cp "$root/work/offscreen.png" "$root/work/xcb.png" /tmp/
echo '{"python_in_chroot": false, "version": "ok", "train_and_sample": "ok", "demo_offscreen": "ok", "demo_xcb": "ok", "screenshots": ["/tmp/offscreen.png", "/tmp/xcb.png"]}'
