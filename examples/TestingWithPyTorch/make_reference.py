# Writes the reference outputs the tests compare with: `python3 make_reference.py reference.pt` once, then commit
# reference.pt; or let the tests run it when the file is missing (they do here: the example ships no binary file).
import sys

import torch

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
w = torch.randn(3, 2, requires_grad=True)
loss = torch.tanh(x @ w).pow(2).mean()
loss.backward()
output_path = globals().get("output_path") or (sys.argv[1] if len(sys.argv) > 1 else "reference.pt")
torch.save({"x": x.detach(), "w": w.detach(), "loss": loss.detach(), "x_grad": x.grad, "w_grad": w.grad}, output_path)
