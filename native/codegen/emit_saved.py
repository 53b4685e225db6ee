"""Saved values of LibTorch's autograd nodes (Python's grad_fn._saved_<name>), read from the generated Functions.h.

    python3 native/codegen/emit_saved.py [--out ROOT] [--check] --functions-h PATH --libtorch-version X.Y

generate.py calls it for the LibTorch it generates for (Functions.h beside the installed headers); run it directly to
generate another version's files from its header. It writes, under ROOT (the repository by default):
    native/src/generated/libtorch-X.Y/saved_accessors.cpp        one reader per node struct, found by typeid
    src/TorchInterop.Python/Generated/libtorch-X.Y/GradFnExtensions.Saved.g.cs   one property per Python name
Plain python3: it parses the header's text and imports no torch.

PyTorch's tools/autograd/gen_autograd_functions.py declares each struct's members and, from the same types, the
Python getters; TYPES below mirrors its mapping (the member's C++ type gives the getter and the Python value), and a
member whose type has no getter there (TypeAndSize, ScalarType, TensorOptions, TensorGeometry, Layout, nested lists,
list sizes) has none here.
"""
import argparse
import os
import re
import sys
from dataclasses import dataclass

VERSION_PLACEHOLDER = "@LIBTORCH_VERSION@"

# C++ member type (as Functions.h spells it, spaces and a leading :: removed, std::optional written c10::optional) ->
# (the Writer call that reads it, the Python value's kind, whether it may be None).
TYPES = {
    "SavedVariable": ("tensor", "tensor", True),
    "std::vector<SavedVariable>": ("tensors", "tensors", False),
    "int64_t": ("integer", "int", False),
    "c10::SymInt": ("integer", "int", False),
    "c10::optional<int64_t>": ("optional_integer", "int", True),
    "c10::optional<c10::SymInt>": ("optional_integer", "int", True),
    "std::vector<int64_t>": ("integers", "ints", False),
    "std::vector<c10::SymInt>": ("integers", "ints", False),
    "c10::OptionalArray<int64_t>": ("optional_integers", "ints", True),
    "c10::OptionalArray<c10::SymInt>": ("optional_integers", "ints", True),
    "double": ("floating", "float", False),
    "c10::optional<double>": ("optional_floating", "float", True),
    "c10::OptionalArray<double>": ("optional_floatings", "floats", True),
    "bool": ("boolean", "bool", False),
    "std::string": ("text", "str", False),
    "c10::optional<std::string>": ("optional_text", "str", True),
    "at::Scalar": ("number", "number", False),
    "c10::optional<at::Scalar>": ("optional_number", "number", True),
    "std::vector<at::Scalar>": ("numbers", "numbers", False),
}

# The dialect's C# type of a Python name whose nodes all store one kind of value (nullable where one of them may
# hold None); a name whose nodes differ is object?. Python's int getters convert with PyLong_FromUnsignedLong, so a
# negative int reads as its unsigned 64-bit value there (dim=-1 is 18446744073709551615): ulong keeps that.
CSHARP_TYPES = {
    "tensor": "Tensor", "tensors": "PyTuple<Tensor?>", "int": "ulong", "ints": "PyTuple<ulong>", "float": "double",
    "floats": "PyTuple<double>", "bool": "bool", "str": "string", "number": "object", "numbers": "PyTuple<object>",
}

STRUCT = re.compile(r"^struct (?:TORCH_API )?(\w+) : public (?:TraceableFunction|Node) \{$")
MEMBER = re.compile(r"^  ((?:::)?[\w:]+(?:<[\w:<>, ]+>)?) (\w+)(?: = [^;]*)?;$")


@dataclass(frozen=True)
class Saved:
    python: str   # the name after _saved_
    member: str   # the C++ member
    cpp_type: str
    writer: str
    kind: str
    nullable: bool


def normalize(cpp_type):
    text = cpp_type.replace(" ", "").lstrip(":").replace("::std::", "std::").replace("<::", "<")
    return text.replace("std::optional<", "c10::optional<")


