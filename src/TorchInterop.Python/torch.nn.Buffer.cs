#if LIBTORCH_2
using System.Runtime.CompilerServices;

namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// PyTorch 2's <c>torch.nn.Buffer(data=None, *, persistent=True)</c>: a detached alias of <paramref name="data"/>
        /// (keeping its requires_grad; an empty tensor when null) marked as a buffer, so that a field of a
        /// <see cref="Module"/> holding it is registered as a buffer (persistent or not) as Python's assignment registers it.
        /// </summary>
        public static Tensor Buffer(Tensor? data = null, bool persistent = true)
        {
            data ??= TorchInterop.Torch.Empty([0]);
            var buffer = data.Detach().RequiresGrad_(data.RequiresGrad);
            BufferMarks.AddOrUpdate(buffer, new BufferMark(persistent));
            return buffer;
        }

        private static readonly ConditionalWeakTable<Tensor, BufferMark> BufferMarks = new();

        /// <summary>Whether <paramref name="tensor"/> came from <see cref="Buffer"/>, and then whether it is persistent.</summary>
        internal static bool IsBuffer(Tensor tensor, out bool persistent)
        {
            bool marked = BufferMarks.TryGetValue(tensor, out var mark);
            persistent = mark?.Persistent ?? true;
            return marked;
        }

        private sealed record BufferMark(bool Persistent);
    }
}
#pragma warning restore CS8981, IDE1006
#endif
