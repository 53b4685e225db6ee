#if LIBTORCH_2
using static TorchInterop.Python.Builtins;

namespace TorchInterop.Python.Tests;

/// <summary>PyTorch 2's form of torch.autograd.Function: forward without ctx, and a separate setup_context.</summary>
[TestFixture, NonParallelizable]
public class SetupContextTests
{
    private sealed class LinearFunction : torch.autograd.Function<LinearFunction>
    {
        public static Tensor forward(Tensor input, Tensor weight, Tensor? bias = null)
        {
            var output = input.mm(weight.t());
            if (bias is not null) output += bias.unsqueeze(0).expand_as(output);
            return output;
        }

        public static void setup_context(FunctionContext ctx, object?[] inputs, Tensor output) =>
            ctx.save_for_backward((Tensor)inputs[0]!, (Tensor)inputs[1]!, (Tensor?)inputs[2]);

        public static (Tensor?, Tensor?, Tensor?) backward(FunctionContext ctx, Tensor grad_output)
        {
            var saved = ctx.saved_tensors;
            Tensor input = saved[0]!, weight = saved[1]!;
            Tensor? bias = saved[2];
            Tensor? grad_input = null, grad_weight = null, grad_bias = null;
            if (ctx.needs_input_grad[0]) grad_input = grad_output.mm(weight);
            if (ctx.needs_input_grad[1]) grad_weight = grad_output.t().mm(input);
            if (bias is not null && ctx.needs_input_grad[2]) grad_bias = grad_output.sum(0);
            return (grad_input, grad_weight, grad_bias);
        }
    }

    private sealed class MyCube : torch.autograd.Function<MyCube, (Tensor, Tensor)>
    {
        public static (Tensor, Tensor) forward(Tensor x) => (x.pow(3), 3 * x.pow(2));

        public static void setup_context(FunctionContext ctx, Tensor inputs, (Tensor result, Tensor dx) output)
        {
            ctx.save_for_backward(inputs, output.dx);
        }

        public static Tensor backward(FunctionContext ctx, Tensor grad_output, Tensor grad_dx)
        {
            Tensor x = ctx.saved_tensors[0]!, dx = ctx.saved_tensors[1]!;
            return grad_output * dx + grad_dx * 6 * x;
        }
    }

    private sealed class MulConstant : torch.autograd.Function<MulConstant>
    {
        public static Tensor forward(Tensor tensor, double constant) => tensor * constant;

        public static void setup_context(FunctionContext ctx, (Tensor tensor, double constant) inputs, Tensor output) =>
            ctx["constant"] = inputs.constant;

        public static (Tensor, Tensor?) backward(FunctionContext ctx, Tensor grad_output) =>
            (grad_output * (double)ctx["constant"]!, null);
    }

    [Test]
    public void SetupContextFunctionsMatchPyTorch() => Dialect.Verify(
        """
        class LinearFunction(torch.autograd.Function):
            @staticmethod
            def forward(input, weight, bias):
                output = input.mm(weight.t())
                if bias is not None:
                    output += bias.unsqueeze(0).expand_as(output)
                return output
            @staticmethod
            def setup_context(ctx, inputs, output):
                input, weight, bias = inputs
                ctx.save_for_backward(input, weight, bias)
            @staticmethod
            def backward(ctx, grad_output):
                input, weight, bias = ctx.saved_tensors
                grad_input = grad_weight = grad_bias = None
                if ctx.needs_input_grad[0]:
                    grad_input = grad_output.mm(weight)
                if ctx.needs_input_grad[1]:
                    grad_weight = grad_output.t().mm(input)
                if bias is not None and ctx.needs_input_grad[2]:
                    grad_bias = grad_output.sum(0)
                return grad_input, grad_weight, grad_bias
        class MyCube(torch.autograd.Function):
            @staticmethod
            def forward(x):
                result = x ** 3
                dx = 3 * x ** 2
                return result, dx
            @staticmethod
            def setup_context(ctx, inputs, output):
                x, = inputs
                result, dx = output
                ctx.save_for_backward(x, dx)
            @staticmethod
            def backward(ctx, grad_output, grad_dx):
                x, dx = ctx.saved_tensors
                result = grad_output * dx + grad_dx * 6 * x
                return result
        class MulConstant(torch.autograd.Function):
            @staticmethod
            def forward(tensor, constant):
                return tensor * constant
            @staticmethod
            def setup_context(ctx, inputs, output):
                ctx.constant = inputs[1]
            @staticmethod
            def backward(ctx, grad_output):
                return grad_output * ctx.constant, None
        torch.manual_seed(0)
        x = torch.randn(3, 4, requires_grad=True)
        w = torch.randn(2, 4, requires_grad=True)
        b = torch.randn(2, requires_grad=True)
        y = LinearFunction.apply(x, w, b)
        print(y, y.grad_fn.name())
        y.sum().backward()
        print(x.grad, w.grad, b.grad)
        c = torch.tensor([1., 2., 3.], requires_grad=True)
        r, dx = MyCube.apply(c)
        g, = torch.autograd.grad(r.sum(), c, create_graph=True)
        print(r, dx, g)
        gg, = torch.autograd.grad(g.sum(), c)
        print(gg)
        z = MulConstant.apply(c, 5)
        z.sum().backward()
        print(z.grad_fn, c.grad)
        """,
        () =>
        {
            torch.manual_seed(0);
            var x = torch.randn(3, 4, requires_grad: true);
            var w = torch.randn(2, 4, requires_grad: true);
            var b = torch.randn(2, requires_grad: true);
            var y = LinearFunction.apply(x, w, b);
            print(y, y.grad_fn!.name());
            y.sum().backward();
            print(x.grad, w.grad, b.grad);
            var c = torch.tensor([1.0, 2.0, 3.0], requires_grad: true);
            var (r, dx) = MyCube.apply(c);
            var g = torch.autograd.grad(r.sum(), c, create_graph: true)[0]!;
            print(r, dx, g);
            var gg = torch.autograd.grad(g.sum(), c)[0];
            print(gg);
            var z = MulConstant.apply(c, 5);
            z.sum().backward();
            print(z.grad_fn, c.grad);
        });
}
#endif
