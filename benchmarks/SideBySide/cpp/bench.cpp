// Side-by-side benchmark, C++ side: the workloads written against LibTorch's C++ API directly, the limit the
// .NET library is measured against.
//
//   bench <workload> [<iterations>]
//
// Runs a short warm-up, then the measured loop, and prints one JSON line {"name": ..., "value": ..., "unit": ...}.
// The workloads and their default iteration counts match ../python/bench.py and ../CSharp/ (the runner passes
// the iteration count explicitly, so the defaults only matter for runs by hand).
#include <ATen/ScalarOps.h>
#include <ATen/functorch/BatchedTensorImpl.h>
#include <ATen/functorch/DynamicLayer.h>
#include <ATen/functorch/TensorWrapper.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <string>

namespace {

struct Result {
  double value;
  const char* unit;
};

struct Workload {
  long iterations;
  std::function<Result(long)> run;
};

// Runs loop(n / 10) as a warm-up, then times loop(n); returns seconds per iteration.
template <class Loop>
double seconds_per_iteration(long n, Loop loop) {
  loop(std::max(n / 10, 1L));
  auto start = std::chrono::steady_clock::now();
  loop(n);
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  return elapsed.count() / static_cast<double>(n);
}

// A field of /proc/self/status in kB (VmRSS, VmHWM).
double status_kb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string key;
  double value = 0;
  while (status >> key) {
    if (key == field + ":") {
      status >> value;
      return value;
    }
    status.ignore(1 << 16, '\n');
  }
  throw std::runtime_error("no " + field + " in /proc/self/status");
}

// Python binds the number in `x * 2` as a wrapped-number tensor (mul.Tensor, MulBackward0), and so does
// TorchInterop; C++'s `x * 2` would take the Scalar overload (MulBackward1), a different amount of work. The
// benchmark does what Python and TorchInterop do, so the ratios measure the bindings, not the overload.
torch::Tensor number(double value) { return at::native::wrapped_scalar_tensor(value); }
torch::Tensor number(int64_t value) { return at::native::wrapped_scalar_tensor(value); }

// y = x * 2 on a 4-element tensor with requires_grad; µs per op.
Result small_op(long n) {
  auto x = torch::ones({4}, torch::requires_grad());
  double s = seconds_per_iteration(n, [&](long count) {
    for (long i = 0; i < count; i++) {
      auto y = x * number(int64_t{2});
    }
  });
  return {s * 1e6, "us"};
}

void small_graph_loop(const torch::Tensor& x, long count) {
  for (long i = 0; i < count; i++) (x * number(int64_t{2}) + number(int64_t{1})).sum().backward();
}

// ((x * 2 + 1).sum()).backward(); µs per iteration.
Result small_graph(long n) {
  auto x = torch::ones({4}, torch::requires_grad());
  double s = seconds_per_iteration(n, [&](long count) { small_graph_loop(x, count); });
  return {s * 1e6, "us"};
}

// The cube Function of Python's tutorial as LibTorch's C++ custom Function.
struct Cube : public torch::autograd::Function<Cube> {
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, torch::Tensor x) {
    ctx->save_for_backward({x});
    return x.pow(3);
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list grads) {
    auto x = ctx->get_saved_variables()[0];
    return {grads[0] * 3 * x.pow(2)};
  }
};

// Cube::apply(x).sum().backward(); µs per iteration.
Result custom_function(long n) {
  auto x = torch::ones({4}, torch::requires_grad());
  double s = seconds_per_iteration(n, [&](long count) {
    for (long i = 0; i < count; i++) Cube::apply(x).sum().backward();
  });
  return {s * 1e6, "us"};
}

