// Autograd: requires_grad, .grad, backward, torch.autograd.grad, grad modes, grad_fn nodes.
#include <c10/core/InferenceMode.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/functions/accumulate_grad.h>
#include <torch/csrc/autograd/utils/error_messages.h>
#include <torch/csrc/autograd/variable.h>
#include <torch/csrc/api/include/torch/version.h>
#include <sstream>
#include <type_traits>

#include "common.h"

using ti::Borrowed;
using ti::guard;
// std::shared_ptr in LibTorch 1.x, c10::intrusive_ptr in 2.x: whatever an Edge holds.
using NodePtr = std::decay_t<decltype(torch::autograd::Edge::function)>;

namespace {

bool differentiable(const at::Tensor& t) { return at::isFloatingType(t.scalar_type()) || at::isComplexType(t.scalar_type()); }

std::string python_size(at::IntArrayRef sizes) {
  std::ostringstream s;
  s << "torch.Size([";
  for (size_t i = 0; i < sizes.size(); ++i) s << (i ? ", " : "") << sizes[i];
  s << "])";
  return s.str();
}

// Python's torch.autograd._make_grads: its checks and wording, then implicit ones for scalars.
std::vector<at::Tensor> make_grads(const std::vector<at::Tensor>& outputs, const std::vector<at::Tensor>& grads) {
  std::vector<at::Tensor> result;
  for (size_t i = 0; i < outputs.size(); ++i) {
    const at::Tensor& out = outputs[i];
    const at::Tensor& grad = grads[i];
    if (grad.defined()) {
      if (!out.sizes().equals(grad.sizes())) {
        TORCH_CHECK(false, "Mismatch in shape: grad_output[", i, "] has a shape of ", python_size(grad.sizes()),
                    " and output[", i, "] has a shape of ", python_size(out.sizes()), ".");
      }
      result.push_back(grad);
    } else if (out.requires_grad()) {
      TORCH_CHECK(out.numel() == 1, "grad can be implicitly created only for scalar outputs");
      result.push_back(at::ones_like(out, at::MemoryFormat::Preserve));
    } else {
      result.push_back(grad);
    }
  }
  return result;
}

c10::optional<bool> optional_flag(int32_t value) {
  if (value < 0) return c10::nullopt;
  return value != 0;
}

ti_node give_node(NodePtr node) {
  if (!node) return nullptr;
  ti::live_nodes.fetch_add(1, std::memory_order_relaxed);
  return new NodePtr(std::move(node));
}

thread_local std::string node_name;

}  // namespace

extern "C" {

TI_API int32_t ti_requires_grad(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(Borrowed(t)->requires_grad()); });
}

TI_API int32_t ti_set_requires_grad(ti_tensor t, int32_t requires_grad, int32_t as_method) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    const at::Tensor& var = *b;
    if (as_method == 2) {
      // Factories: autograd's own check, whose wording Python's factories share.
    } else if (as_method) {
      if (!var.is_leaf() && !requires_grad) throw std::runtime_error(torch::autograd::utils::requires_grad_leaf_error(false));
      if (requires_grad && !differentiable(var))
        throw std::runtime_error("only Tensors of floating point dtype can require gradients");
    } else {
      if (!var.is_leaf()) throw std::runtime_error(torch::autograd::utils::requires_grad_leaf_error(requires_grad != 0));
      if (requires_grad && !differentiable(var))
        throw std::runtime_error("only Tensors of floating point and complex dtype can require gradients");
    }
    var.set_requires_grad(requires_grad != 0);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_is_leaf(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(Borrowed(t)->is_leaf()); });
}

TI_API int32_t ti_grad(ti_tensor t, ti_tensor* out) {
  return guard(int32_t{TI_ERROR}, [&] {
    *out = ti::give(Borrowed(t)->grad());
    return int32_t{TI_OK};
  });
}

TI_API void* ti_grad_identity(ti_tensor t) {
  return guard(static_cast<void*>(nullptr), [&]() -> void* {
    Borrowed b(t);
    const at::Tensor& grad = b->grad();
    return grad.defined() ? grad.unsafeGetTensorImpl() : nullptr;
  });
}

TI_API int32_t ti_set_grad(ti_tensor t, ti_tensor grad_handle) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    const at::Tensor& var = *b;
    if (!grad_handle) {
      var.mutable_grad().reset();
      return int32_t{TI_OK};
    }
    TORCH_CHECK(grad_handle != t, "can't assign Variable as its own grad");
    Borrowed g(grad_handle);
    // Python's checks of `x.grad = g` (python_variable.cpp), in its version's words.
#if TORCH_VERSION_MAJOR >= 2
    TORCH_CHECK(g->dtype() == var.dtype() || g->is_sparse(), "attempting to assign a gradient with dtype '",
                g->dtype().name(), "' to a tensor with grad_dtype '", var.scalar_type(),
                "'. The gradient must match the tensor's grad_dtype (defaults to the tensor's dtype). You can set the "
                "tensor's grad_dtype attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with "
                "caution. Diverging the dtypes of a tensor and its gradient may break downstream systems that assume "
                "they match.");
    TORCH_CHECK(g->device().type() == var.device().type(), "attempting to assign a gradient with device type '",
                g->device().type(), "' to a tensor with device type '", var.device().type(),
                "'. Please ensure that the gradient and the tensor are on the same device");
    TORCH_CHECK(g->sizes().equals(var.sizes()), "attempting to assign a gradient of size '", g->sizes(),
                "' to a tensor of size '", var.sizes(), "'. Please ensure that the gradient and the tensor are the same size");
