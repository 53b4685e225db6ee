#!/usr/bin/env bash
# Runs a command of this repository inside a Debian root of another release, with that release's LibTorch and
# python3-torch: how this Debian 12 machine builds and tests against PyTorch 2.x.
#
#   build/debian-root.sh SUITE COMMAND [ARGS...]      e.g. build/debian-root.sh testing ./build.sh --target=Test
#
# SUITE is testing (Debian testing: LibTorch 2.14.1) or trixie (Debian 13: LibTorch 2.6.0). The root is made once
# with debootstrap (minbase) and apt inside it, then cached in $TI_ROOTS_DIR (default /var/cache/torchinterop);
# `rm -rf` it to start over. Each run copies the working tree (with ../shared, when it is there) into the root,
# keeping the root's own build outputs, so its bin/obj and artifacts never mix with the host's 1.13 build. The host's
# .NET SDK, NuGet cache and certificate store are mounted in. Generated op bindings (native/src/generated/libtorch-X.Y and
# src/*/Generated/libtorch-X.Y) come back into the working tree, so that the Generate target works there too. What the run leaves in the copy's artifacts/ is copied back to
# artifacts/debian-SUITE/. Needs root (debootstrap, chroot, mount), as build.sh's apt step does.
set -euo pipefail

suite=${1:?usage: $0 SUITE COMMAND [ARGS...]}
shift
(($# > 0)) || { echo "usage: $0 SUITE COMMAND [ARGS...]" >&2; exit 2; }

case $suite in
    testing) codename=forky ;;   # bookworm's debootstrap has no forky script; sid's serves
    trixie) codename=trixie ;;
    *) echo "unknown suite '$suite': testing (LibTorch 2.14) or trixie (LibTorch 2.6)" >&2; exit 2 ;;
esac

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mirror=${TI_DEBIAN_MIRROR:-http://deb.debian.org/debian}
roots=${TI_ROOTS_DIR:-/var/cache/torchinterop}
root=$roots/$suite
dotnet_home=$(dirname "$(readlink -f "$(command -v dotnet)")")
nuget_cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}

[[ $(id -u) -eq 0 ]] || { echo "$0 needs root (debootstrap, chroot and mount)." >&2; exit 1; }

# The packages build.sh checks for, plus what the root needs to fetch NuGet packages and run .NET, and the JSON
# headers that 2.x's functorch headers include (libtorch-dev only recommends them).
mapfile -t packages < <(sed -n 's/^packages=(\(.*\))$/\1/p' "$repo/build.sh" | tr ' ' '\n')
packages+=(ca-certificates libicu-dev nlohmann-json3-dev)

host_tools=()
command -v debootstrap >/dev/null 2>&1 || host_tools+=(debootstrap)
command -v rsync >/dev/null 2>&1 || host_tools+=(rsync)
if ((${#host_tools[@]} > 0)); then
    echo "Installing ${host_tools[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${host_tools[@]}"
fi

if [[ ! -f $root/.ready ]]; then
    echo "Creating the Debian $suite root in $root (debootstrap, then apt: a few minutes, once)"
    rm -rf "$root"
    mkdir -p "$root"
    debootstrap --variant=minbase "$codename" "$root" "$mirror" /usr/share/debootstrap/scripts/sid
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # The mirror's testing Release file can be past its Valid-Until date.
    chroot "$root" /bin/bash -c "export DEBIAN_FRONTEND=noninteractive
        apt-get -o Acquire::Check-Valid-Until=false update -qq
        apt-get install -y -qq --no-install-recommends ${packages[*]}"
    touch "$root/.ready"
fi

# A root made before a package joined the list gets it now.
missing=()
for package in "${packages[@]}"; do
    [[ $(chroot "$root" dpkg-query -W -f='${Status}' "$package" 2>/dev/null) == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
    echo "Installing in the $suite root: ${missing[*]}"
    chroot "$root" /bin/bash -c "export DEBIAN_FRONTEND=noninteractive
        apt-get -o Acquire::Check-Valid-Until=false update -qq
        apt-get install -y -qq --no-install-recommends ${packages[*]}"
fi

# The working tree without what .gitignore ignores (build outputs: the copy keeps its own), and ../shared beside it.
mkdir -p "$root/src/torchinterop" "$root/src/shared"
# Files are compared by content and a changed one gets the time of the copy, so that make and MSBuild in the root
# never take an older source for one their last build already saw.
rsync -rlpD --checksum --delete --filter=':- .gitignore' "$repo/" "$root/src/torchinterop/"
# The copy keeps its artifacts between runs; a summary a run did not write must not come back as this run's.
rm -f "$root/src/torchinterop/artifacts/test-summary.txt" "$root/src/torchinterop/artifacts/api-coverage.txt" \
      "$root/src/torchinterop/artifacts/parity-summary.txt"
if [[ -d $repo/../shared ]]; then rsync -a --delete "$repo/../shared/" "$root/src/shared/"; fi

mkdir -p "$root/usr/share/dotnet" "$root/root/.nuget/packages" "$nuget_cache"
status=0
# A private mount namespace: the mounts end with the command.
unshare --mount --propagation private /bin/bash -c '
    set -e
    root=$1 dotnet_home=$2 nuget_cache=$3
    shift 3
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --bind "$dotnet_home" "$root/usr/share/dotnet"
    mount --bind "$nuget_cache" "$root/root/.nuget/packages"
    # The host trusts what its network needs (a proxy'"'"'s certificate, say): NuGet inside must too.
    mount --bind -o ro /etc/ssl/certs "$root/etc/ssl/certs"
    exec chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 \
        PATH=/usr/share/dotnet:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DOTNET_ROOT=/usr/share/dotnet DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
        NUGET_CERT_REVOCATION_MODE=offline DOTNET_CLI_USE_MSBUILD_SERVER=0 \
        /bin/bash -c "cd /src/torchinterop && exec \"\$@\"" bash "$@"
' bash "$root" "$dotnet_home" "$nuget_cache" "$@" || status=$?

# The op bindings are generated from the root's own schema (the Generate target run there); they are committed.
copy=$root/src/torchinterop
for dir in "$copy"/native/src/generated/libtorch-* "$copy"/src/*/Generated/libtorch-*; do
    [[ -d $dir ]] && rsync -a --delete "$dir/" "$repo/${dir#"$copy"/}/"
done

mkdir -p "$repo/artifacts/debian-$suite"
if [[ -d $root/src/torchinterop/artifacts ]]; then
    rsync -a --exclude native-build --exclude 'cpp-build' "$root/src/torchinterop/artifacts/" "$repo/artifacts/debian-$suite/"
fi
exit "$status"
