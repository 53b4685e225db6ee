"""Generates TorchInterop's op bindings from LibTorch's native_functions.yaml (run with the python3 whose torch
matches the LibTorch the build compiles against: /usr/bin/python3 on the host, the testing root's for 2.x).

    python3 native/codegen/generate.py [--out ROOT] [--check] [--native-functions YAML --libtorch-version X.Y]

writes, under ROOT (the repository by default), for LibTorch version X.Y (the Python torch's, by default):
    native/src/generated/libtorch-X.Y/torchinterop_ops.h     the C declarations
    native/src/generated/libtorch-X.Y/ops_N.cpp              the C wrappers, in parts that compile in parallel
    src/TorchInterop/Generated/libtorch-X.Y/*.g.cs           P/Invoke declarations, Tensor methods, Torch functions
    src/TorchInterop.Python/Generated/libtorch-X.Y/*.g.cs    the dialect's names for them
    .../saved_accessors.cpp, GradFnExtensions.Saved.g.cs      grad_fn._saved_<name>, from Functions.h (emit_saved.py)
and prints how many schemas it generated and why each skipped one was skipped. Each version's output is committed
beside the others; the build compiles the one of the LibTorch it finds. --check compares with the files in ROOT
instead of writing them, and fails when they differ (the committed output is stale). --native-functions reads another
schema file (with its tags.yaml beside it), e.g. from an official LibTorch's source tree; give its version with it.
--functions-h reads another LibTorch's autograd/generated/Functions.h (the installed one by default).
"""
import argparse
import glob
import re
from collections import Counter
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import emit_csharp  # noqa: E402
import emit_dialect  # noqa: E402
import emit_core_dialect  # noqa: E402
import emit_native  # noqa: E402
import emit_saved  # noqa: E402
from csharp_names import hand_written_members  # noqa: E402
from model import PACKAGED_YAML, classify_all  # noqa: E402

NATIVE_PARTS = 8
VERSION_PLACEHOLDER = "@LIBTORCH_VERSION@"


def python_torch_version():
    """major.minor of the torch beside torchgen, read from torch/version.py without importing torch."""
    import torchgen
    path = os.path.join(os.path.dirname(os.path.dirname(torchgen.__file__)), "torch", "version.py")
    match = re.search(r"""__version__\s*=\s*['"](\d+)\.(\d+)""", open(path, encoding="utf-8").read())
    if not match:
        sys.exit(f"cannot read torch's version from {path}; pass --libtorch-version")
    return f"{match.group(1)}.{match.group(2)}"


def outputs(ops, root, version):
    tag = f"libtorch-{version}"
    native = f"native/src/generated/{tag}"
    files = {f"{native}/torchinterop_ops.h": emit_native.header(ops)}
    for i, text in enumerate(emit_native.sources(ops, NATIVE_PARTS)):
        files[f"{native}/ops_{i}.cpp"] = text
    files[f"src/TorchInterop/Generated/{tag}/NativeMethods.Ops.g.cs"] = emit_csharp.pinvoke_file(ops)
    core = os.path.join(root, "src", "TorchInterop")
    tensor, torch, public_skips = emit_csharp.public_members(
        ops, hand_written_members(os.path.join(core, "Tensor*.cs")), hand_written_members(os.path.join(core, "Torch*.cs")))
    files[f"src/TorchInterop/Generated/{tag}/Tensor.Ops.g.cs"] = emit_csharp.class_file("public sealed partial class Tensor", tensor)
    files[f"src/TorchInterop/Generated/{tag}/Torch.Ops.g.cs"] = emit_csharp.class_file("public static partial class Torch", torch, qualify=True)
    names_of = {op.schema_name: op.base_name + ("_" if op.is_inplace else "") for op in ops}
    dialect = os.path.join(root, "src", "TorchInterop.Python")
    # Tensor members written by hand live in the files with `extension(Tensor ...)` blocks; torch's functions in
    # torch.cs and torch.<Part>.cs (torch.<module>.cs files hold submodules: torch.nn, torch.optim).
    tensor_files = [p for p in glob.glob(os.path.join(dialect, "*.cs")) if "extension(Tensor " in open(p, encoding="utf-8").read()]
    torch_files = [p for p in glob.glob(os.path.join(dialect, "torch*.cs")) if re.fullmatch(r"torch(\.[A-Z]\w*)?\.cs", os.path.basename(p))]
    dialect_tensor_names = set().union(*(hand_written_members(p) for p in tensor_files))
    generated_names = {names_of[m.schema] for m in tensor.values()}
    op_names = {op.base_name for op in ops} | {op.base_name + "_" for op in ops}
    core_forwards = emit_core_dialect.forwards(os.path.join(core, "Tensor*.cs"), op_names, dialect_tensor_names | generated_names)
    files[f"src/TorchInterop.Python/Generated/{tag}/TensorExtensions.Ops.g.cs"] = emit_dialect.tensor_extensions(
        tensor, names_of, dialect_tensor_names, core_forwards)
    files[f"src/TorchInterop.Python/Generated/{tag}/torch.Ops.g.cs"] = emit_dialect.torch_functions(
        torch, names_of, set().union(*(hand_written_members(p) for p in torch_files)))
    files = {path: text.replace(VERSION_PLACEHOLDER, version) for path, text in files.items()}
    return files, len(tensor), len(torch), public_skips


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--native-functions", default=PACKAGED_YAML, help="the schema file (tags.yaml beside it)")
    parser.add_argument("--libtorch-version", help="major.minor of the LibTorch the schema file belongs to")
    parser.add_argument("--functions-h", default=emit_saved.installed_functions_h(),
                        help="the same LibTorch's torch/csrc/autograd/generated/Functions.h")
    parser.add_argument("--derivatives-yaml", help="the same LibTorch's derivatives.yaml (default: its torchgen's)")
    options = parser.parse_args()
    if options.native_functions != PACKAGED_YAML and not options.libtorch_version:
        parser.error("--native-functions needs --libtorch-version")
    version = options.libtorch_version or python_torch_version()

    ops, skipped = classify_all(options.native_functions)
    ops.sort(key=lambda op: op.c_name)
    files, tensor_count, torch_count, public_skips = outputs(ops, options.out, version)
    saved_files, nodes = emit_saved.outputs(*emit_saved.read_inputs(options.functions_h, options.derivatives_yaml), version)
    files.update(saved_files)
    stale = []
    for path, text in files.items():
        full = os.path.join(options.out, path)
        if options.check:
            if not os.path.exists(full) or open(full, encoding="utf-8").read() != text:
                stale.append(path)
            continue
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    print(f"generated {len(ops)} of {len(ops) + sum(skipped.values())} schemas of LibTorch {version}; skipped {sum(skipped.values())}:")
    for reason, count in sorted(skipped.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:4d}  {reason}")
    print(f"saved values: {sum(map(len, nodes.values()))} in {sum(1 for m in nodes.values() if m)} of {len(nodes)} node structs")
    print(f"public API: {tensor_count} Tensor methods, {torch_count} Torch functions; variants without a member:")
    for reason, count in Counter(r if not r.startswith("same C# signature") else "same C# signature as another overload"
                                 for r in public_skips.values()).most_common():
        print(f"  {count:4d}  {reason}")
    if stale:
        print("stale generated files (run the Generate target): " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