#else
    TORCH_CHECK(g->options().type_equal(var.options()) || g->is_sparse(), "assigned grad has data of a different type");
    TORCH_CHECK(g->device() == var.device(), "assigned grad has data located on a different device");
    TORCH_CHECK(g->sizes().equals(var.sizes()), "assigned grad has data of a different size");
#endif
    var.mutable_grad() = *g;
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_retain_grad(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed(t)->retain_grad();
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_retains_grad(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(Borrowed(t)->retains_grad()); });
}

TI_API ti_tensor ti_detach(ti_tensor t) {
  return guard(ti_tensor{nullptr}, [&] { return ti::give(Borrowed(t)->detach()); });
}

TI_API int32_t ti_detach_(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed(t)->detach_();
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_backward(const ti_tensor* tensors, int32_t n, const ti_tensor* grads, int32_t retain_graph,
                           int32_t create_graph, const ti_tensor* inputs, int32_t ninputs) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto outputs = ti::borrow_list(tensors, n);
    auto grad_tensors = make_grads(outputs, ti::borrow_list(grads, n));
    auto input_list = ti::borrow_list(inputs, ninputs);
#if TORCH_VERSION_MAJOR >= 2
    TORCH_CHECK(!(inputs && ninputs == 0), "`inputs` argument to `backward()` cannot be empty.");
#else
    TORCH_CHECK(!(inputs && ninputs == 0), "'inputs' argument to backward() cannot be empty.");
#endif
    torch::autograd::backward(outputs, grad_tensors, optional_flag(retain_graph), create_graph != 0, input_list);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_autograd_grad(const ti_tensor* outputs, int32_t n, const ti_tensor* inputs, int32_t ninputs,
                                const ti_tensor* grad_outputs, int32_t retain_graph, int32_t create_graph,
                                int32_t allow_unused, ti_tensor* results) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto output_list = ti::borrow_list(outputs, n);
    auto grads = make_grads(output_list, ti::borrow_list(grad_outputs, n));
    auto input_list = ti::borrow_list(inputs, ninputs);
    // Python's engine checks for unused inputs after running, in its own words (2.x names the index).
    auto result = torch::autograd::grad(output_list, input_list, grads, optional_flag(retain_graph), create_graph != 0,
                                        /*allow_unused=*/true);
    for (int32_t i = 0; i < ninputs && !allow_unused; ++i) {
#if TORCH_VERSION_MAJOR >= 2
      TORCH_CHECK(result[i].defined(), "The differentiated Tensor at index ", i,
                  " appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.");
#else
      TORCH_CHECK(result[i].defined(), "One of the differentiated Tensors appears to not have been used in the graph. "
                  "Set allow_unused=True if this is the desired behavior.");
#endif
    }
    for (int32_t i = 0; i < ninputs; ++i) results[i] = ti::give(std::move(result[i]));
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_is_grad_enabled(void) { return at::GradMode::is_enabled() ? 1 : 0; }

TI_API int32_t ti_set_grad_enabled(int32_t enabled) {
  return guard(int32_t{TI_ERROR}, [&] {
    at::GradMode::set_enabled(enabled != 0);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_is_inference_mode_enabled(void) { return c10::InferenceMode::is_enabled() ? 1 : 0; }

TI_API ti_guard ti_inference_mode_enter(int32_t enabled) {
  return guard(ti_guard{nullptr}, [&] { return static_cast<ti_guard>(new c10::InferenceMode(enabled != 0)); });
}

TI_API void ti_inference_mode_exit(ti_guard g) { delete static_cast<c10::InferenceMode*>(g); }

TI_API int32_t ti_is_inference(ti_tensor t) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(Borrowed(t)->is_inference()); });
}

TI_API int32_t ti_grad_fn(ti_tensor t, ti_node* out) {
  return guard(int32_t{TI_ERROR}, [&] {
    *out = give_node(Borrowed(t)->grad_fn());
    return int32_t{TI_OK};
  });
}

TI_API void* ti_grad_fn_identity(ti_tensor t) {
  return guard(static_cast<void*>(nullptr), [&]() -> void* { return Borrowed(t)->grad_fn().get(); });
}

TI_API void ti_node_free(ti_node node) {
  if (!node) return;
  ti::live_nodes.fetch_sub(1, std::memory_order_relaxed);
  delete static_cast<NodePtr*>(node);
}

TI_API void* ti_node_identity(ti_node node) { return static_cast<NodePtr*>(node)->get(); }

TI_API const char* ti_node_name(ti_node node) {
  return guard(static_cast<const char*>(nullptr), [&] {
    node_name = (*static_cast<NodePtr*>(node))->name();
    return node_name.c_str();
  });
}

TI_API int32_t ti_node_num_next(ti_node node) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>((*static_cast<NodePtr*>(node))->num_outputs()); });
}

TI_API int32_t ti_node_variable(ti_node node, ti_tensor* out) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto* accumulate = dynamic_cast<torch::autograd::AccumulateGrad*>((*static_cast<NodePtr*>(node)).get());
    *out = accumulate ? ti::give(accumulate->variable) : nullptr;
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_node_next(ti_node node, int32_t i, ti_node* fn, int32_t* input_nr) {
  return guard(int32_t{TI_ERROR}, [&] {
    const auto& n = *static_cast<NodePtr*>(node);
    TORCH_CHECK_INDEX(i >= 0 && static_cast<uint32_t>(i) < n->num_outputs(), "next function index ", i,
                      " is out of range for a node with ", n->num_outputs(), " next functions");
    const auto& edge = n->next_edge(static_cast<size_t>(i));
    *fn = give_node(edge.function);
    *input_nr = static_cast<int32_t>(edge.input_nr);
    return int32_t{TI_OK};
  });
}
}
