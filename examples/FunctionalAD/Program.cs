// Functional differentiation, as the torch.func (functorch in 1.13) tutorials use it: per-sample gradients by
// vmap(grad(loss)), a Hessian-vector product three ways, and a Jacobian by reverse and by forward mode, as
// reference.py does.
using TorchInterop;
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;
using static TorchInterop.Python.torch.func;

torch.manual_seed(0);

// Per-sample gradients of a one-layer model's squared error, for a batch of 5.
Tensor loss(Tensor w, Tensor xi, Tensor yi)
{
    var pred = torch.tanh(xi.matmul(w));
    return (pred - yi).pow(2).mean();
}

var w = torch.randn(3, 2);
var x = torch.randn(5, 3);
var y = torch.randn(5, 2);
var per_sample = vmap(grad(loss), in_dims: (null, 0, 0))(w, x, y);
print(per_sample.shape);
print(per_sample[0]);
var one_by_one = torch.stack(Enumerable.Range(0, 5).Select(i => torch.autograd.grad(loss(w.requires_grad_(), x[i], y[i]), w)[0]!).ToList());
w.requires_grad_(false);
print(torch.allclose(per_sample, one_by_one));

// A Hessian-vector product: autograd.functional.hvp, forward-over-reverse, and the full Hessian times v.
Tensor f(Tensor t) => t.sin().pow(2).sum();

var p = torch.randn(4);
var v = torch.randn(4);
var (value, hvp) = torch.autograd.functional.hvp(f, p, v);
print(value);
print(hvp);
var (_, hvp_fwd) = jvp(grad(f), [p], [v]);
print(hvp_fwd);
print(torch.allclose(hvp, torch.autograd.functional.hessian(f, p).matmul(v)));

// A Jacobian by reverse mode and by forward mode.
Tensor g(Tensor t) => t.sin() * t.sum();

var q = torch.randn(3);
print(jacrev(g)(q));
print(jacfwd(g)(q));
print(torch.autograd.functional.jacobian(g, q, vectorize: true, strategy: "forward-mode"));
print(torch.allclose(jacrev(g)(q), torch.autograd.functional.jacobian(g, q)));
