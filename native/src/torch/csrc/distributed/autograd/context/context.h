// c10d's reducer.hpp includes dist autograd's context.h, which Debian's LibTorch 1.13 package does not install
// (2.x's does). The Reducer only holds a ContextPtr and names DistAutogradContext::GradCallback, so where the real
// header is missing these two declarations are all distributed_reducer.cpp needs; nothing here is ever constructed.
#pragma once

#if __has_include_next(<torch/csrc/distributed/autograd/context/context.h>)
#include_next <torch/csrc/distributed/autograd/context/context.h>
#else
#include <functional>
#include <memory>

#include <ATen/core/Tensor.h>

namespace torch {
namespace distributed {
namespace autograd {

class DistAutogradContext {
 public:
  using GradCallback = std::function<bool(at::Tensor&)>;
};

using ContextPtr = std::shared_ptr<DistAutogradContext>;

}  // namespace autograd
}  // namespace distributed
}  // namespace torch
#endif
