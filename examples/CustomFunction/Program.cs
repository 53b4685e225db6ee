// "Learning PyTorch with Examples": a third-degree polynomial fit of sin(x) through a custom autograd Function (the
// Legendre polynomial P3), then MyCube of "Extending torch.autograd" with double backward, as reference.py does.
using TorchInterop;
using TorchInterop.Python;
using static TorchInterop.Python.Builtins;

var dtype = torch.@float;
var device = torch.device("cpu");
var x = torch.linspace(-Math.PI, Math.PI, 2000, device: device, dtype: dtype);
var y = torch.sin(x);
var a = torch.full([], 0.0, device: device, dtype: dtype, requires_grad: true);
var b = torch.full([], -1.0, device: device, dtype: dtype, requires_grad: true);
var c = torch.full([], 0.0, device: device, dtype: dtype, requires_grad: true);
var d = torch.full([], 0.3, device: device, dtype: dtype, requires_grad: true);

var learning_rate = 5e-6;
Tensor y_pred = null!;
for (int t = 0; t < 2000; t++)
{
    var P3 = LegendrePolynomial3.apply;
    y_pred = a + b * P3(c + d * x);
    var loss = (y_pred - y).pow(2).sum();
    if (t % 100 == 99)
        print(t, loss.item());
    loss.backward();
    using (torch.no_grad())
    {
        a -= learning_rate * a.grad!;
        b -= learning_rate * b.grad!;
        c -= learning_rate * c.grad!;
        d -= learning_rate * d.grad!;
        a.grad = null;
        b.grad = null;
        c.grad = null;
        d.grad = null;
    }
}

print($"Result: y = {a.item()} + {b.item()} * P3({c.item()} + {d.item()} x)");
print(y_pred.grad_fn, y_pred.grad_fn!.next_functions[1].Item1!.next_functions[1].Item1!.name());

x = torch.tensor([1.0, 2.0, 3.0], requires_grad: true);
var @out = MyCube.apply(x);
var grad_x = torch.autograd.grad(@out.sum(), x, create_graph: true)[0]!;
print(@out, grad_x);
var grad_grad_x = torch.autograd.grad(grad_x.sum(), x)[0];
print(grad_grad_x);

internal sealed class LegendrePolynomial3 : torch.autograd.Function<LegendrePolynomial3>
{
    public static Tensor forward(FunctionContext ctx, Tensor input)
    {
        ctx.save_for_backward(input);
        return 0.5 * (5 * input.pow(3) - 3 * input);
    }

    public static Tensor backward(FunctionContext ctx, Tensor grad_output)
    {
        var input = ctx.saved_tensors[0]!;
        return grad_output * 1.5 * (5 * input.pow(2) - 1);
    }
}

internal sealed class MyCube : torch.autograd.Function<MyCube>
{
    public static Tensor forward(FunctionContext ctx, Tensor x)
    {
        var result = x.pow(3);
        ctx.save_for_backward(x);
        return result;
    }

    public static Tensor backward(FunctionContext ctx, Tensor grad_output)
    {
        var x = ctx.saved_tensors[0]!;
        return grad_output * 3 * x.pow(2);
    }
}
