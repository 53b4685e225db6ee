# Trains a small MLP on two interleaved spirals with DistributedDataParallel on 2 ranks of this machine (Gloo over
# loopback): each rank takes every other sample, DDP averages the gradients, and the ranks stay identical.
# Started without RANK, this process is rank 0 and starts rank 1 itself (as torchrun would, with the same variables).
# The C# port (Program.cs) must print exactly this.
import os
import socket
import subprocess
import sys

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel

# Debian's PyTorch 2.x is built without libuv, which its TCPStore would use by default (1.13 ignores this).
os.environ.setdefault("USE_LIBUV", "0")
world_size = 2
child = None
if "RANK" not in os.environ:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), WORLD_SIZE=str(world_size), RANK="0")
    child = subprocess.Popen([sys.executable, __file__], env={**os.environ, "RANK": "1"}, stdout=subprocess.DEVNULL)
rank = int(os.environ["RANK"])
dist.init_process_group("gloo", init_method="env://")

torch.manual_seed(0)
n = 100
t = torch.linspace(0.5, 10.0, n)
arm = torch.stack([t * torch.cos(t), t * torch.sin(t)], dim=1) / 10
x = torch.cat([arm + 0.05 * torch.randn(n, 2), -arm + 0.05 * torch.randn(n, 2)])
y = torch.cat([torch.zeros(n, dtype=torch.long), torch.ones(n, dtype=torch.long)])

model = torch.nn.Sequential(torch.nn.Linear(2, 32), torch.nn.ReLU(), torch.nn.Linear(32, 32), torch.nn.ReLU(), torch.nn.Linear(32, 2))
ddp = DistributedDataParallel(model)
loss_fn = torch.nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(ddp.parameters(), lr=0.02)
local_x, local_y = x[rank::world_size], y[rank::world_size]

if rank == 0:
    print(ddp)
    print("# step loss (averaged over the ranks)")
for step in range(1, 61):
    optimizer.zero_grad()
    loss = loss_fn(ddp(local_x), local_y)
    loss.backward()
    optimizer.step()
    average = loss.detach().clone()
    dist.all_reduce(average)
    if rank == 0 and step % 10 == 0:
        print(step, (average / world_size).item())

accuracy = (model(x).argmax(dim=1) == y).float().mean()
gathered = [torch.zeros(2) for _ in range(world_size)]
dist.all_gather(gathered, torch.stack([accuracy, sum(p.sum() for p in model.parameters()).detach()]))
if rank == 0:
    print("# accuracy", accuracy.item())
    print("# ranks agree", all(torch.equal(g, gathered[0]) for g in gathered))
dist.destroy_process_group()
if child is not None:
    sys.exit(child.wait())
