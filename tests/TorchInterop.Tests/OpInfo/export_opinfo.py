#!/usr/bin/python3
"""Exports PyTorch's OpInfo samples (CPU; float32, float64, complex64) with results and gradients for the C# replay.

Usage: /usr/bin/python3 export_opinfo.py OUTPUT_PATH [--limit-ops N] [--samples K]
See README.md in this folder for the file format.
"""
import argparse
import itertools
import os
import pickletools
import random
import sys
import time
import traceback
import warnings
import zipfile

# Some sample generators iterate over sets of strings, whose order depends on the string hash seed.
if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:])

# op_db imports expecttest, which Debian does not package; a stub stands in for it.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "python_stubs"))

import numpy  # noqa: E402
import torch  # noqa: E402
from torch.testing._internal.common_methods_invocations import op_db  # noqa: E402

# Ops left out on purpose, keyed by (name, variant_test_name). No op is slow: the whole export takes seconds.
CUDA_ONLY = "jiterator ops run only on CUDA"
EXCLUDED_OPS = {
    ("jiterator_unary", ""): CUDA_ONLY,
    ("jiterator_binary", ""): CUDA_ONLY,
    ("jiterator_4inputs_with_extra_args", ""): CUDA_ONLY,
    ("jiterator_binary_return_by_ref", ""): CUDA_ONLY,
    ("jiterator_2inputs_2outputs", ""): CUDA_ONLY,
}

ERROR_SAMPLES_PER_OP = 2

# The dtypes replayed, each where the op's OpInfo lists it among its CPU dtypes.
SWEPT_DTYPES = (torch.float32, torch.float64, torch.complex64)

# Samples per (op, dtype) at most, evenly spaced through sample_inputs' order (its first and last included), so that
# the shapes and options a generator walks through late are replayed too. op_db's generators are deterministic after
# seed_generators(), so the same samples are chosen every run. The cap keeps the C# replay within its time budget:
# a few ops have hundreds of samples (max_pool2d 2,880 over the three dtypes) that repeat one kernel.
DEFAULT_SAMPLES_PER_DTYPE = 12

# Seeded before every op call so random ops (dropout, bernoulli, ...) can be replayed; OpInfoReplay.cs uses the same.
CALL_SEED = 1234

# The tensor storages the C# loader (src/TorchInterop/Serialization/StorageTypes.cs) knows.
LOADABLE_DTYPES = {
    torch.float64, torch.float32, torch.float16, torch.bfloat16,
    torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool,
    torch.complex128, torch.complex64,
}
LOADABLE_GLOBALS = {"collections OrderedDict", "torch._utils _rebuild_tensor_v2"} | {
    f"torch {name}Storage" for name in (
        "Double", "Float", "Half", "BFloat16", "Long", "Int", "Short", "Char", "Byte", "Bool",
        "ComplexDouble", "ComplexFloat")
}


class Unsupported(Exception):
    """A sample holds a value the file format cannot carry."""


# ---------------------------------------------------------------- values


def is_loadable_tensor(value):
    # Subclasses, sparse and quantized tensors pickle through rebuild functions the C# loader refuses.
    return (type(value) is torch.Tensor and value.layout == torch.strided
            and not value.is_quantized and value.dtype in LOADABLE_DTYPES)


def tensor_copy(tensor):
    if not is_loadable_tensor(tensor):
        raise Unsupported(f"argument of type {describe_tensor(tensor)}")
    if tensor.requires_grad and tensor.is_leaf and tensor._base is not None:
        # a view made without grad mode (istft's window[:8]): autograd sends its gradient to the base's accumulator, so
        # PyTorch reports None for it; the file carries it as a plain leaf, which would get a gradient
        raise Unsupported("argument that is a leaf view requiring grad (its gradient goes to its base)")
    # A copy of the whole storage with the same view onto it: strides, offsets and overlaps (expanded tensors)
    # survive, which some error samples are about, and the op's in-place changes do not reach the copy.
    # LibTorch 1.13's torch.save drops the conjugate and negative bits (the storage holds the unresolved values), so
    # such a tensor (mm's complex sample multiplies by a .conj() view) is saved resolved, with the values the op saw.
    tensor = resolve_bits(tensor)
    storage = tensor.detach().storage().clone()
    copy = torch.empty(0, dtype=tensor.dtype).set_(storage, tensor.storage_offset(), tensor.size(), tensor.stride())
    return copy.requires_grad_(tensor.requires_grad)


def resolve_bits(tensor):
    if tensor.is_conj() or tensor.is_neg():
        return tensor.detach().resolve_conj().resolve_neg().requires_grad_(tensor.requires_grad)
    return tensor


