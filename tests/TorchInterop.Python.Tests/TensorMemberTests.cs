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

    /// <summary>Seed 000 (the autograd tutorial), ported line by line.</summary>
    [Test]
    public void Seed000AutogradTutorial() => Dialect.Verify(
        """
        torch.manual_seed(0)
        x = torch.ones(2, 2, requires_grad=True)
        print(x)
        y = x + 2
        print(y)
        print(y.grad_fn)
        z = y * y * 3
        out = z.mean()
        print(z, out)
        a = torch.randn(2, 2)
        a = ((a * 3) / (a - 1))
        print(a.requires_grad)
        a.requires_grad_(True)
        print(a.requires_grad)
        b = (a * a).sum()
        print(b.grad_fn)
        out.backward()
        print(x.grad)
        x = torch.randn(3, requires_grad=True)
        y = x * 2
        while y.data.norm() < 1000:
            y = y * 2
        print(y)
        v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
        y.backward(v)
        print(x.grad)
        print(x.requires_grad)
        print((x ** 2).requires_grad)
        with torch.no_grad():
            print((x ** 2).requires_grad)
        print(x.requires_grad)
        y = x.detach()
        print(y.requires_grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.ones(2, 2, requires_grad: true);
            print(x);
            var y = x + 2;
            print(y);
            print(y.grad_fn);
            var z = y * y * 3;
            var @out = z.mean();
            print(z, @out);
            var a = torch.randn(2, 2);
            a = ((a * 3) / (a - 1));
            print(a.requires_grad);
            a.requires_grad_(true);
            print(a.requires_grad);
            var b = (a * a).sum();
            print(b.grad_fn);
            @out.backward();
            print(x.grad);
            x = torch.randn(3, requires_grad: true);
            y = x * 2;
            while (y.data.norm() < 1000)
                y = y * 2;
            print(y);
            var v = torch.tensor(new[] { 0.1, 1.0, 0.0001 }, dtype: torch.@float);
            y.backward(v);
            print(x.grad);
            print(x.requires_grad);
            print((x.pow(2)).requires_grad);
            using (torch.no_grad())
                print((x.pow(2)).requires_grad);
            print(x.requires_grad);
            y = x.detach();
            print(y.requires_grad);
        });

    /// <summary>Seed 001 (autograd basics, d2l style), ported line by line; notebook cell values are printed.</summary>
    [Test]
    public void Seed001AutogradBasics() => Dialect.Verify(
        """
        torch.manual_seed(0)
        x = torch.arange(4.0)
        print(x)
        x.requires_grad_(True)
        print(x.grad)
        print(x.grad == None)
        print(torch.tensor([1., 2., 3.], requires_grad=True))
        print(torch.randn((2, 5), requires_grad=True))
        y = 2 * torch.dot(x, x)
        print(y)
        y.backward()
        print(x.grad)
        print(x.grad == 4 * x)
        x.grad.zero_()
        y = x.sum()
        y.backward()
        print(x, x.grad)
        x.grad.zero_()
        y = x * x
        y.sum().backward()
        print(x.grad)
        x.grad.zero_()
        y = x * x
        y.backward(torch.ones(len(x)))
        print(x.grad)
        x.grad.zero_()
        y = x * x
        u = y.detach()
        z = u * x
        z.sum().backward()
        print(x.grad == u)
        x = torch.tensor([1.], requires_grad=True)
        with torch.no_grad():
            y = x * 2
        print(y.requires_grad)
        print((x, x.grad))
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.arange(4.0);
            print(x);
            x.requires_grad_(true);
            print(x.grad);
            print(x.grad is null);
            print(torch.tensor(new[] { 1.0, 2.0, 3.0 }, requires_grad: true));
            print(torch.randn([2, 5], requires_grad: true));
            var y = 2 * torch.dot(x, x);
            print(y);
            y.backward();
            print(x.grad);
            print(x.grad! == 4 * x);
            x.grad!.zero_();
            y = x.sum();
            y.backward();
            print(x, x.grad);
            x.grad!.zero_();
            y = x * x;
            y.sum().backward();
            print(x.grad);
            x.grad!.zero_();
            y = x * x;
            y.backward(torch.ones(len(x)));
            print(x.grad);
            x.grad!.zero_();
            y = x * x;
            var u = y.detach();
            var z = u * x;
            z.sum().backward();
            print(x.grad! == u);
            x = torch.tensor(new[] { 1.0 }, requires_grad: true);
            using (torch.no_grad())
                y = x * 2;
            print(y.requires_grad);
            print((x, x.grad));
        });

    /// <summary>Seed 004 (Variable and the computation graph), ported line by line.</summary>
    [Test]
    public void Seed004VariableAndGraph() => Dialect.Verify(
        """
        from torch.autograd import Variable
        import torch
        x = Variable(torch.ones(2), requires_grad = True)
        z = 4 * x * x
        y = z.norm()
        print(y)
        torch.manual_seed(0)
        x1 = torch.rand((2,2), requires_grad=True)
        x2 = torch.rand((2,2), requires_grad=True)
        y=torch.mm(x1,x2)
        z=torch.sin(y+x2)
        L=z.mean()
        L.backward()
        print(x1.grad, x2.grad)
        print(torch.autograd.Variable(x1).requires_grad)
        """,
        () =>
        {
            var x = Variable(torch.ones(2), requires_grad: true);
            var z = 4 * x * x;
            var y = z.norm();
            print(y);
            torch.manual_seed(0);
            var x1 = torch.rand([2, 2], requires_grad: true);
            var x2 = torch.rand([2, 2], requires_grad: true);
            y = torch.mm(x1, x2);
            z = torch.sin(y + x2);
            var L = z.mean();
            L.backward();
            print(x1.grad, x2.grad);
            print(torch.autograd.Variable(x1).requires_grad);
        });

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
