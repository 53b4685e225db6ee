using System.Diagnostics.CodeAnalysis;
using TorchInterop.NN;

namespace TorchInterop.Python;

/// <summary>Pooling modules' Python calls that C# spells differently: <c>return_indices=True</c> and unpooling's extra arguments.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Python's names")]
public static class PoolingExtensions
{
    extension<TOutput>(MaxPoolNd<TOutput> pool)
    {
        /// <summary>The maxima and their indices, whatever <c>return_indices</c> the module was built with (<c>nn.MaxPool2d(..., return_indices=True)(x)</c>).</summary>
        public (Tensor, Tensor) forward_with_indices(Tensor input) => pool.ForwardWithIndices(input);

        /// <summary><c>pool.return_indices</c>: whether calling the module gives the maxima and their indices.</summary>
        public bool return_indices => pool.ReturnIndices;
    }

    extension<TOutput>(AdaptiveMaxPoolNd<TOutput> pool)
    {
        /// <summary>The maxima and their indices, whatever <c>return_indices</c> the module was built with (<c>nn.AdaptiveMaxPool2d(..., return_indices=True)(x)</c>).</summary>
        public (Tensor, Tensor) forward_with_indices(Tensor input) => pool.ForwardWithIndices(input);

        /// <summary><c>pool.return_indices</c>: whether calling the module gives the maxima and their indices.</summary>
        public bool return_indices => pool.ReturnIndices;
    }

    extension<TOutput>(FractionalMaxPoolNd<TOutput> pool)
    {
        /// <summary>The maxima and their indices, whatever <c>return_indices</c> the module was built with (<c>nn.FractionalMaxPool2d(..., return_indices=True)(x)</c>).</summary>
        public (Tensor, Tensor) forward_with_indices(Tensor input) => pool.ForwardWithIndices(input);

        /// <summary><c>pool.return_indices</c>: whether calling the module gives the maxima and their indices.</summary>
        public bool return_indices => pool.ReturnIndices;
    }

    extension(MaxUnpoolNd unpool)
    {
        /// <summary><c>unpool(input, indices, output_size=None)</c>, with the module's hooks.</summary>
        public Tensor forward(Tensor input, Tensor indices, IntOrTuple? output_size = null) => unpool.Call(input, indices, output_size);
    }
}
