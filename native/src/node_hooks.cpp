// Hooks on graph nodes: .NET functions of a node's gradients that LibTorch's engine calls around the node's apply
// (Python's grad_fn.register_hook / register_prehook, torch/csrc/autograd/python_cpp_function.cpp), and a leaf's
// post-accumulate-grad hooks on 2.x (Tensor.register_post_accumulate_grad_hook).
#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <torch/csrc/api/include/torch/version.h>
#include <torch/csrc/autograd/edge.h>
#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/function_hook.h>
#include <torch/csrc/autograd/variable.h>

#include "common.h"
#include "ti_node_hooks.h"

using ti::Borrowed;
using ti::guard;
using torch::autograd::variable_list;

namespace ti {
const std::string& hook_error_message();
}

namespace {

using NodePtr = std::decay_t<decltype(torch::autograd::Edge::function)>;

std::atomic<int64_t> slots_alive{0};
std::atomic<int64_t> next_key{1};

using ti::take;

// The .NET side of one registered hook. Removal releases it at once (Python drops the function from the hooks
// dict); the LibTorch hook object that shares it stays on the node as a no-op until the node dies.
class HookSlot {
 public:
  HookSlot(ti_node_hook_fn fn, ti_release_fn release, void* state) : fn_(fn), release_(release), state_(state) {
    slots_alive.fetch_add(1, std::memory_order_relaxed);
  }
  HookSlot(const HookSlot&) = delete;
  HookSlot& operator=(const HookSlot&) = delete;
  ~HookSlot() { retire(); }

  // Releases the .NET state; false when it was already released.
  bool retire() {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (!live_) return false;
    live_ = false;
    release_(state_);
    slots_alive.fetch_sub(1, std::memory_order_relaxed);
    return true;
  }

  // The hook's replacement of `first`, or `first` itself when it keeps them (or was removed).
  variable_list call(const variable_list& first, const variable_list* second) {
    // Recursive: a hook may remove itself while it runs (its handle's remove() inside the hook).
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (!live_) return first;
    std::vector<ti_tensor> first_handles, second_handles;
    for (const auto& t : first) first_handles.push_back(ti::give(t));
    if (second)
      for (const auto& t : *second) second_handles.push_back(ti::give(t));
    std::vector<ti_tensor> results(first.size() + 1, nullptr);
    int32_t status = fn_(state_, first_handles.data(), static_cast<int32_t>(first_handles.size()),
                         second ? second_handles.data() : nullptr, static_cast<int32_t>(second_handles.size()), results.data());
    variable_list replaced;
    for (size_t i = 0; i < first.size(); ++i) replaced.push_back(take(results[i]));
    TORCH_CHECK(status >= 0, ti::hook_error_message());
    return status == 1 ? replaced : first;
  }

 private:
  std::recursive_mutex mutex_;
  ti_node_hook_fn fn_;
  ti_release_fn release_;
  void* state_;
  bool live_ = true;
};

// Keys of live hooks, for removal by handle; a slot leaves the table when its owner dies.
std::mutex registry_mutex;
std::unordered_map<int64_t, std::weak_ptr<HookSlot>>& registry() {
  static auto* table = new std::unordered_map<int64_t, std::weak_ptr<HookSlot>>();
  return *table;
}

int64_t enroll(const std::shared_ptr<HookSlot>& slot) {
  int64_t key = next_key.fetch_add(1, std::memory_order_relaxed);
  std::lock_guard<std::mutex> lock(registry_mutex);
  registry()[key] = slot;
  return key;
}

void forget(int64_t key) {
  std::lock_guard<std::mutex> lock(registry_mutex);
  registry().erase(key);
}

// Owned by the node; its death releases the .NET state.
struct SlotOwner {
  SlotOwner(std::shared_ptr<HookSlot> slot) : slot_(std::move(slot)), key_(enroll(slot_)) {}
  SlotOwner(const SlotOwner&) = delete;
  SlotOwner& operator=(const SlotOwner&) = delete;
  ~SlotOwner() {
    forget(key_);
    slot_->retire();
  }
  std::shared_ptr<HookSlot> slot_;
  int64_t key_;
};

struct ManagedPostHook : torch::autograd::FunctionPostHook, SlotOwner {
  using SlotOwner::SlotOwner;
  variable_list operator()(const variable_list& grad_inputs, const variable_list& grad_outputs) override {
    return slot_->call(grad_inputs, &grad_outputs);
  }
};

struct ManagedPreHook : torch::autograd::FunctionPreHook, SlotOwner {
  using SlotOwner::SlotOwner;
  variable_list operator()(const variable_list& grad_outputs) override { return slot_->call(grad_outputs, nullptr); }
};

#if TORCH_VERSION_MAJOR >= 2
// A leaf holds one PostAccumulateGradHook (Python's holds a dict of functions); ours holds the .NET hooks in order.
struct ManagedPostAccumulateGradHooks : torch::autograd::PostAccumulateGradHook {
  void operator()(const torch::autograd::Variable& tensor) override {
    auto hooks = owners_;  // a hook may add or remove hooks while it runs
    for (auto& owner : hooks) owner->slot_->call({tensor}, nullptr);
  }
  std::vector<std::shared_ptr<SlotOwner>> owners_;
};
#endif

std::shared_ptr<HookSlot> make_slot(ti_node_hook_fn hook, ti_release_fn release, void* state) {
  try {
    return std::make_shared<HookSlot>(hook, release, state);
  } catch (...) {
    release(state);
    ti::set_error("out of memory registering a hook");
    return nullptr;
  }
}

}  // namespace