def foreach_nodes_with_getters(derivatives_text):
    """The _foreach_ nodes Python has classes for: those derivatives.yaml spells out, named as PyTorch's codegen names
    nodes (the op's CamelCase name, Backward, and a count per name in the file's order). The nodes LibTorch derives
    for the other _foreach_ ops get no Python class (2.x shows them as CppFunction, without getters)."""
    counts, names = {}, set()
    for op in re.findall(r"^- name: _(foreach_\w+)", derivatives_text, flags=re.M):
        camel = "".join(part[:1].upper() + part[1:] for part in op.split("_"))
        names.add(f"{camel}Backward{counts.get(camel, 0)}")
        counts[camel] = counts.get(camel, 0) + 1
    return names


def parse(header_text, bound_foreach=frozenset()):
    """{struct name: [Saved, ...]} for each node struct of Functions.h that Python binds, members in declaration order."""
    nodes = {}
    current = None
    for line in header_text.splitlines():
        start = STRUCT.match(line)
        if start:
            struct = start.group(1)
            current = None if struct.startswith("Foreach") and struct not in bound_foreach else nodes.setdefault(struct, [])
            continue
        if current is None:
            continue
        if line == "};":
            current = None
            continue
        member = MEMBER.match(line)
        if not member or member.group(1) in ("using", "return"):
            continue
        cpp_type, name = normalize(member.group(1)), member.group(2)
        if name == "retain_variables" or name.endswith("_released_") or cpp_type not in TYPES:
            continue
        writer, kind, nullable = TYPES[cpp_type]
        python = name[:-1] if writer in ("tensor", "tensors") else name
        current.append(Saved(python, name, cpp_type, writer, kind, nullable))
    return nodes


def reader(struct, members):
    lines = [f"bool read_{struct}(Node& base, const NodePtr& owner, std::string_view name, Writer& out) {{",
             f"  auto& node = static_cast<{struct}&>(base);"]
    for saved in members:
        if saved.writer == "tensor":
            call = f"out.tensor(node.{saved.member}, owner)"
        elif saved.writer == "tensors":
            call = f"out.tensors(node.{saved.member}, node.{saved.member}released_, owner)"
        else:
            call = f"out.{saved.writer}(node.{saved.member})"
        lines.append(f"  if (name == \"{saved.python}\") return {call}, true;")
    lines += ["  return false;", "}"]
    return "\n".join(lines)


NATIVE_PREAMBLE = """\
// Generated by native/codegen/emit_saved.py from Functions.h (LibTorch @LIBTORCH_VERSION@). Do not edit.
// One reader per node struct that has saved values with Python getters, and the table that finds it by typeid.
#include <torch/csrc/autograd/generated/Functions.h>

#include "saved_values.h"

namespace ti::saved {
namespace {

using namespace torch::autograd::generated;
using torch::autograd::Node;

"""

NATIVE_END = """
}  // namespace ti::saved
"""


def native_file(nodes):
    readers, entries = [], []
    for struct in sorted(name for name, members in nodes.items() if members):
        readers.append(reader(struct, nodes[struct]))
        names = " ".join(sorted(saved.python for saved in nodes[struct]))
        entries.append(f"      {{typeid({struct}), {{&read_{struct}, \"{names}\"}}}},")
    table = ["}  // namespace", "", "const std::unordered_map<std::type_index, Accessor>& accessors() {",
             "  static const std::unordered_map<std::type_index, Accessor> table{"]
    table += entries
    table += ["  };", "  return table;", "}"]
    return NATIVE_PREAMBLE + "\n\n".join(readers) + "\n\n" + "\n".join(table) + "\n" + NATIVE_END


DIALECT_PREAMBLE = """\
// Generated by native/codegen/emit_saved.py from Functions.h (LibTorch @LIBTORCH_VERSION@). Do not edit.
#nullable enable

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
/// <summary>
/// Python's <c>grad_fn._saved_&lt;name&gt;</c>: the values a LibTorch node saved for its backward, one property per
/// name any node has. A node without that name raises AttributeError as Python does.
/// </summary>
public static partial class GradFnSavedExtensions
{
    extension(GradFn node)
    {
"""

