# Functional differentiation, as the torch.func (functorch in 1.13) tutorials use it: per-sample gradients by
# vmap(grad(loss)), a Hessian-vector product three ways, and a Jacobian by reverse and by forward mode. Program.cs
# prints the same lines.
import torch

try:
    from torch.func import grad, jacfwd, jacrev, jvp, vmap
except ImportError:  # PyTorch 1.13: the transforms are functorch's
    from functorch import grad, jacfwd, jacrev, jvp, vmap

torch.manual_seed(0)


# Per-sample gradients of a one-layer model's squared error, for a batch of 5.
def loss(w, xi, yi):
    pred = torch.tanh(xi @ w)
    return ((pred - yi) ** 2).mean()


w = torch.randn(3, 2)
x = torch.randn(5, 3)
y = torch.randn(5, 2)
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(w, x, y)
print(per_sample.shape)
print(per_sample[0])
one_by_one = torch.stack([torch.autograd.grad(loss(w.requires_grad_(), x[i], y[i]), w)[0] for i in range(5)])
w.requires_grad_(False)
print(torch.allclose(per_sample, one_by_one))


# A Hessian-vector product: autograd.functional.hvp, forward-over-reverse, and the full Hessian times v.
def f(t):
    return (t.sin() ** 2).sum()


p = torch.randn(4)
v = torch.randn(4)
value, hvp = torch.autograd.functional.hvp(f, p, v)
print(value)
print(hvp)
_, hvp_fwd = jvp(grad(f), (p,), (v,))
print(hvp_fwd)
print(torch.allclose(hvp, torch.autograd.functional.hessian(f, p) @ v))


# A Jacobian by reverse mode and by forward mode.
def g(t):
    return t.sin() * t.sum()


q = torch.randn(3)
print(jacrev(g)(q))
print(jacfwd(g)(q))
print(torch.autograd.functional.jacobian(g, q, vectorize=True, strategy="forward-mode"))
print(torch.allclose(jacrev(g)(q), torch.autograd.functional.jacobian(g, q)))
