using TorchInterop.Functorch;

namespace TorchInterop;

public static partial class Torch
{
    public static partial class Func
    {
        /// <summary>
        /// <c>torch.func.vmap(f, in_dims, out_dims, randomness, chunk_size=...)</c>: f mapped over dimension
        /// <paramref name="inDims"/> of its input, the results stacked along <paramref name="outDims"/>.
        /// <paramref name="randomness"/> is "error", "same" or "different", as in Python.
        /// </summary>
        public static System.Func<Tensor, Tensor> Vmap(System.Func<Tensor, Tensor> function, Dims inDims = default, Dims outDims = default,
                                                      string randomness = "error", int? chunkSize = null)
        {
            var map = Mapper(function, inDims, outDims, randomness, chunkSize, tupleOutput: false);
            return x => map(a => [function(a[0])], [x])[0];
        }

        /// <summary><c>torch.func.vmap</c> of a function of two tensors; <c>inDims: [0, null]</c> maps the first only.</summary>
        public static System.Func<Tensor, Tensor, Tensor> Vmap(System.Func<Tensor, Tensor, Tensor> function, Dims inDims = default,
                                                              Dims outDims = default, string randomness = "error", int? chunkSize = null)
        {
            var map = Mapper(function, inDims, outDims, randomness, chunkSize, tupleOutput: false);
            return (x, y) => map(a => [function(a[0], a[1])], [x, y])[0];
        }

        /// <summary><c>torch.func.vmap</c> of a function of three tensors.</summary>
        public static System.Func<Tensor, Tensor, Tensor, Tensor> Vmap(System.Func<Tensor, Tensor, Tensor, Tensor> function,
                                                                      Dims inDims = default, Dims outDims = default,
                                                                      string randomness = "error", int? chunkSize = null)
        {
            var map = Mapper(function, inDims, outDims, randomness, chunkSize, tupleOutput: false);
            return (x, y, z) => map(a => [function(a[0], a[1], a[2])], [x, y, z])[0];
        }

        /// <summary><c>torch.func.vmap</c> of a function with two outputs; <c>outDims: [0, 1]</c> places each.</summary>
        public static System.Func<Tensor, (Tensor, Tensor)> Vmap(System.Func<Tensor, (Tensor, Tensor)> function, Dims inDims = default,
                                                                Dims outDims = default, string randomness = "error", int? chunkSize = null)
        {
            var map = Mapper(function, inDims, outDims, randomness, chunkSize, tupleOutput: true);
            return x =>
            {
                var r = map(a => Flat(function(a[0])), [x]);
                return (r[0], r[1]);
            };
        }

        /// <summary><c>torch.func.vmap</c> of a function of two tensors with two outputs.</summary>
        public static System.Func<Tensor, Tensor, (Tensor, Tensor)> Vmap(System.Func<Tensor, Tensor, (Tensor, Tensor)> function,
                                                                        Dims inDims = default, Dims outDims = default,
                                                                        string randomness = "error", int? chunkSize = null)
        {
            var map = Mapper(function, inDims, outDims, randomness, chunkSize, tupleOutput: true);
            return (x, y) =>
            {
                var r = map(a => Flat(function(a[0], a[1])), [x, y]);
                return (r[0], r[1]);
            };
        }

        private static System.Func<System.Func<Tensor[], Tensor[]>, Tensor[], Tensor[]> Mapper(
            Delegate function, Dims inDims, Dims outDims, string randomness, int? chunkSize, bool tupleOutput)
        {
            ArgumentNullException.ThrowIfNull(function);
            ArgumentNullException.ThrowIfNull(randomness);
            var mode = VmapTransform.ParseRandomness(randomness);
            VmapTransform.CheckChunkSize(chunkSize);
            string name = TreeSpecs.NameOf(function);
            return (flat, args) => VmapTransform.Apply(flat, args, inDims, outDims, mode, chunkSize, name, tupleOutput);
        }

        private static Tensor[] Flat((Tensor, Tensor) outputs) => [outputs.Item1, outputs.Item2];
    }
}