// One SGD step of a 784-128-10 MLP (ReLU, cross-entropy, batch 64) written with raw tensors; µs per step.
Result mlp_step(long n) {
  torch::manual_seed(0);
  auto w1 = (torch::randn({784, 128}) * 0.01).requires_grad_();
  auto b1 = torch::zeros({128}, torch::requires_grad());
  auto w2 = (torch::randn({128, 10}) * 0.01).requires_grad_();
  auto b2 = torch::zeros({10}, torch::requires_grad());
  auto x = torch::randn({64, 784});
  auto target = torch::arange(64, torch::kLong).remainder(10);
  std::vector<torch::Tensor> params{w1, b1, w2, b2};
  const double lr = 0.01;

  double s = seconds_per_iteration(n, [&](long count) {
    for (long i = 0; i < count; i++) {
      auto h = torch::relu(x.mm(w1) + b1);
      auto logits = h.mm(w2) + b2;
      auto loss = torch::nn::functional::cross_entropy(logits, target);
      loss.backward();
      torch::NoGradGuard no_grad;
      for (auto& p : params) p.sub_(p.grad() * number(lr));
      for (auto& p : params) p.grad().zero_();
    }
  });
  return {s * 1e6, "us"};
}

// torch.autograd.functional.jacobian's reverse mode (vectorize=False) of x -> tanh(w @ x + b), 16 to 16, as LibTorch
// does it: one autograd::grad per output element, the rows stacked; µs per Jacobian.
Result jacobian_small(long n) {
  torch::manual_seed(0);
  auto w = torch::randn({16, 16});
  auto b = torch::randn({16});
  auto x = torch::randn({16});
  double s = seconds_per_iteration(n, [&](long count) {
    for (long i = 0; i < count; i++) {
      auto input = x.detach().requires_grad_(true);
      auto flat = torch::tanh(w.mv(input) + b).reshape({-1});
      std::vector<torch::Tensor> rows;
      for (int64_t j = 0; j < flat.numel(); j++)
        rows.push_back(torch::autograd::grad({flat[j]}, {input}, {}, true, false, true)[0]);
      auto jacobian = torch::stack(rows, 0).view({16, 16});
    }
  });
  return {s * 1e6, "us"};
}

namespace ft = at::functorch;

// vmap(grad(f, argnums=(0, 1, 2, 3)), in_dims=(None, None, None, None, 0, 0)) on LibTorch's functorch layers, as a C++
// program has to write it (LibTorch has no C++ front end for the transforms): a Vmap layer with the data batched, a
// Grad layer with every argument wrapped and the parameters made differentiable, autograd::grad with create_graph,
// then the wrappers and the batch dimension removed.
std::vector<torch::Tensor> per_sample_gradients(const std::vector<torch::Tensor>& params, const torch::Tensor& x,
                                                const torch::Tensor& target) {
  int64_t vmap_level = ft::initAndPushDynamicLayer(ft::TransformType::Vmap, x.size(0), ft::RandomnessType::Error);
  auto xi = ft::addBatchDim(x, 0, vmap_level);
  auto ti = ft::addBatchDim(target, 0, vmap_level);
  std::vector<torch::Tensor> grads;
  {
    int64_t grad_level = ft::initAndPushDynamicLayer(ft::TransformType::Grad, {}, {}, c10::GradMode::is_enabled());
    c10::AutoGradMode enable_grad(true);
    std::vector<torch::Tensor> wrapped;
    ft::setInplaceRequiresGradAllowed(true);
    for (const auto& p : params) wrapped.push_back(ft::makeTensorWrapper(p, grad_level).requires_grad_(true));
    ft::setInplaceRequiresGradAllowed(false);
    auto h = torch::relu(ft::makeTensorWrapper(xi, grad_level).matmul(wrapped[0]) + wrapped[1]);
    auto logits = h.matmul(wrapped[2]) + wrapped[3];
    auto loss = torch::nn::functional::cross_entropy(logits.unsqueeze(0), ft::makeTensorWrapper(ti, grad_level).unsqueeze(0));
    for (auto& g : torch::autograd::grad({loss}, wrapped, {}, false, true)) grads.push_back(ft::maybeGetTensorWrapper(g)->value());
    ft::popDynamicLayerAndDeleteMetadata();
  }
  for (auto& g : grads) {
    const auto* batched = ft::maybeGetBatchedImpl(g);
    g = batched->value().movedim(batched->bdim(), 0);
  }
  ft::popDynamicLayerAndDeleteMetadata();
  return grads;
}

