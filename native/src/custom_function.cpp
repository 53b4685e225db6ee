// torch.autograd.Function: a node whose backward is .NET code, wired into the graph as PyTorch's Python layer
// (torch/csrc/autograd/python_function.cpp: _wrap_outputs, _save_variables, PyNode::apply) wires a Python one.
#include <atomic>
#include <memory>
#include <unordered_set>

#include <torch/csrc/api/include/torch/version.h>
#include <torch/csrc/autograd/custom_function.h>
#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/functions/basic_ops.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/csrc/autograd/saved_variable.h>
#include <torch/csrc/autograd/variable.h>

#include "common.h"
#include "custom_function_jvp.h"
#include "ti_custom_function.h"

using ti::Borrowed;
using ti::guard;
using torch::autograd::Edge;
using torch::autograd::SavedVariable;
using torch::autograd::variable_list;

extern "C" void ti_set_hook_error(const char* message);
namespace ti {
const std::string& hook_error_message();
}

namespace {

using NodePtr = std::decay_t<decltype(Edge::function)>;

std::atomic<int64_t> nodes_alive{0};

using ti::take;

struct OutputInfo {
  std::vector<int64_t> shape;
  at::TensorOptions options;
};

struct ManagedNode : torch::autograd::Node {
  ManagedNode(std::string name, std::vector<bool> is_tensor_input, bool materialize, ti_backward_fn backward,
              ti_release_fn release, void* state)
      : name_(std::move(name)), is_tensor_input_(std::move(is_tensor_input)), materialize_(materialize),
        backward_(backward), release_(release), state_(state) {
    nodes_alive.fetch_add(1, std::memory_order_relaxed);
  }

  ~ManagedNode() override {
    release_(state_);
    nodes_alive.fetch_sub(1, std::memory_order_relaxed);
  }

  std::string name() const override { return name_; }

  void release_variables() override {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& saved : saved_) saved.reset_data();
    released_ = true;
  }

  variable_list apply(variable_list&& grads) override {
    std::vector<ti_tensor> saved_handles;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      for (auto& saved : saved_) saved_handles.push_back(ti::give(saved.unpack(self())));
    }
    std::vector<ti_tensor> grad_handles;
    for (size_t i = 0; i < grads.size(); ++i) {
      at::Tensor grad = grads[i];
      if (!grad.defined() && materialize_ && i < outputs_.size())
        grad = at::zeros(outputs_[i].shape, outputs_[i].options);
      grad_handles.push_back(ti::give(std::move(grad)));
    }
    int32_t capacity = static_cast<int32_t>(is_tensor_input_.size());
    std::vector<ti_tensor> results(capacity + 1, nullptr);
    int32_t got = backward_(state_, saved_handles.data(), static_cast<int32_t>(saved_handles.size()), grad_handles.data(),
                            static_cast<int32_t>(grad_handles.size()), results.data(), capacity);
    std::vector<at::Tensor> owned;
    for (auto handle : results) owned.push_back(take(handle));
    TORCH_CHECK(got >= 0, ti::hook_error_message());
    TORCH_CHECK(got == capacity, "function ", name_, " returned an incorrect number of gradients (expected ", capacity,
                ", got ", got, ")");
    variable_list next;
    for (int32_t i = 0; i < capacity; ++i) {
      if (is_tensor_input_[i]) {
        next.push_back(owned[i]);
      } else {
        TORCH_CHECK(!owned[i].defined(), "function ", name_, " returned a gradient different than None at position ", i + 1,
                    ", but the corresponding forward input was not a Variable");
      }
    }
    return next;
  }

  // The node as its graph holds it (LibTorch 2.x's nodes are intrusive_ptr targets, 1.x's shared_ptr ones).
  NodePtr self() {
#if TORCH_VERSION_MAJOR >= 2
    return c10::intrusive_ptr<torch::autograd::Node>::reclaim_copy(this);
#else
    return shared_from_this();
#endif
  }

  std::string name_;
  std::vector<bool> is_tensor_input_;
  bool materialize_;
  ti_backward_fn backward_;
  ti_release_fn release_;
  void* state_;
  std::vector<SavedVariable> saved_;
  std::vector<OutputInfo> outputs_;
  bool released_ = false;
};

#if TORCH_VERSION_MAJOR >= 2
using ManagedNodePtr = c10::intrusive_ptr<ManagedNode>;

std::vector<c10::optional<at::Tensor>> wrap(const variable_list& inputs, const std::unordered_set<at::TensorImpl*>& non_diff,
                                            const std::unordered_set<at::TensorImpl*>& dirty,
                                            const std::vector<c10::optional<at::Tensor>>& raw, const ManagedNodePtr& node,
                                            const torch::autograd::_jvp_fn_t& jvp) {
  c10::intrusive_ptr<torch::autograd::Node> attached;
  return torch::autograd::_wrap_outputs(inputs, non_diff, dirty, raw, NodePtr(node), jvp, {},
                                        [](const at::Tensor& x) { return x.view_as(x); }, false, attached);
}
template <typename... Args>
ManagedNodePtr make_managed_node(Args&&... args) {
  return c10::make_intrusive<ManagedNode>(std::forward<Args>(args)...);
}
#else
using ManagedNodePtr = std::shared_ptr<ManagedNode>;

