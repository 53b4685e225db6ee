// Forward-mode AD through custom Functions: LibTorch's _process_forward_mode_AD (inside _wrap_outputs) reads the
// inputs' tangents, calls this jvp and checks and sets the outputs' tangents; here only the call into .NET.
#include "custom_function_jvp.h"

#include <torch/csrc/api/include/torch/version.h>
#include <torch/csrc/autograd/variable.h>

#include "common.h"

namespace ti {
const std::string& hook_error_message();
}

namespace ti {

using torch::autograd::variable_list;

namespace {

// python_function.cpp's massaging: a tangent for each forward argument, None where the argument is no tensor.
std::vector<ti_tensor> tangent_handles(const std::vector<bool>& is_tensor_input, bool materialize, const variable_list& inputs,
                                       const variable_list& tangents) {
  std::vector<ti_tensor> handles;
  handles.reserve(is_tensor_input.size());
  size_t tensor_index = 0;
  for (bool is_tensor : is_tensor_input) {
    if (!is_tensor) {
      handles.push_back(nullptr);
      continue;
    }
    const at::Tensor& input = inputs[tensor_index];
    at::Tensor tangent = tangents[tensor_index];
    bool keep_undefined = !materialize;
#if TORCH_VERSION_MAJOR >= 2
    keep_undefined = keep_undefined || !torch::autograd::isDifferentiableType(input.scalar_type());
#endif
    if (!tangent.defined() && !keep_undefined) tangent = at::zeros_like(input);
    handles.push_back(give(std::move(tangent)));
    ++tensor_index;
  }
  return handles;
}

}  // namespace

torch::autograd::_jvp_fn_t managed_jvp(ti_jvp_fn jvp, void* state, std::vector<bool> is_tensor_input, bool materialize,
                                       int32_t n_outputs) {
  if (!jvp) {
    return [](variable_list, variable_list) -> variable_list {
      TORCH_CHECK_NOT_IMPLEMENTED(false, "You must implement the jvp function for custom autograd.Function to use it with forward mode AD.");
    };
  }
  return [jvp, state, is_tensor_input = std::move(is_tensor_input), materialize, n_outputs](
             variable_list inputs, variable_list tangents) -> variable_list {
    auto handles = tangent_handles(is_tensor_input, materialize, inputs, tangents);
    // Room for one tangent per output; LibTorch's own check reports a jvp that returned another number.
    std::vector<ti_tensor> results(static_cast<size_t>(n_outputs) + 1, nullptr);
    int32_t got = jvp(state, handles.data(), static_cast<int32_t>(handles.size()), results.data(), n_outputs);
    variable_list owned;
    for (auto handle : results) owned.push_back(take(handle));
    TORCH_CHECK(got >= 0, hook_error_message());
    owned.resize(static_cast<size_t>(got));
    return owned;
  };
}

}  // namespace ti
