using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests.Distributed;

/// <summary>c10d's stores in one process (HashStore, FileStore, PrefixStore), against PyTorch's.</summary>
[TestFixture, NonParallelizable]
public class StoreTests
{
    [Test]
    public void StoreOperationsFollowPyTorch()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ti-filestore-{Guid.NewGuid():N}");
        string pythonPath = path + "-py";
        Dialect.Verify(
            $"""
            import torch.distributed as dist
            from datetime import timedelta
            for store in [dist.HashStore(), dist.FileStore("{pythonPath}", 1)]:
                store.set("a", "first")
                store.set("b", b"it's")
                print(store.get("a"), store.get("b"), store.add("n", 3), store.add("n", -1))
                print(store.compare_set("a", "first", "second"), store.compare_set("a", "nope", "third"), store.get("a"))
                print(store.num_keys(), store.delete_key("a"), store.delete_key("a"), store.num_keys())
                prefixed = dist.PrefixStore("p", store)
                prefixed.set("k", "v")
                print(store.get("p/k"), prefixed.get("k"))
                store.set_timeout(timedelta(milliseconds=200))
                try:
                    store.get("missing")
                except RuntimeError as e:
                    print(type(e).__name__)
                try:
                    store.wait(["missing"], timedelta(milliseconds=100))
                except RuntimeError as e:
                    print(type(e).__name__)
            """,
            () =>
            {
                foreach (var store in new TorchInterop.Distributed.Store[] { torch.distributed.HashStore(), torch.distributed.FileStore(path, 1) })
                {
                    using (store)
                    {
                        store.set("a", "first");
                        store.set("b", new bytes("it's"u8.ToArray()));
                        print(store.get("a"), store.get("b"), store.add("n", 3), store.add("n", -1));
                        print(store.compare_set("a", "first", "second"), store.compare_set("a", "nope", "third"), store.get("a"));
                        print(store.num_keys(), store.delete_key("a"), store.delete_key("a"), store.num_keys());
                        using var prefixed = torch.distributed.PrefixStore("p", store);
                        prefixed.set("k", "v");
                        print(store.get("p/k"), prefixed.get("k"));
                        store.set_timeout(datetime.timedelta(milliseconds: 200));
                        try
                        {
                            store.get("missing");
                        }
                        catch (TorchException e)
                        {
                            print(e.PythonTypeName);
                        }
                        try
                        {
                            store.wait(["missing"], datetime.timedelta(milliseconds: 100));
                        }
                        catch (TorchException e)
                        {
                            print(e.PythonTypeName);
                        }
                    }
                }
            });
    }
}
