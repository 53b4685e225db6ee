"""Side-by-side benchmark, Python side: the workloads as a PyTorch user writes them.

    /usr/bin/python3 bench.py <workload> [<iterations>]

Runs a short warm-up, then the measured loop, and prints one JSON line {"name": ..., "value": ..., "unit": ...}.
The workloads and their default iteration counts match ../cpp/bench.cpp and ../CSharp/ (the runner passes the
iteration count explicitly, so the defaults only matter for runs by hand).
"""
import json
import sys
import time

import torch
import torch.nn.functional as F

try:
    from torch.func import grad, vmap
except ImportError:  # PyTorch 1.13: the transforms are functorch's
    from functorch import grad, vmap


def seconds_per_iteration(n, loop):
    """Runs loop(n // 10) as a warm-up, then times loop(n); returns seconds per iteration."""
    loop(max(n // 10, 1))
    start = time.perf_counter()
    loop(n)
    return (time.perf_counter() - start) / n


def status_kb(field):
    """A field of /proc/self/status in kB (VmRSS, VmHWM)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return float(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak_rss():
    """Resets VmHWM to the current VmRSS (Linux 4.0+), so the peak read after a loop is the loop's own."""
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def small_op(n):
    """y = x * 2 on a 4-element tensor with requires_grad; µs per op."""
    x = torch.ones(4, requires_grad=True)

    def loop(count):
        for _ in range(count):
            y = x * 2

    return seconds_per_iteration(n, loop) * 1e6, "us"


def small_graph_loop(x, count):
    for _ in range(count):
        (x * 2 + 1).sum().backward()


def small_graph(n):
    """((x * 2 + 1).sum()).backward(); µs per iteration."""
    x = torch.ones(4, requires_grad=True)
    return seconds_per_iteration(n, lambda count: small_graph_loop(x, count)) * 1e6, "us"


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return grad_output * 3 * x ** 2


def custom_function_loop(x, count):
    for _ in range(count):
        Cube.apply(x).sum().backward()


def custom_function(n):
    """Cube.apply(x).sum().backward() with a custom autograd Function; µs per iteration."""
    x = torch.ones(4, requires_grad=True)
    return seconds_per_iteration(n, lambda count: custom_function_loop(x, count)) * 1e6, "us"


def mlp_step(n):
    """One SGD step of a 784-128-10 MLP (ReLU, cross-entropy, batch 64) written with raw tensors; µs per step."""
    torch.manual_seed(0)
    w1 = (torch.randn(784, 128) * 0.01).requires_grad_()
    b1 = torch.zeros(128, requires_grad=True)
    w2 = (torch.randn(128, 10) * 0.01).requires_grad_()
    b2 = torch.zeros(10, requires_grad=True)
    x = torch.randn(64, 784)
    target = torch.arange(64) % 10
    params = [w1, b1, w2, b2]
    lr = 0.01

    def loop(count):
        for _ in range(count):
            h = torch.relu(x.mm(w1) + b1)
            logits = h.mm(w2) + b2
            loss = F.cross_entropy(logits, target)
            loss.backward()
            with torch.no_grad():
                for p in params:
                    p -= lr * p.grad
                for p in params:
                    p.grad.zero_()

    return seconds_per_iteration(n, loop) * 1e6, "us"


def jacobian_small(n):
    """torch.autograd.functional.jacobian of x -> tanh(w @ x + b), 16 to 16; µs per Jacobian."""
    torch.manual_seed(0)
    w = torch.randn(16, 16)
    b = torch.randn(16)
    x = torch.randn(16)

    def f(v):
        return torch.tanh(w.mv(v) + b)

    def loop(count):
        for _ in range(count):
            torch.autograd.functional.jacobian(f, x)

    return seconds_per_iteration(n, loop) * 1e6, "us"


def per_sample_loss(w1, b1, w2, b2, xi, ti):
    h = torch.relu(xi.matmul(w1) + b1)
    logits = h.matmul(w2) + b2
    return F.cross_entropy(logits.unsqueeze(0), ti.unsqueeze(0))


def per_sample_grads(n):
    """vmap(grad(loss)) over a batch of 64 for a 16-32-4 MLP: the four parameters' gradients per sample; µs per batch."""
    torch.manual_seed(0)
    w1 = torch.randn(16, 32) * 0.1
    b1 = torch.zeros(32)
    w2 = torch.randn(32, 4) * 0.1
    b2 = torch.zeros(4)
    x = torch.randn(64, 16)
    target = torch.arange(64) % 4
    per_sample = vmap(grad(per_sample_loss, argnums=(0, 1, 2, 3)), in_dims=(None, None, None, None, 0, 0))

    def loop(count):
        for _ in range(count):
            per_sample(w1, b1, w2, b2, x, target)

    return seconds_per_iteration(n, loop) * 1e6, "us"


def matmul_1024(n):
    """(a.mm(b)).sum().backward() with 1024x1024 float32 a and b; ms per iteration."""
    torch.manual_seed(0)
    a = torch.randn(1024, 1024, requires_grad=True)
    b = torch.randn(1024, 1024, requires_grad=True)

    def loop(count):
        for _ in range(count):
            a.mm(b).sum().backward()

    return seconds_per_iteration(n, loop) * 1e3, "ms"


def startup(n):
    """The first backward of a fresh process. The runner times the whole process; the value printed is the
    gradient's sum (4), which shows the backward ran."""
    x = torch.ones(2, requires_grad=True)
    (x * 2).sum().backward()
    return x.grad.sum().item(), "grad_sum"


def rss(n):
    """Peak resident memory growth over n iterations of small_graph, in MB (2^20 bytes)."""
    x = torch.ones(4, requires_grad=True)
    small_graph_loop(x, 1000)
    reset_peak_rss()
    before_kb = status_kb("VmRSS")
    small_graph_loop(x, n)
    return (status_kb("VmHWM") - before_kb) / 1024, "MB"


def ddp_step_ranks(n, world_size, workload):
    """One SGD step of a 784-128-10 MLP (nn.Linear, ReLU, cross-entropy) under DistributedDataParallel, the global
    batch of 128 split over the ranks (Gloo on loopback); us per step on rank 0. The process the runner starts is
    rank 0 and starts the other ranks as copies of itself (RANK set), which run the same loop."""
    import os
    import socket
    import subprocess

    import torch.distributed as dist
    from torch.nn.parallel import DistributedDataParallel

    child = None
    if "RANK" not in os.environ:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), WORLD_SIZE=str(world_size), RANK="0")
        os.environ.setdefault("USE_LIBUV", "0")  # Debian's PyTorch 2.x has no libuv TCPStore
        if world_size > 1:
            child = subprocess.Popen([sys.executable, __file__, workload, str(n)], env={**os.environ, "RANK": "1"},
                                     stdout=subprocess.DEVNULL)
    rank = int(os.environ["RANK"])
    dist.init_process_group("gloo", init_method="env://")

    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    ddp = DistributedDataParallel(model)
    optimizer = torch.optim.SGD(ddp.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    local = 128 // world_size
    x = torch.randn(128, 784)[rank * local:(rank + 1) * local]
    target = (torch.arange(128) % 10)[rank * local:(rank + 1) * local]

    def loop(count):
        for _ in range(count):
            optimizer.zero_grad()
            loss_fn(ddp(x), target).backward()
            optimizer.step()

    seconds = seconds_per_iteration(n, loop)
    dist.destroy_process_group()
    if child is not None and child.wait() != 0:
        raise RuntimeError(f"rank 1 failed with exit code {child.returncode}")
    return seconds * 1e6, "us"


def ddp_step(n):
    """ddp_step on 2 ranks (64 samples each)."""
    return ddp_step_ranks(n, 2, "ddp_step")


def ddp_step_1rank(n):
    """The same job on 1 rank (all 128 samples), for the scaling efficiency."""
    return ddp_step_ranks(n, 1, "ddp_step_1rank")


# Python has no disposed/undisposed distinction: the *_undisposed and rss_scope names run the same loops.
WORKLOADS = {
    "small_op": (500_000, small_op),
    "small_op_undisposed": (500_000, small_op),
    "small_graph": (100_000, small_graph),
    "small_graph_undisposed": (100_000, small_graph),
    "custom_function": (50_000, custom_function),
    "custom_function_disposed": (50_000, custom_function),
    "mlp_step": (3_000, mlp_step),
    "ddp_step": (1_000, ddp_step),
    "ddp_step_1rank": (1_000, ddp_step_1rank),
    "jacobian_small": (2_000, jacobian_small),
    "per_sample_grads": (2_000, per_sample_grads),
    "matmul_1024": (20, matmul_1024),
    "startup": (1, startup),
    "rss_no_dispose": (1_000_000, rss),
    "rss_scope": (1_000_000, rss),
}


def main(args):
    if not 1 <= len(args) <= 2 or args[0] not in WORKLOADS:
        print("usage: bench.py <workload> [<iterations>]\nworkloads: " + " ".join(WORKLOADS), file=sys.stderr)
        return 2
    torch.set_num_threads(1)
    name = args[0]
    default_iterations, run = WORKLOADS[name]
    iterations = int(args[1]) if len(args) == 2 else default_iterations
    value, unit = run(iterations)
    print(json.dumps({"name": name, "value": value, "unit": unit}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
