#!/usr/bin/python3
"""Exports PyTorch's ModuleInfo samples (float32, CPU, training mode) with each module's seeded initialization,
repr, outputs and gradients, for the C# replay tests.

Usage: /usr/bin/python3 export_moduleinfo.py OUTPUT_PATH [--samples K]
See README.md in this folder for the file format.
"""
import argparse
import os
import sys
import time

if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:])

# The OpInfo export's value conversion and file checks are shared; it also puts the expecttest stub on the path.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "OpInfo"))
import export_opinfo as common  # noqa: E402
import warnings  # noqa: E402

import torch  # noqa: E402
from torch.testing._internal.common_modules import module_db  # noqa: E402

warnings.filterwarnings("ignore", message="Lazy modules are a new feature")

INIT_SEED = 0  # seeded right before the module is constructed; ModuleInfoReplay.cs uses the same
CALL_SEED = common.CALL_SEED  # seeded right before the forward call (dropout)


def state_record(module):
    """The module's state_dict as [name, tensor] pairs; a lazy module's placeholder (which has no data to copy) is
    its class name instead, "UninitializedParameter" or "UninitializedBuffer"."""
    return [[name, type(t).__name__ if isinstance(t, torch.nn.parameter.UninitializedTensorMixin) else common.plain_copy(t)]
            for name, t in module.state_dict().items()]


def flatten(value):
    """The tensors of a forward result, depth first: LSTM's (output, (h, c)) is [output, h, c]."""
    if isinstance(value, torch.Tensor):
        return [value]
    if isinstance(value, (tuple, list)):
        return [tensor for item in value for tensor in flatten(item)]
    raise common.Unsupported(f"output of type {type(value).__name__}")


def sample_record(info, sample):
    copies = {}
    try:
        constructor = {"args": [common.export_value(a, copies) for a in sample.constructor_input.args],
                       "kwargs": {k: common.export_value(v, copies) for k, v in sample.constructor_input.kwargs.items()}}
        forward = {"args": [common.export_value(a, copies) for a in sample.forward_input.args],
                   "kwargs": {k: common.export_value(v, copies) for k, v in sample.forward_input.kwargs.items()}}
    except common.Unsupported as reason:
        return {"unsupported": str(reason)}
    record = {"unsupported": None, "desc": sample.desc, "constructor": constructor, "forward": forward, "error": None}
    try:
        torch.manual_seed(INIT_SEED)
        module = info.module_cls(*sample.constructor_input.args, **sample.constructor_input.kwargs)
        record["repr"] = repr(module)
        record["initial_state"] = state_record(module)
        torch.manual_seed(CALL_SEED)
        outputs = flatten(module(*sample.forward_input.args, **sample.forward_input.kwargs))
    except Exception as error:
        record["error"] = common.describe_exception(error)
        return record
    grad_inputs = common.find_grad_inputs(list(sample.forward_input.args), [])
    parameters = [p for _, p in module.named_parameters()]
    cotangents = common.make_cotangents(outputs)
    record.update({
        "outputs": [common.plain_copy(o) for o in outputs],
        "grad_fn": [type(o.grad_fn).__name__ if o.grad_fn is not None else None for o in outputs],
        "cotangents": cotangents,
        "grad_input_count": len(grad_inputs),
        "grads": common.compute_grads(outputs, grad_inputs + parameters, cotangents),
        "final_state": state_record(module),
        # a lazy module becomes its non-lazy class on the first forward (its parameters drawn then, after CALL_SEED)
        "final_repr": repr(module),
    })
    return record


def module_record(info, sample_count):
    record = {"name": info.name, "class": info.module_cls.__name__, "samples": [], "excluded": None}
    try:
        common.seed_generators()
        samples = info.module_inputs_func(info, device="cpu", dtype=torch.float32, requires_grad=True, training=True)
    except Exception as error:
        record["excluded"] = f"sample generation failed: {common.describe_exception(error)}"
        return record
    for sample in samples[:sample_count]:
        try:
            record["samples"].append(sample_record(info, sample))
        except Exception as error:  # a bug in this script for one sample must not lose the rest
            record["samples"].append({"unsupported": f"export failed: {common.describe_exception(error)}"})
    return record


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--samples", type=int, default=64)
    arguments = parser.parse_args()
    start = time.time()
    records = [module_record(info, arguments.samples) for info in module_db]
    torch.save({"torch_version": str(torch.__version__), "init_seed": INIT_SEED, "call_seed": CALL_SEED, "modules": records},
               arguments.output)
    common.verify(arguments.output)
    samples = [s for r in records for s in r["samples"]]
    print(f"export_moduleinfo: {len(records)} modules, {len(samples)} samples "
          f"({sum(s['unsupported'] is not None for s in samples)} unsupported), {time.time() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
