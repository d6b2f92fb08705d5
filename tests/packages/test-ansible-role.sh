#!/usr/bin/env bash
# Runs the Ansible role of build-aux/ansible against a real Debian 12
# root made with debootstrap, through Ansible's chroot connection, with
# the packages of _build-deb/ (build-aux/mbc-dev packages):
#
#   1. it installs the packages, the settings and a good local content
#      pack: the files, the locked keys and the pack are checked;
#   2. run again, it changes nothing (changed=0); in check mode, with a
#      new pack, it sees the change and makes none;
#   3. with a broken pack, it fails with the checker's message, and the
#      good pack stays in place;
#   4. with a new good pack, the new one is put in place;
#   5. from an apt repository with a newer version, the packages are
#      upgraded; run again, nothing changes.
#
# The Debian 12 root, with what the packages depend on, is made once and
# kept as a tar file in ~/.cache/mbc-guide-dev/ (or $XDG_CACHE_HOME),
# named after the packages' dependencies, so that later runs take
# seconds to unpack it. Where debootstrap cannot run (not root, no
# debootstrap, no mirror), the test says why and is skipped (exit 77).
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
debs=$top/_build-deb
work=$debs/ansible
root=$work/root
cache=${XDG_CACHE_HOME:-$HOME/.cache}/mbc-guide-dev

skip() {
  echo "SKIP: the Ansible role's test: $*"
  exit 77
}

fail() {
  echo "FAIL: the Ansible role's test: $*" >&2
  exit 1
}

if [ "$(id -u)" -ne 0 ]; then
  skip "it needs root, to make a Debian 12 root with debootstrap and to enter it"
fi
for program in debootstrap ansible-playbook chroot apt-ftparchive; do
  command -v "$program" > /dev/null || skip "there is no $program"
done
guide_debs=("$debs"/mbc-guide_*.deb)
workstation_debs=("$debs"/mbc-guide-workstation_*.deb)
guide_deb=${guide_debs[-1]}
workstation_deb=${workstation_debs[-1]}
if [ ! -f "$guide_deb" ] || [ ! -f "$workstation_deb" ]; then
  fail "no packages in $debs: build them first with build-aux/mbc-dev packages"
fi

# The Debian mirror MBC_DEBIAN_MIRROR names, or the one this machine uses.
mirror=${MBC_DEBIAN_MIRROR:-}
[ -n "$mirror" ] || mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2> /dev/null |
           grep -v security | head -n 1 || true)
