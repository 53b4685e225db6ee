"""The one table of schema types: how each type of native_functions.yaml crosses the C ABI and what .NET sees.

Each entry says, for one schema type:
  c       the C parameters it becomes (type, name suffix); '{n}' is the argument's name
  cpp     the C++ expression that rebuilds the ATen value from those parameters
  pinvoke the matching P/Invoke parameters
  cs      the public C# parameter type
  marshal how the public C# value becomes the P/Invoke arguments (a key of MARSHALLERS in csharp.py)
Optional values travel as pointers (null is None) except enums, where -1 is None.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class ArgType:
    c: tuple          # ((c_type, suffix), ...)
    cpp: str          # C++ expression, {n} = argument name
    pinvoke: tuple    # ((cs_type, suffix), ...)
    cs: str           # public C# type
    marshal: str      # marshaller name


T = ArgType
ARG_TYPES = {
    "Tensor": T((("ti_tensor", ""),), "*Borrowed({n})", (("Tensor", ""),), "Tensor", "tensor"),
    "Tensor?": T((("ti_tensor", ""),), "ti::optional_tensor({n})", (("IntPtr", ""),), "Tensor?", "optional_tensor"),
    "Tensor[]": T((("const ti_tensor*", ""), ("int32_t", "_len")), "ti::tensor_vector({n}, {n}_len)",
                  (("IntPtr*", ""), ("int", "_len")), "IReadOnlyList<Tensor>", "tensor_list"),
    "Tensor?[]": T((("const ti_tensor*", ""), ("int32_t", "_len")), "ti::optional_tensor_list({n}, {n}_len)",
                   (("IntPtr*", ""), ("int", "_len")), "IReadOnlyList<Tensor?>", "optional_tensor_list"),
    "Scalar": T((("ti_scalar", ""),), "ti::to_scalar({n})", (("Scalar", ""),), "Scalar", "value"),
    "Scalar?": T((("const ti_scalar*", ""),), "ti::optional_scalar({n})", (("Scalar*", ""),), "Scalar?", "optional_value"),
    "int": T((("int64_t", ""),), "{n}", (("long", ""),), "long", "value"),
    "SymInt": T((("int64_t", ""),), "{n}", (("long", ""),), "long", "value"),
    "int?": T((("const int64_t*", ""),), "ti::optional_value({n})", (("long*", ""),), "long?", "optional_value"),
    "SymInt?": T((("const int64_t*", ""),), "ti::optional_value({n})", (("long*", ""),), "long?", "optional_value"),
    "int[]": T((("const int64_t*", ""), ("int32_t", "_len")), "ti::dims({n}, {n}_len)",
               (("long*", ""), ("int", "_len")), "long[]", "array"),
    "SymInt[]": T((("const int64_t*", ""), ("int32_t", "_len")), "ti::dims({n}, {n}_len)",
                  (("long*", ""), ("int", "_len")), "long[]", "array"),
    "int[]?": T((("const int64_t*", ""), ("int32_t", "_len")), "ti::optional_dims({n}, {n}_len)",
                (("long*", ""), ("int", "_len")), "long[]?", "optional_array"),
    "SymInt[]?": T((("const int64_t*", ""), ("int32_t", "_len")), "ti::optional_dims({n}, {n}_len)",
                   (("long*", ""), ("int", "_len")), "long[]?", "optional_array"),
    "float": T((("double", ""),), "{n}", (("double", ""),), "double", "value"),
    "float?": T((("const double*", ""),), "ti::optional_value({n})", (("double*", ""),), "double?", "optional_value"),
    "float[]?": T((("const double*", ""), ("int32_t", "_len")), "ti::optional_doubles({n}, {n}_len)",
                  (("double*", ""), ("int", "_len")), "double[]?", "optional_array"),
    "bool": T((("int32_t", ""),), "({n} != 0)", (("int", ""),), "bool", "bool"),
    "bool?": T((("const int32_t*", ""),), "ti::optional_bool({n})", (("int*", ""),), "bool?", "optional_bool"),
    "ScalarType": T((("int32_t", ""),), "ti::scalar_type({n})", (("int", ""),), "DType", "enum"),
    "ScalarType?": T((("int32_t", ""),), "ti::optional_scalar_type({n})", (("int", ""),), "DType?", "optional_enum"),
    "Layout?": T((("int32_t", ""),), "ti::optional_layout({n})", (("int", ""),), "Layout?", "optional_enum"),
    "MemoryFormat?": T((("int32_t", ""),), "ti::optional_memory_format({n})", (("int", ""),), "MemoryFormat?", "optional_enum"),
    "Device?": T((("int32_t", ""), ("int32_t", "_index")), "ti::optional_device({n}, {n}_index)",
                 (("int", ""), ("int", "_index")), "Device?", "optional_device"),
    "str": T((("const char*", ""),), "c10::string_view({n})", (("string", ""),), "string", "string"),
    "str?": T((("const char*", ""),), "ti::optional_string({n})", (("string?", ""),), "string?", "string"),
}

# bool[N] arrives as N int32 flags.
def bool_array(n):
    return T((("const int32_t*", ""),), f"ti::bool_array<{n}>({{n}})", (("int*", ""),), "bool[]", f"bool_array")

# A Generator? argument is always None: the calling thread's default generator (ti::thread_generator), the one
# torch.manual_seed seeds.
NULL_GENERATOR = "Generator?"

# Return types: how each comes back through the C ABI.
RETURN_KINDS = {
    "Tensor": "tensor",
    "Tensor[]": "tensor_list",
    "bool": "bool",
    "int": "int",
    "SymInt": "int",
    "float": "float",
    "Scalar": "scalar",
    "ScalarType": "dtype",
}


def arg_type(schema_type: str):
    """The table entry for a schema type (as torchgen prints it), or None when the type cannot cross."""
    if schema_type in ARG_TYPES:
        return ARG_TYPES[schema_type]
    if schema_type.startswith("bool[") and schema_type.endswith("]") and schema_type[5:-1].isdigit():
        return bool_array(int(schema_type[5:-1]))
    # int[N] and SymInt[N] are int[] with a fixed length (Python also accepts one int, repeated).
    for base in ("int", "SymInt"):
        if schema_type.startswith(base + "[") and schema_type[len(base) + 1:].rstrip("]?").isdigit():
            return ARG_TYPES[base + ("[]?" if schema_type.endswith("?") else "[]")]
    return None
