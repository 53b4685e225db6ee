# Runs a snippet for TorchInterop.Testing.PyTorchReference: inputs from a torch.save file become variables, and
# every top-level variable holding a tensor afterwards is saved (detached) for the caller.
import sys

import torch

inputs_path, snippet_path, outputs_path = sys.argv[1:4]
wanted = sys.argv[4:]
namespace = {"torch": torch, "__name__": "__main__"}
namespace.update(torch.load(inputs_path))
with open(snippet_path, encoding="utf-8") as f:
    exec(compile(f.read(), "<snippet>", "exec"), namespace)
if wanted:
    missing = [name for name in wanted if not isinstance(namespace.get(name), torch.Tensor)]
    if missing:
        sys.exit("the snippet defines no tensor named " + ", ".join(missing))
    names = wanted
else:
    names = [name for name, value in namespace.items() if isinstance(value, torch.Tensor) and not name.startswith("_")]
torch.save({name: namespace[name].detach() for name in names}, outputs_path)