def describe_tensor(tensor):
    return f"{type(tensor).__name__}({tensor.layout}, {tensor.dtype})"


def strip_torch_prefix(value):
    return str(value).replace("torch.", "", 1)


def export_value(value, copies):
    """A call argument in the file's vocabulary; `copies` maps id(tensor) to its copy so aliasing survives."""
    if isinstance(value, torch.Tensor):
        if id(value) not in copies:
            copies[id(value)] = tensor_copy(value)
        return copies[id(value)]
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        # A subclass such as numpy.str_ (linalg.eigh's "L") would pickle as its own class.
        return plain_scalar(value)
    if isinstance(value, torch.Size):
        return [int(size) for size in value]
    if isinstance(value, (list, tuple)):
        return [export_value(item, copies) for item in value]
    if isinstance(value, torch.dtype):
        return {"__dtype__": strip_torch_prefix(value)}
    if isinstance(value, torch.device):
        return {"__device__": str(value)}
    if isinstance(value, torch.memory_format):
        return {"__memory_format__": strip_torch_prefix(value)}
    if isinstance(value, torch.layout):
        return {"__layout__": strip_torch_prefix(value)}
    raise Unsupported(f"argument of type {type(value).__name__}")


def plain_scalar(value):
    for base in (str, int, float):
        if isinstance(value, base):
            return base(value)


def export_call(sample):
    """The sample's (input, args, kwargs) as file values, sharing one copy per distinct tensor."""
    copies = {}
    return (export_value(sample.input, copies),
            [export_value(arg, copies) for arg in sample.args],
            {str(key): export_value(value, copies) for key, value in sample.kwargs.items()})


def describe_exception(error):
    return f"{type(error).__name__}: {error}"


# ---------------------------------------------------------------- outputs and gradients


def flatten_result(result):
    """(output_kind, list of outputs) for what the op returned: tensors (of any layout and dtype), torch.Size as a
    "size", nested tuples and lists of tensors depth first (histogramdd's (hist, bin_edges)), numbers."""
    if isinstance(result, torch.Size):
        return "size", [torch.tensor(list(result), dtype=torch.int64)]
    if isinstance(result, torch.Tensor):
        return ("tensor", [result]) if comparable_tensor(result) else ("other", [])
    if isinstance(result, (tuple, list)):
        flat = []
        if flatten_tensors(result, flat):
            return "sequence", flat
        return "other", []
    if type(result) is bool:
        return "number", [torch.tensor(result)]
    if type(result) is int:
        return "number", [torch.tensor(result, dtype=torch.int64)]
    if type(result) is float:
        # float64 keeps the Python double exactly.
        return "number", [torch.tensor(result, dtype=torch.float64)]
    if type(result) is complex:
        return "number", [torch.tensor(result, dtype=torch.complex128)]
    return "other", []


def flatten_tensors(value, into):
    """Appends the tensors of nested tuples and lists depth first; False when something else is inside."""
    for item in value:
        if isinstance(item, torch.Tensor) and comparable_tensor(item):
            into.append(item)
        elif isinstance(item, (tuple, list)) and not isinstance(item, torch.Size):
            if not flatten_tensors(item, into):
                return False
        else:
            return False
    return True


# Output dtypes the C# loader cannot read, saved as a loadable dtype that keeps every value: the replay converts its
# own output the same way (OpInfoReplay.Comparable) and compares the dtype's name separately.
SAVED_AS = {torch.complex32: torch.complex64}
for _name in ("uint16", "uint32", "uint64"):
    if hasattr(torch, _name):
        SAVED_AS[getattr(torch, _name)] = torch.int64


def comparable_tensor(tensor):
    """Strided tensors of a loadable dtype, and those that saved_output can turn into one (sparse, complex32, uint64)."""
    return (type(tensor) is torch.Tensor and not tensor.is_quantized
            and tensor.layout in (torch.strided, torch.sparse_coo, torch.sparse_csr, torch.sparse_csc, torch.sparse_bsr, torch.sparse_bsc)
            and (tensor.dtype in LOADABLE_DTYPES or tensor.dtype in SAVED_AS))


def saved_output(tensor):
    """A loadable copy of an output: sparse layouts as their dense values, complex32 as complex64, unsigned integers of
    more than 8 bits as int64 (uint64 wraps around, as C++'s conversion does)."""
    tensor = plain_copy(tensor)
    return tensor.to(SAVED_AS[tensor.dtype]) if tensor.dtype in SAVED_AS else tensor


