#!/usr/bin/env bash
# Bootstrapper: installs the system packages the build needs (Debian 12), restores the local .NET tools
# (Cake), then runs build.cake with the arguments given, e.g. ./build.sh --target=Test
#
# --libtorch=debian-testing (LibTorch 2.14) or --libtorch=debian-trixie (2.6) runs the same build, with the same
# arguments, inside a cached Debian root of that release (build/debian-root.sh); --libtorch=system (the default)
# builds against this machine's LibTorch.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

libtorch=system
arguments=()
for argument in "$@"; do
    case $argument in
        --libtorch=*) libtorch=${argument#--libtorch=} ;;
        *) arguments+=("$argument") ;;
    esac
done
case $libtorch in
    system) ;;
    debian-testing | debian-trixie) exec build/debian-root.sh "${libtorch#debian-}" ./build.sh "${arguments[@]}" ;;
    *) echo "unknown --libtorch=$libtorch: system, debian-testing or debian-trixie" >&2; exit 2 ;;
esac
set -- "${arguments[@]}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# LibTorch and its headers/CMake config, the reference PyTorch for parity checks, BLAS, and the C++ toolchain.
# make is listed because cmake only recommends it, and recommends are not installed. graphviz draws the autograd
# graphs (the Graphs target); torchvision is the reference for the resnets; gnuplot draws the training example's
# loss curves.
packages=(libtorch-dev libgloo-dev python3-torch python3-torchvision libopenblas0-pthread cmake g++ make graphviz gnuplot-nox)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ $status != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    install=(apt-get install -y --no-install-recommends "${missing[@]}")
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installing missing packages: ${missing[*]}"
        apt-get update
        DEBIAN_FRONTEND=noninteractive "${install[@]}"
    else
        echo "Missing packages: ${missing[*]}" >&2
        echo "Install them as root, then run $0 again:" >&2
        echo "  apt-get update && DEBIAN_FRONTEND=noninteractive ${install[*]}" >&2
        exit 1
    fi
fi

if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH." >&2
    exit 1
fi

dotnet tool restore

# The Examples target writes its parity line there; it is repeated last, after Cake's task summary, with the line
# of the last Debian testing run (--libtorch=debian-testing, LibTorch 2.14) when there is one.
parity=artifacts/parity-summary.txt
rm -f "$parity"
status=0
dotnet cake build.cake "$@" || status=$?
[[ -f $parity ]] && cat "$parity"
testing_parity=artifacts/debian-testing/parity-summary.txt
if [[ -f $parity && -f $testing_parity ]]; then
    echo "$(cat "$testing_parity") (last ./build.sh --libtorch=debian-testing run)"
fi
exit "$status"
