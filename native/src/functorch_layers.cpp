// The innermost functorch layer, read and lowered for custom autograd Functions under transforms, as PyTorch 2's
// torch/_functorch/autograd_function.py reads and lowers its interpreter.
#include <torch/csrc/api/include/torch/version.h>
#include <ATen/functorch/BatchedTensorImpl.h>
#include <ATen/functorch/DynamicLayer.h>

#include "common.h"
#include "ti_functorch_layers.h"

using ti::Borrowed;
using ti::guard;
namespace ft = at::functorch;

extern "C" {

TI_API int32_t ti_func_current_layer(int64_t* level, int32_t* transform, int64_t* batch_size, int32_t* randomness) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto layer = ft::maybeCurrentDynamicLayer();
    if (!layer.has_value()) return int32_t{0};
    *level = layer->layerId();
    *batch_size = 0;
    *randomness = 0;
    switch (layer->key()) {
      case ft::TransformType::Vmap:
        *transform = 1;
#if TORCH_VERSION_MAJOR >= 2
        *batch_size = layer->batchSize().expect_int();
#else
        *batch_size = layer->batchSize();
#endif
        *randomness = static_cast<int32_t>(layer->randomness());
        break;
      case ft::TransformType::Grad: *transform = 2; break;
      case ft::TransformType::Jvp: *transform = 3; break;
      default: *transform = 0; break;
    }
    return int32_t{1};
  });
}

TI_API int32_t ti_func_unwrap_batched(ti_tensor t, int64_t level, ti_tensor* value, int64_t* bdim) {
  return guard(int32_t{TI_ERROR}, [&] {
    Borrowed b(t);
    const auto* batched = ft::maybeGetBatchedImpl(*b);
    if (batched != nullptr && batched->level() == level) {
      *value = ti::give(batched->value());
      *bdim = batched->bdim();
    } else {
      *value = ti::give(*b);
      *bdim = -1;
    }
    return int32_t{TI_OK};
  });
}

TI_API void* ti_func_lower(void) {
  return guard(static_cast<void*>(nullptr), [&]() -> void* {
#if TORCH_VERSION_MAJOR >= 2
    return new ft::DynamicLayer(ft::popDynamicLayer());
#else
    TORCH_CHECK(false, "lowering a functorch layer needs LibTorch 2.x");
#endif
  });
}

TI_API int32_t ti_func_raise(void* layer) {
  return guard(int32_t{TI_ERROR}, [&] {
    TORCH_CHECK(layer != nullptr, "no lowered layer to raise");
#if TORCH_VERSION_MAJOR >= 2
    std::unique_ptr<ft::DynamicLayer> owned(static_cast<ft::DynamicLayer*>(layer));
    ft::pushDynamicLayer(std::move(*owned));
#endif
    return int32_t{TI_OK};
  });
}
}
