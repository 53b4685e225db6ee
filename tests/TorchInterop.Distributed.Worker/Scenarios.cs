using TorchInterop.Python;
using static TorchInterop.Python.Builtins;
using dist = TorchInterop.Python.torch.distributed;

namespace TorchInterop.Distributed.Worker;

/// <summary>The scenarios of scenarios.py, ported line by line: a rank of either language prints the same text.</summary>
internal static class Scenarios
{
    public static readonly Dictionary<string, Action> All = new()
    {
        ["collectives"] = Collectives,
        ["stores"] = Stores,
        ["groups"] = Groups,
        ["early_exit"] = Faults.EarlyExit,
        ["shape_mismatch"] = Faults.ShapeMismatch,
        ["missing_rank"] = Faults.MissingRank,
        ["reinit"] = Faults.Reinit,
    };

    internal static void Report(Exception e) =>
        print(e is TorchException t ? t.PythonTypeName : e.GetType().Name, e.Message.Split('\n')[0]);

    private static void Collectives()
    {
        dist.init_process_group("gloo", timeout: datetime.timedelta(seconds: 20));
        int rank = dist.get_rank();
        int world = dist.get_world_size();
        print(rank, world, dist.get_backend(), dist.is_initialized());
        var t = torch.arange(4, dtype: torch.float32) + rank * 10;
        dist.all_reduce(t);
        print(t);
        foreach (var op in new[] { dist.ReduceOp.SUM, dist.ReduceOp.PRODUCT, dist.ReduceOp.MIN, dist.ReduceOp.MAX })
        {
            t = torch.tensor(new[] { 1.5, -2.0, 3.0 }) * (rank + 1);
            dist.all_reduce(t, op: op);
            print(t);
        }
        foreach (var op in new[] { dist.ReduceOp.BAND, dist.ReduceOp.BOR, dist.ReduceOp.BXOR })
        {
            t = torch.tensor(new long[] { 12, 10, 7 }) + rank;
            dist.all_reduce(t, op: op);
            print(t);
        }
        try
        {
            dist.all_reduce(torch.ones(2), op: dist.ReduceOp.BAND);
        }
        catch (Exception e)
        {
            Report(e);
        }
        t = torch.ones(3) * (rank + 1);
        try
        {
            dist.all_reduce(t, op: dist.ReduceOp.AVG);
            print(t);
        }
        catch (Exception e)
        {
            Report(e);
        }
        t = torch.arange(3, dtype: torch.float64) * (rank + 1);
        dist.broadcast(t, src: world - 1);
        print(t);
        var outs = Enumerable.Range(0, world).Select(_ => torch.zeros(2, dtype: torch.int64)).ToList();
        dist.all_gather(outs, torch.tensor(new long[] { rank, rank * rank }));
        print(outs);
        var output = torch.zeros(world * 2);
        try
        {
            dist.all_gather_into_tensor(output, torch.full([2], (double)rank));
            print(output);
        }
        catch (Exception e)
        {
            Report(e);
        }
        List<Tensor>? gathered = rank == 0 ? [.. Enumerable.Range(0, world).Select(_ => torch.zeros(2))] : null;
        dist.gather(torch.tensor(new[] { rank + 0.5f, -rank }), gathered, dst: 0);
        print(gathered);
        var received = torch.zeros(2);
        List<Tensor>? parts = rank == 0 ? [.. Enumerable.Range(0, world).Select(i => torch.tensor(new[] { i * 1.0f, i + 100.0f }))] : null;
        dist.scatter(received, parts, src: 0);
        print(received);
        t = torch.tensor(new[] { 2.0f, 3.0f }) + rank;
        dist.reduce(t, dst: 0, op: dist.ReduceOp.PRODUCT);
        print(t);
        output = torch.zeros(world);
        try
        {
            dist.all_to_all_single(output, torch.arange(world, dtype: torch.float32) + rank * 100);
            print(output);
        }
        catch (Exception e)
        {
            Report(e);
        }
        try
        {
            var outList = Enumerable.Range(0, world).Select(_ => torch.zeros(1)).ToList();
            dist.all_to_all(outList, [.. Enumerable.Range(0, world).Select(i => torch.tensor(new[] { rank * 10.0f + i }))]);
            print(outList);
        }
        catch (Exception e)
        {
            Report(e);
        }
        try
        {
            dist.reduce_scatter(torch.zeros(1), [.. Enumerable.Range(0, world).Select(_ => torch.ones(1))]);
            print("reduce_scatter ok");
        }
        catch (Exception e)
        {
            Report(e);
        }
        var work = dist.all_reduce(torch.ones(2), async_op: true)!;
        print(work.wait(), work.is_completed(), work.is_success());
        dist.barrier();
        if (rank == 0)
        {
            dist.send(torch.tensor(new[] { 7.0f, 8.0f }), dst: 1);
            t = torch.zeros(2);
            print(dist.recv(t), t);
        }
        else if (rank == 1)
        {
            t = torch.zeros(2);
            print(dist.recv(t, src: 0), t);
            dist.send(torch.tensor(new[] { 9.0f, 10.0f }), dst: 0);
        }
        if (rank < 2)
        {
            int other = 1 - rank;
            var sending = dist.isend(torch.tensor(new[] { rank * 1.0f }), dst: other)!;
            var got = torch.zeros(1);
            var receiving = dist.irecv(got, src: other)!;
            sending.wait();
            receiving.wait();
            print(got);
            var ring = torch.zeros(2);
            var reqs = dist.batch_isend_irecv([new dist.P2POp(dist.isend, torch.arange(2.0) + 2 * rank, other),
                                               new dist.P2POp(dist.irecv, ring, other)]);
            foreach (var req in reqs)
                req.wait();
            print(reqs.Count, ring);
        }
        dist.destroy_process_group();
        print(dist.is_initialized());
    }

