namespace TorchInterop.Tests.Core;

internal static class TestThreads
{
    /// <summary>
    /// Runs <paramref name="action"/> on a new thread and rethrows its exception wrapped in an
    /// <see cref="AggregateException"/>. (Task.Run(...).Wait() may run the task inline on the calling thread.)
    /// </summary>
    public static void Run(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new AggregateException(failure);
    }
}