// The per-sample gradients of a 16-32-4 MLP's cross-entropy over a batch of 64; µs per batch.
Result per_sample_grads(long n) {
  torch::manual_seed(0);
  auto w1 = torch::randn({16, 32}) * 0.1;
  auto b1 = torch::zeros({32});
  auto w2 = torch::randn({32, 4}) * 0.1;
  auto b2 = torch::zeros({4});
  auto x = torch::randn({64, 16});
  auto target = torch::arange(64, torch::kLong).remainder(4);
  std::vector<torch::Tensor> params{w1, b1, w2, b2};
  double s = seconds_per_iteration(n, [&](long count) {
    for (long i = 0; i < count; i++) per_sample_gradients(params, x, target);
  });
  return {s * 1e6, "us"};
}

// (a.mm(b)).sum().backward() with 1024x1024 float32 a and b; ms per iteration.
Result matmul_1024(long n) {
  torch::manual_seed(0);
  auto a = torch::randn({1024, 1024}, torch::requires_grad());
  auto b = torch::randn({1024, 1024}, torch::requires_grad());
  double s = seconds_per_iteration(n, [&](long count) {
    for (long i = 0; i < count; i++) a.mm(b).sum().backward();
  });
  return {s * 1e3, "ms"};
}

// The first backward of a fresh process. The runner times the whole process; the value printed is the
// gradient's sum (4), which shows the backward ran.
Result startup(long) {
  auto x = torch::ones({2}, torch::requires_grad());
  (x * 2).sum().backward();
  return {x.grad().sum().item<double>(), "grad_sum"};
}

// Resets VmHWM to the current VmRSS (Linux 4.0+), so the peak read after a loop is the loop's own.
void reset_peak_rss() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

// Peak resident memory growth over n iterations of small_graph, in MB (2^20 bytes).
Result rss(long n) {
  auto x = torch::ones({4}, torch::requires_grad());
  small_graph_loop(x, 1000);
  reset_peak_rss();
  double before_kb = status_kb("VmRSS");
  small_graph_loop(x, n);
  double peak_kb = status_kb("VmHWM");
  return {(peak_kb - before_kb) / 1024.0, "MB"};
}

// C++ has no disposed/undisposed distinction: the *_undisposed and rss_scope names run the same loops.
const std::map<std::string, Workload> workloads{
    {"small_op", {500000, small_op}},
    {"small_op_undisposed", {500000, small_op}},
    {"small_graph", {100000, small_graph}},
    {"small_graph_undisposed", {100000, small_graph}},
    {"custom_function", {50000, custom_function}},
    {"mlp_step", {3000, mlp_step}},
    {"jacobian_small", {2000, jacobian_small}},
    {"per_sample_grads", {2000, per_sample_grads}},
    {"matmul_1024", {20, matmul_1024}},
    {"startup", {1, startup}},
    {"rss_no_dispose", {1000000, rss}},
    {"rss_scope", {1000000, rss}},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3 || workloads.count(argv[1]) == 0) {
    std::fprintf(stderr, "usage: bench <workload> [<iterations>]\nworkloads:");
    for (const auto& [name, _] : workloads) std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return 2;
  }
  at::set_num_threads(1);

  const std::string name = argv[1];
  const Workload& workload = workloads.at(name);
  long iterations = argc == 3 ? std::atol(argv[2]) : workload.iterations;
  Result result = workload.run(iterations);
  std::printf("{\"name\": \"%s\", \"value\": %.9g, \"unit\": \"%s\"}\n", name.c_str(), result.value, result.unit);
  return 0;
}
