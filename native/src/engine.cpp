// Our autograd Engine: LibTorch asks its default engine for two things PyTorch's Python answers with its PythonEngine
// (torch/csrc/autograd/python_engine.cpp): the anomaly metadata of each node (python_anomaly_mode.cpp: the forward
// call's stack, printed when the node's backward fails) and the default hooks of each saved tensor
// (python_saved_variable_hooks.cpp: the innermost pair of torch.autograd.graph.saved_tensors_hooks). We install ours
// the same way, with set_default_engine_stub, when the library loads.
#include <ATen/SavedTensorHooks.h>
#include <torch/csrc/api/include/torch/version.h>
#include <torch/csrc/autograd/anomaly_mode.h>
#include <torch/csrc/autograd/engine.h>
#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/saved_variable_hooks.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "common.h"
#include "ti_engine.h"

using ti::guard;

namespace ti {
const std::string& hook_error_message();
}

namespace {

using torch::autograd::AnomalyMetadata;
using torch::autograd::SavedVariableHooks;
// LibTorch 2.x holds nodes by c10::intrusive_ptr, 1.x by std::shared_ptr.
using NodePtr = std::decay_t<decltype(torch::autograd::Edge::function)>;

ti_stack_fn stack_callback = nullptr;

// PyTorch's wording (python_anomaly_mode.cpp, _print_stack): the same in 1.13 and 2.x, one warning per node.
std::string describe(const std::string* stack, const std::string& node_name, bool is_parent) {
  if (!stack)
    return "Error detected in " + node_name +
           ". No forward pass information available. Enable detect anomaly during forward pass for more information.";
  if (!is_parent) return "Error detected in " + node_name + ". Traceback of forward call that caused the error:\n" + *stack;
  return "\n\nPrevious calculation was induced by " + node_name +
         ". Traceback of forward call that induced the previous calculation:\n" + *stack;
}

// A node's anomaly metadata: the .NET stack of the call that created it, and the node whose backward created it
// (double backward), as PyAnomalyMetadata keeps them in its dict.
struct ForwardStack final : AnomalyMetadata {
  void store_stack() override {
    if (!stack_callback) return;
    try {
      stack_callback(this);
    } catch (...) {
      // The stack is a diagnostic: never let it fail the operation creating the node.
    }
  }

  void print_stack(const std::string& current_node_name) override {
    TORCH_WARN(describe(stack(), current_node_name, false));
    for (NodePtr parent = parent_; parent;) {
      auto* metadata = dynamic_cast<ForwardStack*>(parent->metadata());
      if (!metadata) break;
      TORCH_WARN(describe(metadata->stack(), parent->name(), true));
      parent = metadata->parent_;
    }
  }

  void assign_parent(const NodePtr& parent_node) override {
    if (parent_node) parent_ = parent_node;
  }

  void set_stack(const char* text) {
    stack_ = text ? text : "";
    has_stack_ = true;
  }

  const std::string* stack() const { return has_stack_ ? &stack_ : nullptr; }

 private:
  std::string stack_;
  bool has_stack_ = false;
  NodePtr parent_;
};

struct HookEntry {
  ti_pack_fn pack;
  ti_unpack_fn unpack;
  ti_release_fn release;
  void* state;
};

// Per thread, as at::SavedTensorDefaultHooks keeps Python's (its own stack holds PyObjects, which we have none of).
thread_local std::vector<HookEntry> hook_stack;
std::atomic<int64_t> packed_alive{0};

using ti::take;

// The hooks of one saved tensor. It owns the packed .NET value, released with the SavedVariable (graph freed, or
// backward without retain_graph), as PySavedVariableHooks owns its packed PyObject.
struct ManagedSavedVariableHooks final : SavedVariableHooks {
  explicit ManagedSavedVariableHooks(const HookEntry& entry) : entry_(entry) {}
  ManagedSavedVariableHooks(const ManagedSavedVariableHooks&) = delete;
  ManagedSavedVariableHooks& operator=(const ManagedSavedVariableHooks&) = delete;

