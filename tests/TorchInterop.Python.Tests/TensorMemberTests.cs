using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>The tensor extension members against Python.</summary>
[TestFixture, NonParallelizable]
public class TensorMemberTests
{
    [Test]
    public void AutogradMembers() => Dialect.Verify(
        """
        x = torch.ones(2, 2)
        print(x.requires_grad, x.is_leaf, x.grad, x.grad_fn)
        x.requires_grad = True
        print(x.requires_grad)
        a = torch.zeros(2)
        b = a.requires_grad_()
        print(a.requires_grad, b is a)
        a.requires_grad_(False)
        print(a.requires_grad)
        y = x * 3
        print(y.is_leaf, y.grad_fn, y.requires_grad)
        y.retain_grad()
        print(y.retains_grad)
        out = y.mean()
        out.backward(retain_graph=True)
        print(x.grad, y.grad)
        out.backward()
        print(x.grad)
        x.grad.zero_()
        print(x.grad)
        x.grad = torch.full((2, 2), 5.0)
        print(x.grad)
        x.grad = None
        print(x.grad)
        v = torch.tensor([1.0, 0.1])
        z = torch.ones(2, requires_grad=True) * 2
        z.backward(v)
        z = torch.ones(2, requires_grad=True)
        (z * z).backward(gradient=v, create_graph=True)
        print(z.grad)
        d = y.detach()
        print(d.requires_grad, d.is_leaf, y.data.requires_grad, y.data)
        e = x * 2
        e.detach_()
        print(e.requires_grad, e.grad_fn)
        (x * 2).backward()
        """,
        () =>
        {
            var x = torch.ones(2, 2);
            print(x.requires_grad, x.is_leaf, x.grad, x.grad_fn);
            x.requires_grad = true;
            print(x.requires_grad);
            var a = torch.zeros(2);
            var b = a.requires_grad_();
            print(a.requires_grad, ReferenceEquals(b, a));
            a.requires_grad_(false);
            print(a.requires_grad);
            var y = x * 3;
            print(y.is_leaf, y.grad_fn, y.requires_grad);
            y.retain_grad();
            print(y.retains_grad);
            var @out = y.mean();
            @out.backward(retain_graph: true);
            print(x.grad, y.grad);
            @out.backward();
            print(x.grad);
            x.grad!.zero_();
            print(x.grad);
            x.grad = torch.full([2, 2], 5.0);
            print(x.grad);
            x.grad = null;
            print(x.grad);
            var v = torch.tensor(new[] { 1.0, 0.1 });
            var z = torch.ones(2, requires_grad: true) * 2;
            z.backward(v);
            z = torch.ones(2, requires_grad: true);
            (z * z).backward(gradient: v, create_graph: true);
            print(z.grad);
            var d = y.detach();
            print(d.requires_grad, d.is_leaf, y.data.requires_grad, y.data);
            var e = x * 2;
            e.detach_();
            print(e.requires_grad, e.grad_fn);
            (x * 2).backward();
        });

    [Test]
    public void DataAndShapeMembers() => Dialect.Verify(
        """
        x = torch.arange(6.0).view(2, 3)
        print(x.shape, x.size(), x.size(1), x.size(-1), x.shape[0], x.shape[-1], len(x.shape))
        print(x.numel(), x.dim(), x.ndim, x.dtype, x.is_floating_point(), torch.arange(3).is_floating_point())
        print(x.view(3, 2), x.reshape(6), x.reshape(-1, 2).shape, x.t(), x.transpose(0, 1).shape, x.unsqueeze(0).shape)
        print(x.clone(), x.contiguous().shape, x.to(torch.int64), x.double().dtype, x.long().dtype, x.long().float().dtype)
        print(x.sum().item(), x.mean().item(), torch.tensor(7).item(), torch.tensor(False).item(), x.shape == torch.Size([2, 3]))
        print(x.shape.numel(), x.size() == x.shape)
        torch.ones(2).item()
        """,
        () =>
        {
            var x = torch.arange(6.0).view(2, 3);
            print(x.shape, x.size(), x.size(1), x.size(-1), x.shape[0], x.shape[-1], len(x.shape));
            print(x.numel(), x.dim(), x.ndim, x.dtype, x.is_floating_point(), torch.arange(3).is_floating_point());
            print(x.view(3, 2), x.reshape(6), x.reshape(-1, 2).shape, x.t(), x.transpose(0, 1).shape, x.unsqueeze(0).shape);
            print(x.clone(), x.contiguous().shape, x.to(torch.int64), x.@double().dtype, x.@long().dtype, x.@long().@float().dtype);
            print(x.sum().item(), x.mean().item(), torch.tensor(7).item(), torch.tensor(false).item(), x.shape == new Size(2, 3));
            print(x.shape.numel(), x.size() == x.shape);
            torch.ones(2).item();
        });

