// A custom Function's jvp in the form LibTorch's torch::autograd::_wrap_outputs calls it (its _jvp_fn_t), as
// PyTorch's python_function.cpp builds jvp_user_function around the Python class's jvp.
#pragma once

#include <torch/csrc/autograd/custom_function.h>
#include <vector>

#include "ti_custom_function.h"

namespace ti {

// The .NET jvp behind `jvp` (called with `state`), given one tangent per forward argument: undefined for a
// non-tensor argument, zeros for an input without tangent when `materialize` (LibTorch 2.x: not for an input of a
// non-differentiable dtype); it returns one tangent per tensor output (n_outputs). A null `jvp` raises PyTorch's
// NotImplementedError for a Function that has none.
torch::autograd::_jvp_fn_t managed_jvp(ti_jvp_fn jvp, void* state, std::vector<bool> is_tensor_input, bool materialize,
                                       int32_t n_outputs);

}  // namespace ti
