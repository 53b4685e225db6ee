namespace TorchInterop.Fuzz;

internal static partial class Operations
{
    private static readonly string[] s_randomness = ["error", "same", "different", "maybe"];

    // Functional differentiation with bad inputs: vmap with in_dims/out_dims that do not fit, random ops under each
    // randomness mode, grad of non-scalar, non-differentiable or null outputs, jvp with mismatched tangents,
    // autograd.functional's strict and vectorized modes, gradcheck, and a custom Function's jvp of the wrong shape.
    private static void TransformCall(Fuzzer f)
    {
        var x = Few(f.Any());
        int kind = f.Random.Next(10);
        f.Description = $"transform #{kind} {Show(x)}";
        int dim = f.Random.Next(-4, 5);
        switch (kind)
        {
            case 0:
                f.Keep(Torch.Func.Vmap((a, b) => a * b, inDims: f.Random.Next(2) == 0 ? (dim, null) : [dim])(x, f.Arg()));
                break;
            case 1:
                f.Keep(Torch.Func.Vmap(t => f.Random.Next(3) == 0 ? null! : t.Sum(), outDims: dim)(x));
                break;
            case 2:
                f.Keep(Torch.Func.Vmap(t => t + Torch.Rand([1]), inDims: dim, randomness: f.Pick(s_randomness),
                                       chunkSize: f.Random.Next(-1, 3))(x));
                break;
            case 3:
                f.Keep(Torch.Func.Grad(t => f.Random.Next(3) switch { 0 => t.Sum(), 1 => t.Argmax(), _ => t * 2 })(x));
                break;
            case 4:
                f.Keep(Torch.Func.Vmap(Torch.Func.Grad(t => t.Sin().Sum()), inDims: dim)(x));
                break;
            case 5:
            {
                var tangent = f.Random.Next(2) == 0 ? Torch.OnesLike(x) : f.Arg();
                var (primal, jvp) = Torch.Func.Jvp(t => t.Exp(), x, tangent);
                f.Keep(primal);
                f.Keep(jvp);
                break;
            }
            case 6:
                foreach (var row in FunctionalAutograd.Jacobian(a => [f.Random.Next(2) == 0 ? a[0].Exp() : Torch.OnesLike(a[0])], [x],
                             strict: f.Random.Next(2) == 0, vectorize: f.Random.Next(2) == 0, strategy: (JacobianStrategy)f.Random.Next(3)))
                    foreach (var j in row) f.Keep(j);
                break;
            case 7:
                foreach (var row in FunctionalAutograd.Hessian(a => [f.Random.Next(2) == 0 ? a[0].Pow(3).Sum() : a[0] * 2], [x],
                             vectorize: f.Random.Next(2) == 0, outerJacobianStrategy: (JacobianStrategy)f.Random.Next(3)))
                    foreach (var h in row) f.Keep(h);
                break;
            case 8:
            {
                using var input = x.Detach().To(DType.Float64).RequiresGrad_();
                Autograd.GradCheck(a => [a[0].Sin()], [input],
                    new GradCheckOptions { Eps = Math.Abs(f.Number()) + 1e-9, RaiseException = f.Random.Next(2) == 0, FastMode = f.Random.Next(2) == 0 });
                break;
            }
            default:
            {
                using var level = Autograd.ForwardAD.DualLevel();
                var dual = Autograd.ForwardAD.MakeDual(x, Torch.OnesLike(x));
                var output = (Tensor)CustomFunction.Apply("FuzzJvp", [dual], (_, args) => ((Tensor)args[0]!).Clone(), (_, g) => g[0],
                    jvp: (_, tangents) => f.Random.Next(2) == 0 ? tangents[0] : Torch.Ones([7]));
                f.Keep(Autograd.ForwardAD.UnpackDual(output).Tangent);
                break;
            }
        }
    }
}
