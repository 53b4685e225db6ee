// Forward-mode AD's levels and mode, as torch._C._enter_dual_level, _exit_dual_level, _set_fwd_grad_enabled and
// _unpack_dual give them to torch/autograd/forward_ad.py.
#include <ATen/ATen.h>
#include <c10/core/AutogradState.h>
#include <torch/csrc/autograd/forward_grad.h>

#include "common.h"

using ti::Borrowed;
using ti::guard;

extern "C" {

TI_API int64_t ti_fwad_enter_level(void) {
  return guard(int64_t{-1}, [&] { return static_cast<int64_t>(torch::autograd::ForwardADLevel::get_next_idx()); });
}

TI_API int32_t ti_fwad_exit_level(int64_t level) {
  return guard(int32_t{TI_ERROR}, [&] {
    torch::autograd::ForwardADLevel::release_idx(static_cast<uint64_t>(level));
    return int32_t{TI_OK};
  });
}

TI_API int32_t ti_fwad_set_enabled(int32_t enabled) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto& state = c10::AutogradState::get_tls_state();
    bool previous = state.get_fw_grad_mode();
    state.set_fw_grad_mode(enabled != 0);
    return int32_t{previous};
  });
}

TI_API int32_t ti_fwad_is_enabled(void) { return c10::AutogradState::get_tls_state().get_fw_grad_mode() ? 1 : 0; }

TI_API int32_t ti_fwad_unpack(ti_tensor dual, int64_t level, ti_tensor* primal, ti_tensor* tangent) {
  return guard(int32_t{TI_ERROR}, [&] {
    auto unpacked = at::_unpack_dual(*Borrowed(dual), level);
    *primal = ti::give(std::get<0>(unpacked));
    *tangent = ti::give(std::get<1>(unpacked));
    return int32_t{TI_OK};
  });
}
}
