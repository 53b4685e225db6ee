# One rank of a DDP job in PyTorch, the twin of Program.cs: both print the same lines.
#   python3 ddp_worker.py <scenario> <rank> <world_size> <port>
import datetime
import os
import sys

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel

# Debian's PyTorch 2.x is built without libuv, which its TCPStore would use by default (1.13 ignores this).
os.environ.setdefault("USE_LIBUV", "0")
scenario, rank, world_size, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
steps, batch = 3, 8


class WithUnusedBranch(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.used = torch.nn.Linear(4, 2)
        self.unused = torch.nn.Linear(4, 2)

    def forward(self, x):
        return self.used(x)


def make_model():
    if scenario == "unused":
        return WithUnusedBranch()
    return torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 2))


torch.manual_seed(rank)
model = make_model()
torch.manual_seed(0)
reference = make_model()
x = torch.randn(batch, 4)
y = torch.randn(batch, 2)

dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", timeout=datetime.timedelta(seconds=30),
                        world_size=world_size, rank=rank)
if scenario == "mismatch" and rank == 1:
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 3))
try:
    ddp = DistributedDataParallel(model, find_unused_parameters=scenario == "unused",
                                  gradient_as_bucket_view=scenario == "bucketview", static_graph=scenario == "static")
except RuntimeError as e:
    if scenario != "mismatch":
        raise
    print(f"rank {rank} failed: {e}")
    sys.exit(0)
optimizer = torch.optim.SGD(ddp.parameters(), lr=0.1)
share = batch // world_size
local_x = x[rank * share:(rank + 1) * share]
local_y = y[rank * share:(rank + 1) * share]
try:
    for step in range(steps):
        optimizer.zero_grad()
        if scenario == "nosync":
            half = share // 2
            with ddp.no_sync():
                (F.mse_loss(ddp(local_x[:half]), local_y[:half]) / 2).backward()
            (F.mse_loss(ddp(local_x[half:]), local_y[half:]) / 2).backward()
        else:
            loss = F.mse_loss(ddp(local_x), local_y)
            if scenario == "peerdies" and rank == 1 and step == 1:
                os._exit(3)
            loss.backward()
        optimizer.step()
except RuntimeError as e:
    print(f"rank {rank} failed: TorchException")
    print(e, file=sys.stderr)
    sys.exit(0)

reference_optimizer = torch.optim.SGD(reference.parameters(), lr=0.1)
for step in range(steps):
    reference_optimizer.zero_grad()
    F.mse_loss(reference(x), y).backward()
    reference_optimizer.step()

for name, parameter in ddp.named_parameters():
    print(name, parameter.detach())
same = all(torch.allclose(a, b, atol=1e-6) for a, b in zip(ddp.module.parameters(), reference.parameters()))
print(f"same as one process on the full batch: {same}")
dist.destroy_process_group()
