namespace TorchInterop.Python;

#pragma warning disable CS8981, IDE1006 // Python's lowercase names are the point of the dialect
public static partial class torch
{
    public static partial class linalg
    {
        /// <summary>
        /// <c>torch.linalg.pinv(A, *, atol=None, rtol=None, hermitian=False)</c> with tensor tolerances, either one
        /// alone (<c>rtol: t</c>): the generated overload needs atol, to keep <c>pinv(A)</c> for the float one, which
        /// ranks above this.
        /// </summary>
        /// <example><code>var p = torch.linalg.pinv(a, rtol: torch.tensor(1e-3));</code></example>
        [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
        public static Tensor pinv(Tensor input, bool hermitian = false, Tensor? atol = null, Tensor? rtol = null) =>
            Torch.LinalgPinv(input, atol: atol, rtol: rtol, hermitian: hermitian);
    }
}
#pragma warning restore CS8981, IDE1006
