// Operators the generated wrappers do not cover: Python's scalar semantics (a number becomes a wrapped-number
// tensor in one call), torch.norm's dispatch, and contiguous() (its schema takes a non-optional memory format).
#include <numeric>
#include <torch/csrc/api/include/torch/version.h>

#include "common.h"

using ti::Borrowed;
using ti::guard;

namespace {

template <typename F>
ti_tensor op(F&& body) {
  return guard(ti_tensor{nullptr}, [&] { return ti::give(body()); });
}

template <typename F>
int32_t op_(F&& body) {
  return guard(int32_t{TI_ERROR}, [&] {
    body();
    return int32_t{TI_OK};
  });
}

}  // namespace

extern "C" {

TI_API ti_tensor ti_add_scalar(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op([&] { return at::add(*Borrowed(a), ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API ti_tensor ti_sub_scalar(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op([&] { return at::sub(*Borrowed(a), ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API ti_tensor ti_rsub_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::rsub(*Borrowed(a), ti::to_scalar(b)); });
}
TI_API ti_tensor ti_mul_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::mul(*Borrowed(a), ti::wrapped(b)); });
}
TI_API ti_tensor ti_div_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::div(*Borrowed(a), ti::wrapped(b)); });
}
// Python's `number / tensor` is `tensor.reciprocal() * number`.
TI_API ti_tensor ti_rdiv_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::mul(Borrowed(a)->reciprocal(), ti::wrapped(b)); });
}
// Python's `number ** tensor`: 2.x calls torch.pow(number, tensor) (PowBackward2); 1.x computes
// `torch.tensor(number, dtype=result_type(number, tensor)) ** tensor` (PowBackward1).
TI_API ti_tensor ti_rpow_scalar(ti_tensor a, ti_scalar b) {
  return op([&] {
    Borrowed exponent(a);
    c10::Scalar base = ti::to_scalar(b);
#if TORCH_VERSION_MAJOR >= 2
    return at::pow(base, *exponent);
#else
    auto options = exponent->options().dtype(at::result_type(*exponent, base));
    return at::pow(at::scalar_tensor(base, options), *exponent);
#endif
  });
}


TI_API int32_t ti_add_scalar_(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op_([&] { Borrowed(a)->add_(ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API int32_t ti_sub_scalar_(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op_([&] { Borrowed(a)->sub_(ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API int32_t ti_mul_scalar_(ti_tensor a, ti_scalar b) { return op_([&] { Borrowed(a)->mul_(ti::wrapped(b)); }); }
TI_API int32_t ti_div_scalar_(ti_tensor a, ti_scalar b) { return op_([&] { Borrowed(a)->div_(ti::wrapped(b)); }); }



// Mirrors torch.norm (torch/functional.py) for strided CPU tensors: 2.x sends it to torch.linalg's norms, 1.x to
// ATen's norm and frobenius_norm. nd == 0 is dim=None.
TI_API ti_tensor ti_norm(ti_tensor a, int32_t p_is_fro, ti_scalar p, const int64_t* d, int32_t nd, int32_t keepdim) {
  return op([&] {
    Borrowed t(a);
#if TORCH_VERSION_MAJOR >= 2
    at::OptionalIntArrayRef dim = nd > 0 ? at::OptionalIntArrayRef(ti::dims(d, nd)) : c10::nullopt;
    if (!p_is_fro) return at::linalg_vector_norm(*t, ti::to_scalar(p), dim, keepdim != 0);
    if (nd <= 2) return at::linalg_vector_norm(*t, 2, dim, keepdim != 0);
    return at::linalg_matrix_norm(*t, "fro", ti::dims(d, nd), keepdim != 0);
#else
    if (p_is_fro) return at::frobenius_norm(*t, ti::dims(d, nd), keepdim != 0);
    if (nd > 0) return at::norm(*t, ti::to_scalar(p), ti::dims(d, nd), keepdim != 0);
    std::vector<int64_t> all(t->dim());
    std::iota(all.begin(), all.end(), 0);
    return at::norm(*t, ti::to_scalar(p), all, keepdim != 0);
#endif
  });
}

TI_API ti_tensor ti_contiguous(ti_tensor a) { return op([&] { return Borrowed(a)->contiguous(); }); }
TI_API ti_tensor ti_cross_entropy(ti_tensor input, ti_tensor target, int32_t reduction) {
  return op([&] { return at::cross_entropy_loss(*Borrowed(input), *Borrowed(target), {}, reduction, -100, 0.0); });
}
}