std::vector<c10::optional<at::Tensor>> wrap(const variable_list& inputs, const std::unordered_set<at::TensorImpl*>& non_diff,
                                            const std::unordered_set<at::TensorImpl*>& dirty,
                                            const std::vector<c10::optional<at::Tensor>>& raw, const ManagedNodePtr& node,
                                            const torch::autograd::_jvp_fn_t& jvp) {
  return torch::autograd::_wrap_outputs(inputs, non_diff, dirty, raw, NodePtr(node), jvp);
}
// As LibTorch makes its nodes: deleteNode releases long chains without deep recursion.
template <typename... Args>
ManagedNodePtr make_managed_node(Args&&... args) {
  return ManagedNodePtr(new ManagedNode(std::forward<Args>(args)...), torch::autograd::deleteNode);
}
#endif

}  // namespace

extern "C" {

TI_API int32_t ti_custom_function_apply(const char* name, const ti_tensor* inputs, int32_t n_inputs, ti_tensor* outputs,
                                        int32_t n_outputs, const int32_t* non_differentiable, const int32_t* dirty,
                                        const ti_tensor* to_save,
                                        int32_t n_save, int32_t materialize_grads, ti_backward_fn backward,
                                        ti_jvp_fn jvp, ti_release_fn release, void* state) {
  std::vector<bool> is_tensor(n_inputs);
  bool executable = false;
  for (int32_t i = 0; i < n_inputs; ++i) {
    is_tensor[i] = inputs[i] != nullptr;
    if (inputs[i] && Borrowed(inputs[i])->requires_grad()) executable = true;
  }
  executable = executable && at::GradMode::is_enabled();
  ManagedNodePtr node;
  if (executable) {
    try {
      node = make_managed_node(std::string(name ? name : ""), is_tensor, materialize_grads != 0, backward, release, state);
    } catch (...) {
      release(state);
      ti::set_error("out of memory creating an autograd node");
      return TI_ERROR;
    }
  }
  // Without a node (nothing to record), the state serves only the jvp and is released on leaving.
  std::unique_ptr<void, ti_release_fn> unowned_state(executable ? nullptr : state, release);
  return guard(int32_t{TI_ERROR}, [&] {
    variable_list tensor_inputs;
    for (int32_t i = 0; i < n_inputs; ++i)
      if (inputs[i]) tensor_inputs.push_back(*Borrowed(inputs[i]));
    if (node) node->set_next_edges(torch::autograd::collect_next_edges(tensor_inputs));
    std::unordered_set<at::TensorImpl*> non_diff, dirty_inputs;
    std::vector<c10::optional<at::Tensor>> raw;
    for (int32_t i = 0; i < n_outputs; ++i) {
      at::Tensor output = *Borrowed(outputs[i]);
      if (node) node->outputs_.push_back({output.sizes().vec(), output.options()});
      if (non_differentiable && non_differentiable[i]) non_diff.insert(output.unsafeGetTensorImpl());
      if (dirty && dirty[i]) {
        // Python's ctx.mark_dirty bumps the version once more, so saved copies of the old value fail their check.
        torch::autograd::impl::bump_version(output);
        dirty_inputs.insert(output.unsafeGetTensorImpl());
      }
      raw.emplace_back(std::move(output));
    }
    // LibTorch's own wiring of custom Functions (views of inputs, non-differentiable and dirty outputs, history,
    // and the outputs' tangents from the jvp), with or without a node as Python's process_outputs calls it.
    auto jvp_fn = ti::managed_jvp(jvp, state, is_tensor, materialize_grads != 0, n_outputs);
    auto wrapped = wrap(tensor_inputs, non_diff, dirty_inputs, raw, node, jvp_fn);
    for (int32_t i = 0; i < n_outputs; ++i) {
      at::Tensor output = wrapped[i].value_or(at::Tensor());
      if (output.unsafeGetTensorImpl() == Borrowed(outputs[i])->unsafeGetTensorImpl()) continue;
      ti_tensor_free(outputs[i]);
      outputs[i] = ti::give(std::move(output));
    }
    if (!node) return int32_t{TI_OK};
    for (int32_t i = 0; i < n_save; ++i) {
      at::Tensor tensor = *Borrowed(to_save[i]);
      bool is_output = false;
      for (int32_t j = 0; j < n_outputs; ++j)
        is_output = is_output || Borrowed(outputs[j])->unsafeGetTensorImpl() == tensor.unsafeGetTensorImpl();
      node->saved_.emplace_back(tensor, is_output);
    }
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_delayed_error(const char* message, ti_tensor* tensors, int32_t n) {
  return guard(int32_t{TI_ERROR}, [&] {
    variable_list inputs;
    for (int32_t i = 0; i < n; ++i) {
      at::Tensor t = tensors[i] ? *Borrowed(tensors[i]) : at::Tensor();
      if (t.defined()) {
        t = t.detach();
        t.set_requires_grad(true);
      }
      inputs.push_back(std::move(t));
    }
    torch::autograd::DelayedError error(message ? message : "", n);
    auto outputs = error.apply(std::move(inputs));
    for (int32_t i = 0; i < n; ++i) {
      if (!tensors[i]) continue;
      ti_tensor_free(tensors[i]);
      tensors[i] = ti::give(std::move(outputs[i]));
    }
    return int32_t{TI_OK};
  });
}

TI_API int64_t ti_custom_nodes_alive(void) { return nodes_alive.load(std::memory_order_relaxed); }

TI_API int32_t ti_node_is_custom(ti_node node) {
  return guard(int32_t{TI_ERROR}, [&] {
    TORCH_CHECK(node != nullptr, "node handle is null");
    auto& ptr = *static_cast<NodePtr*>(node);
    return int32_t{dynamic_cast<ManagedNode*>(ptr.get()) != nullptr ? 1 : 0};
  });
}
}
