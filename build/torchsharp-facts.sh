#!/usr/bin/env bash
# Shows the facts behind the README's "TorchInterop and TorchSharp": restores TorchSharp 0.107.0 with
# libtorch-cpu-linux-x64 2.10.0 from the NuGet feed into a temporary project (about 1 GB download, once),
# shows the GLIBCXX versions its native library needs and this machine's libstdc++ offers, lists what its
# public API has (read from the assembly), and makes its first tensor call.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
dotnet new console -o probe --framework net10.0 >/dev/null
cd probe
cp "$here/torchsharp-facts/Program.cs" Program.cs
dotnet add package TorchSharp --version 0.107.0 >/dev/null
dotnet add package libtorch-cpu-linux-x64 --version 2.10.0 >/dev/null
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
lib=$packages/torchsharp/0.107.0/runtimes/linux-x64/native/libLibTorchSharp.so
echo "newest GLIBCXX that libLibTorchSharp.so needs:  $(objdump -T "$lib" | grep -o 'GLIBCXX_3\.4\.[0-9]*' | sort -t. -k3 -n -u | tail -1)"
libstdcxx=$(ldconfig -p | awk '/libstdc\+\+\.so\.6 .*x86-64/ {print $NF; exit}')
echo "newest GLIBCXX this machine's libstdc++ offers: $(strings "$libstdcxx" | grep -o '^GLIBCXX_3\.4\.[0-9]*$' | sort -t. -k3 -n -u | tail -1) ($libstdcxx)"
dotnet run -c Release 2>/dev/null | sed -n "s/^| //p"