def is_differentiable(output):
    # gradients through sparse or complex32 outputs are not compared: their cotangents would be of a layout or dtype
    # the file cannot carry
    return (isinstance(output, torch.Tensor) and output.requires_grad and is_loadable_tensor(output)
            and (output.is_floating_point() or output.is_complex()))


def find_grad_inputs(value, found):
    """Appends each tensor requiring grad in `value`, depth first in order (a repeated tensor comes again)."""
    if isinstance(value, torch.Tensor):
        if value.requires_grad:
            found.append(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            find_grad_inputs(item, found)
    return found


def grad_inputs_of(sample):
    found = find_grad_inputs(sample.input, [])
    find_grad_inputs(list(sample.args), found)
    find_grad_inputs([sample.kwargs[key] for key in sorted(sample.kwargs)], found)
    return found


def make_cotangents(outputs):
    torch.manual_seed(1)
    return [torch.randn_like(output) if is_differentiable(output) else None for output in outputs]


def compute_grads(outputs, grad_inputs, cotangents):
    """Detached copies of the first-order grads (None where unused); export_moduleinfo.py uses this."""
    return [None if grad is None else plain_copy(grad) for grad in first_order_grads(outputs, grad_inputs, cotangents, False)]


def first_order_grads(outputs, grad_inputs, cotangents, create_graph):
    """The first-order grads (None where unused), with their graph when second order follows."""
    differentiable = [output for output in outputs if is_differentiable(output)]
    if not grad_inputs or not differentiable:
        return []
    return list(torch.autograd.grad(differentiable, grad_inputs, [c for c in cotangents if c is not None],
                                    allow_unused=True, create_graph=create_graph))


def make_second_cotangents(grads):
    torch.manual_seed(2)
    return [torch.randn_like(grad) if is_differentiable(grad) else None for grad in grads]


def compute_gradgrads(grads, grad_inputs):
    """(second cotangents, second-order grads) from first-order grads computed with create_graph=True.

    The cotangents of the first-order grads are drawn like the first ones, with torch.manual_seed(2); the second
    order is torch.autograd.grad(differentiable first-order grads, grad_inputs, second cotangents, allow_unused=True).
    """
    second_cotangents = make_second_cotangents(grads)
    differentiable_grads = [grad for grad in grads if is_differentiable(grad)]
    if not differentiable_grads:
        return second_cotangents, []
    gradgrads = torch.autograd.grad(differentiable_grads, grad_inputs, [c for c in second_cotangents if c is not None],
                                    allow_unused=True)
    return second_cotangents, [None if grad is None else plain_copy(grad) for grad in gradgrads]


def plain_copy(tensor):
    if tensor.layout != torch.strided:
        tensor = tensor.to_dense()
    return resolve_bits(tensor.detach()).clone()


# ---------------------------------------------------------------- records


def unsupported_sample(reason, dtype):
    return {"dtype": strip_torch_prefix(dtype), "input": None, "args": None, "kwargs": None, "unsupported": reason, "error": None,
            "outputs": None, "output_kind": None, "grad_fn": None, "grad_input_count": 0,
            "cotangents": None, "grads": None}


def call_op(op, sample):
    torch.manual_seed(CALL_SEED)
    return op(sample.input, *sample.args, **sample.kwargs)


def sample_record(op, sample, dtype):
    try:
        exported_input, exported_args, exported_kwargs = export_call(sample)
    except Unsupported as reason:
        return unsupported_sample(str(reason), dtype)
    grad_inputs = grad_inputs_of(sample)
    record = {"dtype": strip_torch_prefix(dtype), "input": exported_input, "args": exported_args, "kwargs": exported_kwargs,
              "unsupported": None, "error": None, "outputs": None, "output_kind": None, "grad_fn": None,
              "grad_input_count": len(grad_inputs), "cotangents": None, "grads": None}
    try:
        result = call_op(op, sample)
    except Exception as error:
        record["error"] = describe_exception(error)
        return record
    kind, outputs = flatten_result(result)
    cotangents = make_cotangents(outputs)
    record.update({
        "outputs": [saved_output(output) for output in outputs],
        "output_kind": kind,
        "output_dtypes": [strip_torch_prefix(output.dtype) for output in outputs],
        "output_layouts": [strip_torch_prefix(output.layout) for output in outputs],
        "grad_fn": [type(output.grad_fn).__name__ if output.grad_fn is not None else None
                    for output in outputs],
        "cotangents": cotangents,
    })
    second_order = bool(op.supports_gradgrad)
    try:
        grads = first_order_grads(outputs, grad_inputs, cotangents, create_graph=second_order)
    except Exception as error:
        record["grad_error"] = describe_exception(error)
        return record
    record["grads"] = [None if grad is None else plain_copy(grad) for grad in grads]
    if second_order and grads:
        try:
            record["gradgrad_cotangents"], record["gradgrads"] = compute_gradgrads(grads, grad_inputs)
        except Exception as error:
            record["gradgrad_error"] = describe_exception(error)
    return record


def error_record(op, error_input):
    sample = error_input.sample_input
    record = {"input": None, "args": None, "kwargs": None, "unsupported": None,
              "error_type": error_input.error_type.__name__, "message": None, "raised_in_python": False}
    try:
        record["input"], record["args"], record["kwargs"] = export_call(sample)
    except Unsupported as reason:
        record["unsupported"] = str(reason)
    try:
        call_op(op, sample)
    except Exception as error:
        record["message"] = str(error)
        record["raised_in_python"] = raised_by_python_code(error)
    return record


def raised_by_python_code(error):
    """True when a `raise` in Python code (torch/nn/functional.py, ...) made the error, not LibTorch."""
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and (frames[-1].line or "").lstrip().startswith("raise")


def exclusion_reason(op):
    if (op.name, op.variant_test_name) in EXCLUDED_OPS:
        return EXCLUDED_OPS[(op.name, op.variant_test_name)]
    if not swept_dtypes(op):
        return "none of float32, float64, complex64 is supported on CPU"
    return None


def swept_dtypes(op):
    supported = op.supported_dtypes("cpu")
    return [dtype for dtype in SWEPT_DTYPES if dtype in supported]


def seed_generators():
    torch.manual_seed(0)
    # Some sample generators draw kwargs with Python's or numpy's random (reduction, "L"/"U", ...).
    random.seed(0)
    numpy.random.seed(0)


def chosen_samples(op, dtype, count):
    seed_generators()
    samples = list(op.sample_inputs("cpu", dtype, requires_grad=op.supports_autograd))
    if count is None or len(samples) <= count:
        return samples
    if count == 1:
        return samples[:1]
    return [samples[round(i * (len(samples) - 1) / (count - 1))] for i in range(count)]


def first_error_inputs(op):
    seed_generators()
    try:
        return list(itertools.islice(op.error_inputs("cpu"), ERROR_SAMPLES_PER_OP))
    except Exception:  # ops without error inputs raise NotImplementedError, TypeError, ...
        return []


# OpInfo wraps some random ops in wrapper_set_seed, which seeds LibTorch with 42 inside the call; the C# side
# must seed with what the op really ran with.
WRAPPED_SEED = 42


def op_seed(op):
    code = getattr(op.op, "__code__", None)  # the names a lambda's body refers to
    return WRAPPED_SEED if code is not None and "wrapper_set_seed" in code.co_names else CALL_SEED


def python_function(op):
    """The op's name when OpInfo calls the torch function of that name itself (torch.nn.functional.max_pool2d), so
    the replay may call the dialect's function of that name; None when op.op is a lambda or another function, which
    may reorder the arguments (nn.functional.embedding's op is lambda weight, idx: F.embedding(idx, weight))."""
    target = torch
    for part in op.name.split("."):
        target = getattr(target, part, None) if target is not None else None
    if target is not None and target is op.op:
        return op.name
    # wrapper_set_seed(F.dropout, input, *args, **kwargs) keeps the arguments in order
    code = getattr(op.op, "__code__", None)
    passes_through = code is not None and code.co_argcount == 1 and code.co_flags & 0x0C == 0x0C
    if target is not None and passes_through and "wrapper_set_seed" in code.co_names and op.name.split(".")[-1] in code.co_names:
        return op.name
    # a method-only op written lambda x, *args, **kwargs: x.sum_to_size(*args, **kwargs) keeps them in order too: the
    # replay calls the dialect's Tensor extension of that name
    if passes_through and code.co_names == (op.name,) and op.method_variant is not None:
        return op.name
    return None


def op_record(op, sample_count):
    record = {"name": op.name, "variant": op.variant_test_name, "aten_name": op.aten_name, "seed": op_seed(op),
              "python_function": python_function(op),
              "supports_autograd": bool(op.supports_autograd), "excluded": exclusion_reason(op),
              "samples": [], "error_samples": []}
    if record["excluded"] is not None:
        return record
    for dtype in swept_dtypes(op):
        try:
            samples = chosen_samples(op, dtype, sample_count)
        except Exception as error:
            if dtype == torch.float32 or not record["samples"]:
                record["excluded"] = f"sample generation failed ({dtype}): {describe_exception(error)}"
                record["samples"] = []
                return record
            continue
        record["samples"].extend(safe_sample_record(op, sample, dtype) for sample in samples)
    record["error_samples"] = [safe_error_record(op, error_input) for error_input in first_error_inputs(op)]
    return record


def safe_sample_record(op, sample, dtype):
    try:
        return sample_record(op, sample, dtype)
    except Exception as error:  # a bug in this script for one sample must not lose the rest
        return unsupported_sample(f"export failed: {describe_exception(error)}", dtype)


def safe_error_record(op, error_input):
    try:
        return error_record(op, error_input)
    except Exception as error:
        return {"input": None, "args": None, "kwargs": None,
                "unsupported": f"export failed: {describe_exception(error)}",
                "error_type": "", "message": None}


def safe_op_record(op, sample_count):
    try:
        return op_record(op, sample_count)
    except Exception as error:
        return {"name": op.name, "variant": op.variant_test_name, "aten_name": str(op.aten_name),
                "supports_autograd": bool(op.supports_autograd),
                "excluded": f"export failed: {describe_exception(error)}", "samples": [], "error_samples": []}


# ---------------------------------------------------------------- verification


ALLOWED_TYPES = (dict, list, tuple, str, int, float, bool, type(None), torch.Tensor)


def check_value(value, path):
    if type(value) not in ALLOWED_TYPES:
        raise TypeError(f"{path}: a {type(value).__module__}.{type(value).__qualname__} is not loadable")
    if type(value) is dict:
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError(f"{path}: dict key {key!r} is not a str")
            check_value(item, f"{path}[{key!r}]")
    elif type(value) in (list, tuple):
        for index, item in enumerate(value):
            check_value(item, f"{path}[{index}]")
    elif type(value) is torch.Tensor and not is_loadable_tensor(value):
        raise TypeError(f"{path}: {describe_tensor(value)} is not loadable")


def pickle_globals(path):
    """The classes and functions data.pkl names (torch.save writes pickle protocol 2: GLOBAL opcodes)."""
    with zipfile.ZipFile(path) as archive:
        pickle_name = next(name for name in archive.namelist() if name.endswith("/data.pkl"))
        data = archive.read(pickle_name)
    names = set()
    for opcode, argument, _ in pickletools.genops(data):
        if opcode.name == "STACK_GLOBAL":
            raise TypeError("data.pkl uses STACK_GLOBAL; this check only reads GLOBAL")
        if opcode.name in ("GLOBAL", "INST"):
            names.add(argument)
    return names


def verify(path):
    check_value(torch.load(path), "file")
    unexpected = pickle_globals(path) - LOADABLE_GLOBALS
    if unexpected:
        raise TypeError(f"data.pkl names globals the C# loader refuses: {sorted(unexpected)}")


# ---------------------------------------------------------------- main


def summarize(records, seconds):
    samples = [sample for record in records for sample in record["samples"]]
    unsupported = sum(sample["unsupported"] is not None for sample in samples)
    errors = sum(sample["error"] is not None for sample in samples)
    grad_errors = sum("grad_error" in sample for sample in samples)
    gradgrads = sum(sample.get("gradgrads") is not None for sample in samples)
    excluded = sum(record["excluded"] is not None for record in records)
    error_samples = sum(len(record["error_samples"]) for record in records)
    return (f"export_opinfo: {len(records)} ops ({excluded} excluded), {len(samples)} samples "
            f"({unsupported} unsupported, {errors} raised, {grad_errors} gradient errors, {gradgrads} with second order), "
            f"{error_samples} error samples, {seconds:.1f} s")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output_path")
    parser.add_argument("--limit-ops", type=int, default=None, help="export only the first N ops")
    parser.add_argument("--samples", type=int, default=DEFAULT_SAMPLES_PER_DTYPE,
                        help=f"samples per op and dtype at most, evenly spaced (default {DEFAULT_SAMPLES_PER_DTYPE}; 0: all)")
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    warnings.filterwarnings("ignore")
    start = time.monotonic()
    ops = op_db if arguments.limit_ops is None else op_db[:arguments.limit_ops]
    records = [safe_op_record(op, arguments.samples or None) for op in ops]
    torch.save({"torch_version": str(torch.__version__), "call_seed": CALL_SEED, "ops": records}, arguments.output_path)
    verify(arguments.output_path)
    print(summarize(records, time.monotonic() - start), file=sys.stderr)


if __name__ == "__main__":
    main()