extern "C" {

TI_API int32_t ti_node_register_hook(ti_node node, int32_t kind, ti_node_hook_fn hook, ti_release_fn release,
                                     void* state, int64_t* key) {
  auto slot = make_slot(hook, release, state);
  if (!slot) return TI_ERROR;
  return guard(int32_t{TI_ERROR}, [&] {
    TORCH_CHECK(node != nullptr, "node handle is null");
    TORCH_CHECK_VALUE(kind == TI_NODE_POST_HOOK || kind == TI_NODE_PRE_HOOK, "unknown node hook kind ", kind);
    auto& fn = *static_cast<NodePtr*>(node);
    if (kind == TI_NODE_POST_HOOK) {
      auto owner = std::make_unique<ManagedPostHook>(std::move(slot));
      *key = owner->key_;
      fn->add_post_hook(std::move(owner));
    } else {
      auto owner = std::make_unique<ManagedPreHook>(std::move(slot));
      *key = owner->key_;
      fn->add_pre_hook(std::move(owner));
    }
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_register_post_accumulate_grad_hook(ti_tensor t, ti_node_hook_fn hook, ti_release_fn release,
                                                     void* state, int64_t* key) {
  auto slot = make_slot(hook, release, state);
  if (!slot) return TI_ERROR;
  return guard(int32_t{TI_ERROR}, [&] {
#if TORCH_VERSION_MAJOR >= 2
    Borrowed b(t);
    TORCH_CHECK(b->requires_grad(), "cannot register a hook on a tensor that doesn't require gradient");
    TORCH_CHECK(!b->grad_fn(), "post accumulate grad hooks cannot be registered on non-leaf tensors");
    auto& installed = torch::autograd::impl::post_acc_grad_hooks(*b);
    auto* hooks = dynamic_cast<ManagedPostAccumulateGradHooks*>(installed.get());
    if (!hooks) {
      TORCH_CHECK(!installed, "this tensor already has post accumulate grad hooks of another kind");
      auto created = std::make_unique<ManagedPostAccumulateGradHooks>();
      hooks = created.get();
      torch::autograd::impl::set_post_acc_grad_hooks(*b, std::move(created));
    }
    auto owner = std::make_shared<SlotOwner>(std::move(slot));
    *key = owner->key_;
    hooks->owners_.push_back(std::move(owner));
    return int32_t{TI_OK};
#else
    (void)t;
    (void)key;
    TORCH_CHECK(false, "register_post_accumulate_grad_hook needs LibTorch 2.x");
    return int32_t{TI_ERROR};
#endif
  });
}

TI_API int32_t ti_node_hook_remove(int64_t key) {
  return guard(int32_t{TI_ERROR}, [&] {
    std::shared_ptr<HookSlot> slot;
    {
      std::lock_guard<std::mutex> lock(registry_mutex);
      auto it = registry().find(key);
      if (it != registry().end()) slot = it->second.lock();
    }
    return int32_t{slot && slot->retire() ? 1 : 0};
  });
}

TI_API int64_t ti_node_hooks_alive(void) { return slots_alive.load(std::memory_order_relaxed); }
}