DIALECT_END = """    }
}
"""


def csharp_type(holders):
    """The property's C# type for the (struct, Saved) pairs that have one Python name."""
    kinds = {saved.kind for _, saved in holders}
    if len(kinds) > 1:
        return "object?"
    kind = kinds.pop()
    nullable = kind == "tensor" or any(saved.nullable for _, saved in holders)
    return CSHARP_TYPES[kind] + ("?" if nullable else "")


def dialect_file(nodes):
    by_name = {}
    for struct, members in nodes.items():
        for saved in members:
            by_name.setdefault(saved.python, []).append((struct, saved))
    lines = []
    for python in sorted(by_name):
        holders = sorted(by_name[python], key=lambda pair: pair[0])
        examples = ", ".join(struct for struct, _ in holders[:3]) + (" and others" if len(holders) > 3 else "")
        cs = csharp_type(holders)
        lines.append(f"        /// <summary><c>grad_fn._saved_{python}</c>, saved by {examples}.</summary>")
        lines.append(f"        public {cs} _saved_{python} => GradFnSaved.Get<{cs}>(node, \"{python}\");")
        lines.append("")
    return DIALECT_PREAMBLE + "\n".join(lines).rstrip("\n") + "\n" + DIALECT_END


def outputs(header_text, derivatives_text, version):
    if "struct TORCH_API Foreach" in header_text and not derivatives_text:
        sys.exit("Functions.h has _foreach_ nodes: give the derivatives.yaml of the same LibTorch (--derivatives-yaml)")
    nodes = parse(header_text, foreach_nodes_with_getters(derivatives_text))
    tag = f"libtorch-{version}"
    files = {
        f"native/src/generated/{tag}/saved_accessors.cpp": native_file(nodes),
        f"src/TorchInterop.Python/Generated/{tag}/GradFnExtensions.Saved.g.cs": dialect_file(nodes),
    }
    return {path: text.replace(VERSION_PLACEHOLDER, version) for path, text in files.items()}, nodes


def installed_functions_h():
    """Functions.h of the installed LibTorch (Debian's libtorch-dev puts it under /usr/include)."""
    return "/usr/include/torch/csrc/autograd/generated/Functions.h"


def derivatives_beside(functions_h):
    """derivatives.yaml of the torchgen installed in the same root as the header (python3-torch ships it in 2.x)."""
    root = functions_h.split("/include/torch/")[0]
    path = os.path.join(root, "lib", "python3", "dist-packages", "torchgen", "packaged", "autograd", "derivatives.yaml")
    return path if os.path.exists(path) else None


def read_inputs(functions_h, derivatives_yaml=None):
    """The header's text and the derivatives.yaml text ("" when there is none to read)."""
    derivatives_yaml = derivatives_yaml or derivatives_beside(functions_h)
    derivatives = open(derivatives_yaml, encoding="utf-8").read() if derivatives_yaml else ""
    return open(functions_h, encoding="utf-8").read(), derivatives


def write_or_check(files, root, check):
    """Writes the files under root, or (check) returns the paths whose committed text differs."""
    stale = []
    for path, text in files.items():
        full = os.path.join(root, path)
        if check:
            if not os.path.exists(full) or open(full, encoding="utf-8").read() != text:
                stale.append(path)
            continue
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return stale


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--functions-h", default=installed_functions_h())
    parser.add_argument("--derivatives-yaml", help="the same LibTorch's derivatives.yaml (default: its torchgen's)")
    parser.add_argument("--libtorch-version", required=True, help="major.minor of the LibTorch the header belongs to")
    options = parser.parse_args()
    files, nodes = outputs(*read_inputs(options.functions_h, options.derivatives_yaml), options.libtorch_version)
    stale = write_or_check(files, options.out, options.check)
    print(f"saved values of LibTorch {options.libtorch_version}: {sum(map(len, nodes.values()))} in "
          f"{sum(1 for m in nodes.values() if m)} of {len(nodes)} node structs")
    if stale:
        print("stale generated files (run the Generate target): " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
