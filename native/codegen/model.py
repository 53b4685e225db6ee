"""Reads native_functions.yaml with torchgen and decides, for every schema, whether and how it is generated."""
import os
from collections import Counter
from dataclasses import dataclass, field

import torchgen
from torchgen.api import cpp
from torchgen.gen import parse_native_yaml
from torchgen.model import NativeFunction, Variant

from schema_types import NULL_GENERATOR, RETURN_KINDS, arg_type

# The schema of the LibTorch that the build compiles against: the copy packaged with the matching Python torch's
# torchgen, unless generate.py is given another native_functions.yaml (an official LibTorch distribution's).
PACKAGED_YAML = os.path.join(os.path.dirname(torchgen.__file__), "packaged", "ATen", "native", "native_functions.yaml")

# Schemas that compile against the headers but are not real entry points of LibTorch's C++ API, with the reason.
EXCLUDED = {}

C_KEYWORDS = {"default", "char", "int", "float", "double", "long", "short", "signed", "unsigned", "auto", "register",
              "return", "struct", "union", "enum", "const", "volatile", "static", "extern", "operator", "new", "delete",
              "template", "this", "bool", "true", "false", "inline", "class", "friend", "private", "public"}


@dataclass
class Arg:
    name: str            # as in the schema
    schema_type: str     # e.g. "int[]?"
    default: str | None  # the schema's default, as text
    kind: object         # schema_types.ArgType, or None for the always-null generator
    is_out: bool = False
    is_self: bool = False
    is_write: bool = False  # mutated in place: C++ takes it as a non-const reference

    @property
    def c_name(self):
        return self.name + "_" if self.name in C_KEYWORDS else self.name


@dataclass
class Op:
    f: NativeFunction
    schema_name: str        # "add.Tensor"
    c_name: str             # "tig_add_Tensor"
    cpp_name: str           # "add", "add_outf"
    call_as_method: bool    # no at:: function: called as self.name(...)
    args: list
    return_kind: str        # "none", "tensor", "tensors", "alias", "tensor_list", or a value kind
    return_count: int = 1
    return_names: list = field(default_factory=list)
    alias_of: list = field(default_factory=list)  # for "alias": the argument each return is

    @property
    def base_name(self):
        return self.f.func.name.name.base

    @property
    def is_inplace(self):
        return self.f.func.name.name.inplace

    @property
    def is_out(self):
        return self.f.func.is_out_fn()

    @property
    def has_function(self):
        return Variant.function in self.f.variants

    @property
    def has_method(self):
        return Variant.method in self.f.variants and any(a.is_self for a in self.args)


def load_functions(yaml_path):
    parsed = parse_native_yaml(yaml_path, os.path.join(os.path.dirname(yaml_path), "tags.yaml"))
    return parsed.native_functions


def classify(f: NativeFunction):
    """An Op, or the reason the schema is skipped."""
    schema_name = str(f.func.name)
    if schema_name in EXCLUDED:
        return EXCLUDED[schema_name]
    if str(f.func.name.name.base) in EXCLUDED:
        return EXCLUDED[str(f.func.name.name.base)]

    if f.func.name.name.functional_overload:
        return "functionalization's variant of an in-place op (normal_functional: not a name of Python's torch)"
    if f.manual_cpp_binding and Variant.method not in f.variants and str(f.func.name.name.base).startswith("sym_"):
        return "SymInt accessor (a TensorBase method in C++; size, stride, numel cover it)"

    self_arg = f.func.arguments.self_arg
    args = []
    for a in f.func.arguments.flat_all:
        t = str(a.type)
        if t == NULL_GENERATOR:
            args.append(Arg(a.name, t, a.default, None))
            continue
        kind = arg_type(t)
        if kind is None:
            return f"argument type {t}"
        args.append(Arg(a.name, t, a.default, kind, is_self=self_arg is not None and a is self_arg.argument,
                        is_write=a.annotation is not None and a.annotation.is_write))
    for a in f.func.arguments.out:
        for arg in args:
            if arg.name == a.name:
                arg.is_out = True

    returns = f.func.returns
    return_types = [str(r.type) for r in returns]
    op = Op(f, schema_name, "tig_" + schema_name.replace(".", "_"), cpp.name(f.func, faithful_name_for_out_overloads=True),
            Variant.function not in f.variants, args, "none")
    if op.call_as_method and self_arg is None:
        return "a method without self"
    if not returns:
        return op
    writes = [r.annotation is not None and r.annotation.is_write for r in returns]
    if all(writes):
        op.return_kind = "alias"
        op.return_count = len(returns)
        for r in returns:
            target = [a for a in f.func.arguments.flat_all if a.annotation is not None and a.annotation.alias_set == r.annotation.alias_set]
            if len(target) != 1:
                return "returns an input it cannot name"
            op.alias_of.append(target[0].name)
        if any(str(r.type) != "Tensor" for r in returns):
            return "returns mutated tensor lists"
        return op
    if any(writes):
        return "returns some inputs and some new values"
    if all(t == "Tensor" for t in return_types):
        op.return_kind = "tensor" if len(returns) == 1 else "tensors"
        op.return_count = len(returns)
        op.return_names = [r.name for r in returns]
        return op
    if len(returns) == 1 and return_types[0] in RETURN_KINDS:
        op.return_kind = RETURN_KINDS[return_types[0]]
        return op
    return "returns " + ", ".join(return_types)


def classify_all(yaml_path=PACKAGED_YAML):
    ops, skipped = [], Counter()
    for f in load_functions(yaml_path):
        result = classify(f)
        if isinstance(result, Op):
            ops.append(result)
        else:
            skipped[result] += 1
    return ops, skipped
