// ATen's legacy vmap mode, entered and left as torch/_vmap_internals.py does around a batched call. The batching
// itself (_add_batch_dim, _remove_batch_dim, the batching rules) is ATen's; LibTorch 2 keeps it under a new header.
#include <torch/csrc/api/include/torch/version.h>
#if TORCH_VERSION_MAJOR >= 2
#include <ATen/LegacyVmapMode.h>
#else
#include <ATen/VmapMode.h>
#endif

#include "common.h"
#include "ti_legacy_vmap.h"

using ti::guard;

extern "C" {

TI_API int64_t ti_legacy_vmap_increment_nesting(void) {
  return guard(int64_t{TI_ERROR}, [] { return at::impl::VmapMode::increment_nesting(); });
}

TI_API int64_t ti_legacy_vmap_decrement_nesting(void) {
  return guard(int64_t{TI_ERROR}, [] {
    TORCH_CHECK(at::impl::VmapMode::current_vmap_level() > 0, "no legacy vmap level to leave");
    return at::impl::VmapMode::decrement_nesting();
  });
}

}  // extern "C"
