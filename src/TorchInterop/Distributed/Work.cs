using TorchInterop.Native;

namespace TorchInterop.Distributed;

/// <summary>
/// One collective or point-to-point operation in flight (LibTorch's <c>c10d::Work</c>), returned by the
/// <see cref="ProcessGroup"/> operations: <c>using var work = group.AllReduce(t); work.Wait();</c>. The tensors it
/// reads and writes are kept alive by LibTorch until it completes.
/// </summary>
public sealed class Work : IDisposable
{
    private readonly WorkHandle _handle;

    internal Work(WorkHandle handle) => _handle = ValidHandle.Of(handle);

    /// <summary>
    /// Blocks until the operation completes and returns true; throws the operation's error (a peer that closed its
    /// connection, Gloo's timeout, mismatched tensors) as a <see cref="TorchException"/>, and throws when
    /// <paramref name="timeout"/> passes first (null: no limit beyond the group's own timeout).
    /// </summary>
    public bool Wait(TimeSpan? timeout = null) =>
        Check.Flag(NativeMethods.ti_work_wait(Live, ValidHandle.Milliseconds(timeout)));

    /// <summary>Whether the operation has finished, successfully or not.</summary>
    public bool IsCompleted => Check.Flag(NativeMethods.ti_work_is_completed(Live));

    /// <summary>Whether the operation finished without an error.</summary>
    public bool IsSuccess => Check.Flag(NativeMethods.ti_work_is_success(Live));

    /// <summary>The operation's error once it failed, else null.</summary>
    public TorchException? Exception =>
        NativeMethods.ti_work_exception(Live) == Check.Error ? Check.LastError() : null;

    /// <summary>The rank a receive from any source got its tensor from.</summary>
    public int SourceRank => Check.Status(NativeMethods.ti_work_source_rank(Live));

    private WorkHandle Live
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Releases the handle; the operation itself runs on to its end.</summary>
    public void Dispose() => _handle.Dispose();
}