  ~ManagedSavedVariableHooks() override {
    if (!packed_) return;
    entry_.release(packed_);
    packed_alive.fetch_sub(1, std::memory_order_relaxed);
  }

  void call_pack_hook(const at::Tensor& tensor) override {
    int32_t failed = 0;
    void* packed = entry_.pack(entry_.state, ti::give(tensor), &failed);
    TORCH_CHECK(!failed, ti::hook_error_message());
    packed_ = packed;
    packed_alive.fetch_add(1, std::memory_order_relaxed);
  }

  at::Tensor call_unpack_hook() override {
    int32_t failed = 0;
    at::Tensor result = take(entry_.unpack(packed_, &failed));
    TORCH_CHECK(!failed, ti::hook_error_message());
    return result;
  }

 private:
  // entry_.state belongs to the pushed scope: only pack uses it, while the scope is on the stack.
  HookEntry entry_;
  void* packed_ = nullptr;
};

struct ManagedEngine final : torch::autograd::Engine {
  ~ManagedEngine() override { stop(); }

  std::unique_ptr<AnomalyMetadata> make_anomaly_metadata() override { return std::make_unique<ForwardStack>(); }

  std::unique_ptr<SavedVariableHooks> get_default_saved_variable_hooks() override {
    if (hook_stack.empty()) return nullptr;
    return std::make_unique<ManagedSavedVariableHooks>(hook_stack.back());
  }
};

// Never destroyed: worker threads may outlive static destruction at process exit.
torch::autograd::Engine& managed_engine() {
  static ManagedEngine* engine = new ManagedEngine();
  return *engine;
}

const bool engine_installed = (torch::autograd::set_default_engine_stub(&managed_engine), true);

}  // namespace

extern "C" {

TI_API int32_t ti_engine_is_default(void) {
  return guard(int32_t{TI_ERROR}, [] {
    return int32_t{engine_installed && &torch::autograd::Engine::get_default_engine() == &managed_engine() ? 1 : 0};
  });
}

TI_API void ti_set_anomaly_stack_callback(ti_stack_fn callback) { stack_callback = callback; }

TI_API void ti_anomaly_store_stack(void* sink, const char* text) {
  if (!sink) return;
  try {
    static_cast<ForwardStack*>(sink)->set_stack(text);
  } catch (...) {
    // Out of memory copying the text: the node keeps no stack.
  }
}

TI_API int32_t ti_saved_tensors_hooks_push(ti_pack_fn pack, ti_unpack_fn unpack, ti_release_fn release, void* state) {
  return guard(int32_t{TI_ERROR}, [&] {
    TORCH_CHECK(pack && unpack && release, "saved tensor hooks need pack, unpack and release callbacks");
    TORCH_CHECK(at::SavedTensorDefaultHooks::is_enabled(), *at::SavedTensorDefaultHooks::get_disabled_error_message());
    hook_stack.push_back({pack, unpack, release, state});
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_saved_tensors_hooks_pop(void** state) {
  return guard(int32_t{TI_ERROR}, [&] {
    TORCH_CHECK(!hook_stack.empty(), "no saved tensor hooks to pop on this thread");
    if (state) *state = hook_stack.back().state;
    hook_stack.pop_back();
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_saved_tensors_hooks_disable(const char* message) {
  return guard(int32_t{TI_ERROR}, [&] {
    std::string text = message ? message : "";
    at::SavedTensorDefaultHooks::disable(text);
    // LibTorch checks its own stack, which holds Python's hooks; ours are here.
    TORCH_CHECK(hook_stack.empty(), text);
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_saved_tensors_hooks_enable(void) {
  return guard(int32_t{TI_ERROR}, [] {
    at::SavedTensorDefaultHooks::enable();
    return int32_t{TI_OK};
  });
}

TI_API const char* ti_saved_tensors_hooks_disabled_message(void) {
  const auto& message = at::SavedTensorDefaultHooks::get_disabled_error_message();
  return message.has_value() ? message->c_str() : nullptr;
}

TI_API int64_t ti_saved_tensors_packed_alive(void) { return packed_alive.load(std::memory_order_relaxed); }
}