    private static void Stores()
    {
        int rank = int.Parse(Environment.GetEnvironmentVariable("RANK")!);
        int world = int.Parse(Environment.GetEnvironmentVariable("WORLD_SIZE")!);
        using var store = dist.TCPStore(Environment.GetEnvironmentVariable("MASTER_ADDR")!,
            int.Parse(Environment.GetEnvironmentVariable("MASTER_PORT")!), world, rank == 0, datetime.timedelta(seconds: 20));
        store.set($"key{rank}", $"value of {rank}");
        store.add("counter", rank + 1);
        store.wait([.. Enumerable.Range(0, world).Select(r => $"key{r}")]);
        print(store.get($"key{(rank + 1) % world}"));
        store.add("done", 1);
        while (store.add("done", 0) != world) { }
        print(store.add("counter", 0));
        var prefixed = dist.PrefixStore("scope", store);
        prefixed.set("inner", "x");
        print(store.get("scope/inner"));
        try
        {
            store.wait(["never"], datetime.timedelta(milliseconds: 300));
        }
        catch (TorchException e)
        {
            print(e.PythonTypeName);
        }
        store.add("leaving", 1);
        if (rank == 0)
            while (store.add("leaving", 0) != world) { }
        var hs = dist.HashStore();
        hs.set("a", "1");
        print(hs.get("a"), hs.add("n", 5), hs.num_keys(), hs.delete_key("a"), hs.delete_key("a"));
    }

    private static void Groups()
    {
        dist.init_process_group("gloo", timeout: datetime.timedelta(seconds: 20));
        int rank = dist.get_rank();
        var sub = dist.new_group([0, 1]);
        print(dist.get_rank(sub), dist.get_world_size(sub));
        var t = torch.tensor(new[] { rank + 1.0f });
        dist.all_reduce(t, group: sub);
        print(t);
        t = torch.tensor(new[] { rank * 2.0f });
        dist.broadcast(t, src: 1, group: sub);
        print(t);
        t = torch.tensor(new[] { rank + 1.0f });
        dist.all_reduce(t);
        print(t);
        dist.destroy_process_group();
    }
}