if [ -z "$mirror" ]; then
  mirror=$(sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([a-z]\+:[^[:space:]]*\).*/\2/p' \
             /etc/apt/sources.list 2> /dev/null | grep -v security | head -n 1 || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

rm -rf "$work"
mkdir -p "$work" "$cache"

# What the root holds besides Debian's minimal system: Python and
# python3-apt, which Ansible's modules need there; gsettings, to read the
# keys back; and what the packages depend on, so that installing them
# needs no network.
include=python3,python3-apt,libglib2.0-bin
key=$( { echo "$mirror $include"; dpkg-deb -f "$guide_deb" Depends;
         dpkg-deb -f "$workstation_deb" Depends; } | sha256sum | cut -c1-16)
base=$cache/debian-12-root-$key.tar

if [ ! -f "$base" ]; then
  echo "Making a Debian 12 root with debootstrap from $mirror (once: it is kept in $base)"
  if ! debootstrap --variant=minbase --include="$include" bookworm "$root" "$mirror" \
         > "$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log"
    skip "debootstrap could not make a Debian 12 root from $mirror (log: $work/debootstrap.log)"
  fi
  # No service starts in the root.
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod +x "$root/usr/sbin/policy-rc.d"
  cp "$guide_deb" "$workstation_deb" "$root/tmp/"
  # The packages' dependencies, as apt finds them; the packages go
  # again, and so does the user that the workstation's package makes.
  if ! chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
         --no-install-recommends "/tmp/${guide_deb##*/}" "/tmp/${workstation_deb##*/}" \
         > "$work/dependencies.log" 2>&1; then
    tail -n 20 "$work/dependencies.log"
    fail "the packages could not be installed in a Debian 12 root (log: $work/dependencies.log)"
  fi
  chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q \
    mbc-guide mbc-guide-workstation >> "$work/dependencies.log" 2>&1
  chroot "$root" userdel --remove mbc-kiosk 2> /dev/null || true
  chroot "$root" apt-get clean
  rm -f "$root"/tmp/*.deb
  rm -f "$cache"/debian-12-root-*.tar
  tar -C "$root" -cf "$base.part" . && mv "$base.part" "$base"
else
  mkdir -p "$root"
  tar -C "$root" -xf "$base"
fi

# The packs: the sample of build-aux/ansible, which must be good; the
# same, broken (a link that is not https:); and a new good one, without
# the sample's sources.json, whose file must then go.
sample=$top/build-aux/ansible/files/local-pack
mkdir -p "$work/packs/broken" "$work/packs/new"
ln -s "$sample" "$work/packs/good"
cp "$sample/sources.json" "$work/packs/broken/"
sed 's|^\( *\)"phone": "555-0100",|&\n\1"website": "http://hospital.example/social-work",|' \
  "$sample/resources.json" > "$work/packs/broken/resources.json"
sed -e 's|Social work at|Social work and benefits at|' -e 's|"example-hospital-guide"|"komen"|' \
  "$sample/resources.json" > "$work/packs/new/resources.json"
cmp -s "$sample/resources.json" "$work/packs/broken/resources.json" && fail "the broken pack is not broken"
cmp -s "$sample/resources.json" "$work/packs/new/resources.json" && fail "the new pack is not new"

mkdir -p "$work/inventory/group_vars"
cat > "$work/inventory/hosts.ini" <<EOF
[mbc_workstations]
test-root ansible_host=$root ansible_connection=community.general.chroot ansible_python_interpreter=/usr/bin/python3
EOF
cat > "$work/inventory/group_vars/mbc_workstations.yml" <<EOF
mbc_guide_package_source: path
mbc_guide_deb_dir: $debs
mbc_guide_local_pack: $work/packs/good
mbc_guide_emergency_number: "112"
mbc_guide_idle_timeout: 90
mbc_guide_idle_warning: 20
mbc_guide_default_language: es
mbc_guide_allow_printing: true
EOF

run=0
# Runs the playbook with the test's inventory and any further options;
# its output is in $work/run-N.log, and its status in $status.
playbook() {
  run=$((run + 1))
  log=$work/run-$run.log
  status=0
  (cd "$top/build-aux/ansible" &&
     ANSIBLE_NOCOLOR=1 ansible-playbook -i "$work/inventory/hosts.ini" playbook.yml "$@") > "$log" 2>&1 || status=$?
  echo "run $run: status $status, $(grep -E '^test-root +:' "$log" | tr -s ' ' || echo 'no recap')"
}

expect() {
  local what=$1 expected=$2 actual
  shift 2
  actual=$(chroot "$root" env DCONF_PROFILE=mbc-kiosk "$@" 2>&1) || true
  if [ "$actual" != "$expected" ]; then
    fail "$what: $* gave '$actual', not '$expected'"
  fi
}

same_pack() {
  cmp -s "$work/packs/$1/resources.json" "$root/etc/mbc-guide/local/resources.json" ||
    fail "$2: /etc/mbc-guide/local/resources.json is not the $1 pack"
}

# 1. Everything is installed.
playbook
[ $status -eq 0 ] || { tail -n 40 "$log"; fail "the first run failed (log: $log)"; }
for package in mbc-guide mbc-guide-workstation; do
  chroot "$root" dpkg-query -W -f='${Status}\n' "$package" | grep -q 'install ok installed' ||
    fail "$package is not installed"
done
[ -f "$root/etc/dconf/db/mbc-kiosk" ] || fail "dconf did not compile the database mbc-kiosk"
expect "the emergency number" "'112'" gsettings get io.github.mbcguide.MbcGuide emergency-number
expect "the idle time" "uint32 90" gsettings get io.github.mbcguide.MbcGuide idle-timeout
expect "the warning time" "uint32 20" gsettings get io.github.mbcguide.MbcGuide idle-warning
expect "the default language" "'es'" gsettings get io.github.mbcguide.MbcGuide default-language
expect "printing" "true" gsettings get io.github.mbcguide.MbcGuide kiosk-allow-printing
expect "kiosk mode" "true" gsettings get io.github.mbcguide.MbcGuide kiosk-mode
for setting in emergency-number idle-timeout default-language kiosk-allow-printing kiosk-mode; do
  expect "the lock of $setting" false gsettings writable io.github.mbcguide.MbcGuide "$setting"
done
same_pack good "after the first run"
cmp -s "$sample/sources.json" "$root/etc/mbc-guide/local/sources.json" ||
  fail "the pack's sources.json is not in place"
chroot "$root" getent passwd mbc-kiosk > /dev/null || fail "there is no user mbc-kiosk"
[ -L "$root/etc/systemd/system/graphical.target.wants/mbc-guide-kiosk.service" ] ||
  fail "the service mbc-guide-kiosk is not enabled"

# 2. Nothing changes.
playbook
[ $status -eq 0 ] || fail "the second run failed (log: $log)"
grep -Eq '^test-root +: ok=[0-9]+ +changed=0 .*failed=0' "$log" ||
  { grep -B 3 '^changed:' "$log" | head -n 40; fail "the second run changed something (log: $log)"; }

# In check mode, with a new pack, it says what would change, and changes
# nothing.
playbook --check -e "mbc_guide_local_pack=$work/packs/new"
[ $status -eq 0 ] || fail "the run in check mode failed (log: $log)"
grep -Eq '^test-root +: ok=[0-9]+ +changed=[1-9]' "$log" ||
  fail "the run in check mode did not see the new pack (log: $log)"
same_pack good "after a run in check mode"

# 3. A broken pack is refused, with the checker's message, and the good
#    one stays.
playbook -e "mbc_guide_local_pack=$work/packs/broken"
[ $status -ne 0 ] || fail "a broken pack was not refused (log: $log)"
grep -q 'was refused' "$log" || fail "no word that the pack was refused (log: $log)"
grep -q 'resources.json:[0-9]*:[0-9]*: .*https://' "$log" ||
  fail "the refusal does not give the checker's message (log: $log)"
same_pack good "after a broken pack"

# 4. A new good pack replaces the old one.
playbook -e "mbc_guide_local_pack=$work/packs/new"
[ $status -eq 0 ] || fail "the run with a new pack failed (log: $log)"
same_pack new "after a new pack"
[ ! -e "$root/etc/mbc-guide/local/sources.json" ] || fail "the old pack's sources.json is still there"

# 5. From an apt repository, a newer version is rolled out; run again,
#    nothing changes. The repository, in the root, holds the packages
#    again with a higher version number.
version=$(dpkg-deb -f "$guide_deb" Version)+1
repo=$root/srv/mbc-guide-repository
mkdir -p "$repo"
for deb in "$guide_deb" "$workstation_deb"; do
  rm -rf "$work/repack"
  dpkg-deb -R "$deb" "$work/repack"
  sed -i "s/^Version: .*/Version: $version/" "$work/repack/DEBIAN/control"
  dpkg-deb -b "$work/repack" "$repo/" > /dev/null
done
(cd "$repo" && apt-ftparchive packages . > Packages)
# Debian's own repository is left out, so that the role's apt update
# reads the hospital's alone, with no network: the root holds all that
# the packages depend on.
: > "$root/etc/apt/sources.list"
apt_vars=(-e mbc_guide_package_source=apt
          -e "mbc_guide_apt_repository='deb [trusted=yes] file:/srv/mbc-guide-repository ./'"
          -e "mbc_guide_local_pack=$work/packs/new")
playbook "${apt_vars[@]}"
[ $status -eq 0 ] || { tail -n 40 "$log"; fail "the run from an apt repository failed (log: $log)"; }
for package in mbc-guide mbc-guide-workstation; do
  installed=$(chroot "$root" dpkg-query -W -f='${Version}' "$package")
  [ "$installed" = "$version" ] || fail "$package is at $installed, not $version (log: $log)"
done
playbook "${apt_vars[@]}"
[ $status -eq 0 ] || fail "the second run from an apt repository failed (log: $log)"
grep -Eq '^test-root +: ok=[0-9]+ +changed=0 .*failed=0' "$log" ||
  fail "the second run from an apt repository changed something (log: $log)"

# The root is kept when a check fails, to be looked into.
rm -rf "$root"
echo "PASS: the Ansible role's test: installed, locked, idempotent, refused a broken pack, rolled out a new pack and a new version"