    [Test]
    public void MathMembers() => Dialect.Verify(
        """
        x = torch.tensor([[1.0, -2.0], [3.0, 0.5]], requires_grad=True)
        print(x.sum(), x.sum(0), x.sum(1, True), x.sum((0, 1)), x.mean(), x.mean(1), x.mean((0, 1), keepdim=True))
        print(x.norm(), x.norm(1), x.pow(2), x.pow(x))
        v = torch.tensor([1.0, 2.0], requires_grad=True)
        print(v.dot(v), x.mm(x), x.matmul(v), x.add(1), x.add(x), x.sub(1), x.sub(x), x.mul(2), x.mul(x), x.div(2), x.div(x))
        print(x.neg(), x.sin(), x.cos(), x.exp(), x.abs().log(), x.abs().sqrt(), x.abs(), x.tanh(), x.sigmoid(), x.relu())
        w = torch.zeros(2)
        w.add_(1)
        w.add_(torch.ones(2))
        w.sub_(0.5)
        w.sub_(torch.ones(2))
        w.mul_(3)
        w.mul_(torch.tensor([1.0, 2.0]))
        w.div_(2)
        w.div_(torch.tensor([1.0, 4.0]))
        print(w)
        w.fill_(7)
        print(w)
        w.copy_(torch.tensor([1.0, 2.0]))
        print(w, w.zero_())
        """,
        () =>
        {
            var x = torch.tensor(new[,] { { 1.0, -2.0 }, { 3.0, 0.5 } }, requires_grad: true);
            print(x.sum(), x.sum(0), x.sum(1, true), x.sum([0, 1]), x.mean(), x.mean(1), x.mean([0, 1], keepdim: true));
            print(x.norm(), x.norm(1), x.pow(2), x.pow(x));
            var v = torch.tensor(new[] { 1.0, 2.0 }, requires_grad: true);
            print(v.dot(v), x.mm(x), x.matmul(v), x.add(1), x.add(x), x.sub(1), x.sub(x), x.mul(2), x.mul(x), x.div(2), x.div(x));
            print(x.neg(), x.sin(), x.cos(), x.exp(), x.abs().log(), x.abs().sqrt(), x.abs(), x.tanh(), x.sigmoid(), x.relu());
            var w = torch.zeros(2);
            w.add_(1);
            w.add_(torch.ones(2));
            w.sub_(0.5);
            w.sub_(torch.ones(2));
            w.mul_(3);
            w.mul_(torch.tensor(new[] { 1.0, 2.0 }));
            w.div_(2);
            w.div_(torch.tensor(new[] { 1.0, 4.0 }));
            print(w);
            w.fill_(7);
            print(w);
            w.copy_(torch.tensor(new[] { 1.0, 2.0 }));
            print(w, w.zero_());
        });

    [Test]
    public void IntegerTensorCannotRequireGrad() => Dialect.Verify(
        "torch.arange(3).requires_grad_()",
        () => torch.arange(3).requires_grad_());

    [Test]
    public void GradFnMembers() => Dialect.Verify(
        """
        a = torch.ones(2, requires_grad=True)
        b = torch.ones(2)
        c = a * 2 + b
        print(c.grad_fn.name(), c.grad_fn.next_functions)
        print(c.grad_fn.next_functions[0][0].next_functions)
        print((a * b).grad_fn.next_functions, len(c.grad_fn.next_functions))
        """,
        () =>
        {
            var a = torch.ones(2, requires_grad: true);
            var b = torch.ones(2);
            var c = a * 2 + b;
            GradFn fn = c.grad_fn!;
            print(fn.name(), fn.next_functions);
            print(fn.next_functions[0].Item1!.next_functions);
            print((a * b).grad_fn!.next_functions, fn.next_functions.Count);
        });
}
