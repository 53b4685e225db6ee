"""Generates TorchInterop's op bindings from LibTorch's native_functions.yaml (run with /usr/bin/python3).

    /usr/bin/python3 native/codegen/generate.py [--out ROOT] [--check]

writes, under ROOT (the repository by default):
    native/include/torchinterop_ops.h        the C declarations
    native/src/generated/ops_N.cpp           the C wrappers, in parts that compile in parallel
and prints how many schemas it generated and why each skipped one was skipped. --check compares with the files
in ROOT instead of writing them, and fails when they differ (the committed output is stale).
"""
import argparse
from collections import Counter
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import emit_csharp  # noqa: E402
import emit_dialect  # noqa: E402
import emit_native  # noqa: E402
from csharp_names import hand_written_members  # noqa: E402
from model import classify_all  # noqa: E402

NATIVE_PARTS = 8


def outputs(ops, root):
    files = {"native/include/torchinterop_ops.h": emit_native.header(ops)}
    for i, text in enumerate(emit_native.sources(ops, NATIVE_PARTS)):
        files[f"native/src/generated/ops_{i}.cpp"] = text
    files["src/TorchInterop/Native/NativeMethods.Ops.g.cs"] = emit_csharp.pinvoke_file(ops)
    core = os.path.join(root, "src", "TorchInterop")
    tensor, torch, public_skips = emit_csharp.public_members(
        ops, hand_written_members(os.path.join(core, "Tensor*.cs")), hand_written_members(os.path.join(core, "Torch*.cs")))
    files["src/TorchInterop/Generated/Tensor.Ops.g.cs"] = emit_csharp.class_file("public sealed partial class Tensor", tensor)
    files["src/TorchInterop/Generated/Torch.Ops.g.cs"] = emit_csharp.class_file("public static partial class Torch", torch, qualify=True)
    names_of = {op.schema_name: op.base_name + ("_" if op.is_inplace else "") for op in ops}
    dialect = os.path.join(root, "src", "TorchInterop.Python")
    # torch.optim.cs, torch.nn.functional.cs: Python submodules, whose names are neither torch's nor the tensor's
    dialect_names = hand_written_members(os.path.join(dialect, "*.cs"), exclude=r"^torch(\.[a-z_]+)+\.cs$")
    files["src/TorchInterop.Python/Generated/TensorExtensions.Ops.g.cs"] = emit_dialect.tensor_extensions(tensor, names_of, dialect_names)
    files["src/TorchInterop.Python/Generated/torch.Ops.g.cs"] = emit_dialect.torch_functions(torch, names_of, dialect_names)
    return files, len(tensor), len(torch), public_skips


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args()

    ops, skipped = classify_all()
    ops.sort(key=lambda op: op.c_name)
    files, tensor_count, torch_count, public_skips = outputs(ops, options.out)
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

    print(f"generated {len(ops)} of {len(ops) + sum(skipped.values())} schemas; skipped {sum(skipped.values())}:")
    for reason, count in sorted(skipped.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:4d}  {reason}")
    print(f"public API: {tensor_count} Tensor methods, {torch_count} Torch functions; variants without a member:")
    for reason, count in Counter(r if not r.startswith("same C# signature") else "same C# signature as another overload"
                                 for r in public_skips.values()).most_common():
        print(f"  {count:4d}  {reason}")
    if stale:
        print("stale generated files (run the Generate target): " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
