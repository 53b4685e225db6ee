# The Python side of the distributed scenarios: each function is ported line by line in Scenarios.cs, and the tests
# compare what a rank prints here with what the .NET rank prints (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT from the
# environment). Usage: python3 scenarios.py <scenario>
import os
import sys
from datetime import timedelta

import torch
import torch.distributed as dist


def report(e):
    print(type(e).__name__, str(e).split("\n")[0])


def collectives():
    dist.init_process_group("gloo", timeout=timedelta(seconds=20))
    rank = dist.get_rank()
    world = dist.get_world_size()
    print(rank, world, dist.get_backend(), dist.is_initialized())
    t = torch.arange(4, dtype=torch.float32) + rank * 10
    dist.all_reduce(t)
    print(t)
    for op in [dist.ReduceOp.SUM, dist.ReduceOp.PRODUCT, dist.ReduceOp.MIN, dist.ReduceOp.MAX]:
        t = torch.tensor([1.5, -2.0, 3.0]) * (rank + 1)
        dist.all_reduce(t, op=op)
        print(t)
    for op in [dist.ReduceOp.BAND, dist.ReduceOp.BOR, dist.ReduceOp.BXOR]:
        t = torch.tensor([12, 10, 7]) + rank
        dist.all_reduce(t, op=op)
        print(t)
    try:
        dist.all_reduce(torch.ones(2), op=dist.ReduceOp.BAND)
    except Exception as e:
        report(e)
    t = torch.ones(3) * (rank + 1)
    try:
        dist.all_reduce(t, op=dist.ReduceOp.AVG)
        print(t)
    except Exception as e:
        report(e)
    t = torch.arange(3, dtype=torch.float64) * (rank + 1)
    dist.broadcast(t, src=world - 1)
    print(t)
    outs = [torch.zeros(2, dtype=torch.int64) for _ in range(world)]
    dist.all_gather(outs, torch.tensor([rank, rank * rank]))
    print(outs)
    out = torch.zeros(world * 2)
    try:
        dist.all_gather_into_tensor(out, torch.full((2,), float(rank)))
        print(out)
    except Exception as e:
        report(e)
    gathered = [torch.zeros(2) for _ in range(world)] if rank == 0 else None
    dist.gather(torch.tensor([rank + 0.5, -rank]), gathered, dst=0)
    print(gathered)
    received = torch.zeros(2)
    parts = [torch.tensor([i * 1.0, i + 100.0]) for i in range(world)] if rank == 0 else None
    dist.scatter(received, parts, src=0)
    print(received)
    t = torch.tensor([2.0, 3.0]) + rank
    dist.reduce(t, dst=0, op=dist.ReduceOp.PRODUCT)
    print(t)
    out = torch.zeros(world)
    try:
        dist.all_to_all_single(out, torch.arange(world, dtype=torch.float32) + rank * 100)
        print(out)
    except Exception as e:
        report(e)
    try:
        outs = [torch.zeros(1) for _ in range(world)]
        dist.all_to_all(outs, [torch.tensor([rank * 10.0 + i]) for i in range(world)])
        print(outs)
    except Exception as e:
        report(e)
    try:
        dist.reduce_scatter(torch.zeros(1), [torch.ones(1) for _ in range(world)])
        print("reduce_scatter ok")
    except Exception as e:
        report(e)
    work = dist.all_reduce(torch.ones(2), async_op=True)
    print(work.wait(), work.is_completed(), work.is_success())
    dist.barrier()
    if rank == 0:
        dist.send(torch.tensor([7.0, 8.0]), dst=1)
        t = torch.zeros(2)
        print(dist.recv(t), t)
    elif rank == 1:
        t = torch.zeros(2)
        print(dist.recv(t, src=0), t)
        dist.send(torch.tensor([9.0, 10.0]), dst=0)
    if rank < 2:
        other = 1 - rank
        send = dist.isend(torch.tensor([rank * 1.0]), dst=other)
        got = torch.zeros(1)
        recv = dist.irecv(got, src=other)
        send.wait()
        recv.wait()
        print(got)
        ring = torch.zeros(2)
        reqs = dist.batch_isend_irecv([dist.P2POp(dist.isend, torch.arange(2.0) + 2 * rank, other),
                                       dist.P2POp(dist.irecv, ring, other)])
        for req in reqs:
            req.wait()
        print(len(reqs), ring)
    dist.destroy_process_group()
    print(dist.is_initialized())


def stores():
    rank = int(os.environ["RANK"])
    world = int(os.environ["WORLD_SIZE"])
    # Debian's PyTorch 2.x is built without libuv, which its TCPStore constructor asks for unless told not to.
    libuv = dict(use_libuv=False) if int(torch.__version__.split(".")[0]) >= 2 else dict()
    store = dist.TCPStore(os.environ["MASTER_ADDR"], int(os.environ["MASTER_PORT"]), world, rank == 0, timedelta(seconds=20), **libuv)
    store.set(f"key{rank}", f"value of {rank}")
    store.add("counter", rank + 1)
    store.wait([f"key{r}" for r in range(world)])
    print(store.get(f"key{(rank + 1) % world}"))
    store.add("done", 1)
    while store.add("done", 0) != world:
        pass
    print(store.add("counter", 0))
    prefixed = dist.PrefixStore("scope", store)
    prefixed.set("inner", "x")
    print(store.get("scope/inner"))
    try:
        store.wait(["never"], timedelta(milliseconds=300))
    except Exception as e:
        print(type(e).__name__)
    store.add("leaving", 1)
    if rank == 0:
        while store.add("leaving", 0) != world:
            pass
    hs = dist.HashStore()
    hs.set("a", "1")
    print(hs.get("a"), hs.add("n", 5), hs.num_keys(), hs.delete_key("a"), hs.delete_key("a"))


def groups():
    dist.init_process_group("gloo", timeout=timedelta(seconds=20))
    rank = dist.get_rank()
    sub = dist.new_group([0, 1])
    print(dist.get_rank(sub), dist.get_world_size(sub))
    t = torch.tensor([rank + 1.0])
    dist.all_reduce(t, group=sub)
    print(t)
    t = torch.tensor([rank * 2.0])
    dist.broadcast(t, src=1, group=sub)
    print(t)
    t = torch.tensor([rank + 1.0])
    dist.all_reduce(t)
    print(t)
    dist.destroy_process_group()


SCENARIOS = {"collectives": collectives, "stores": stores, "groups": groups}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]]()
    sys.stdout.flush()
