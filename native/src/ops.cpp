// Hand-written operators of the foundation, with Python's scalar semantics.
#include <numeric>

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

// `other` is a Tensor or a Scalar; both overloads of each comparison exist in ATen.
template <typename Other>
at::Tensor compare(const at::Tensor& a, const Other& b, int32_t kind) {
  switch (kind) {
    case 0: return at::eq(a, b);
    case 1: return at::ne(a, b);
    case 2: return at::lt(a, b);
    case 3: return at::le(a, b);
    case 4: return at::gt(a, b);
    case 5: return at::ge(a, b);
  }
  TORCH_CHECK(false, "unknown comparison ", kind);
}

// Unary operators by number; the managed UnaryOp enum mirrors this order.
#define TI_UNARY_OPS(X) \
  X(neg) X(sin) X(cos) X(tan) X(exp) X(log) X(sqrt) X(abs) X(tanh) X(sigmoid) X(relu) X(reciprocal) X(floor) X(ceil) \
  X(round) X(sign) X(isnan) X(isinf) X(logical_not) X(rsqrt) X(log2) X(log10) X(exp2) X(expm1) X(log1p) X(trunc) X(square) X(isfinite)

at::Tensor unary(const at::Tensor& a, int32_t kind) {
  int32_t n = 0;
#define TI_CASE(name) if (kind == n++) return at::name(a);
  TI_UNARY_OPS(TI_CASE)
#undef TI_CASE
  TORCH_CHECK(false, "unknown unary operator ", kind);
}

void unary_(const at::Tensor& a, int32_t kind) {
  switch (kind) {
    case 0: a.neg_(); return;
    case 1: a.sin_(); return;
    case 2: a.cos_(); return;
    case 3: a.tan_(); return;
    case 4: a.exp_(); return;
    case 5: a.log_(); return;
    case 6: a.sqrt_(); return;
    case 7: a.abs_(); return;
    case 8: a.tanh_(); return;
    case 9: a.sigmoid_(); return;
    case 10: a.relu_(); return;
    case 11: a.reciprocal_(); return;
    case 12: a.floor_(); return;
    case 13: a.ceil_(); return;
    case 14: a.round_(); return;
    case 15: a.sign_(); return;
  }
  TORCH_CHECK(false, "unary operator ", kind, " has no in-place form");
}

}  // namespace

extern "C" {

TI_API ti_tensor ti_add(ti_tensor a, ti_tensor b, ti_scalar alpha) {
  return op([&] { return at::add(*Borrowed(a), *Borrowed(b), ti::to_scalar(alpha)); });
}
TI_API ti_tensor ti_add_scalar(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op([&] { return at::add(*Borrowed(a), ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API ti_tensor ti_sub(ti_tensor a, ti_tensor b, ti_scalar alpha) {
  return op([&] { return at::sub(*Borrowed(a), *Borrowed(b), ti::to_scalar(alpha)); });
}
TI_API ti_tensor ti_sub_scalar(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op([&] { return at::sub(*Borrowed(a), ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API ti_tensor ti_rsub_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::rsub(*Borrowed(a), ti::to_scalar(b)); });
}
TI_API ti_tensor ti_mul(ti_tensor a, ti_tensor b) { return op([&] { return at::mul(*Borrowed(a), *Borrowed(b)); }); }
TI_API ti_tensor ti_mul_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::mul(*Borrowed(a), ti::wrapped(b)); });
}
TI_API ti_tensor ti_div(ti_tensor a, ti_tensor b) { return op([&] { return at::div(*Borrowed(a), *Borrowed(b)); }); }
TI_API ti_tensor ti_div_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::div(*Borrowed(a), ti::wrapped(b)); });
}
// Python's `number / tensor` is `tensor.reciprocal() * number`.
TI_API ti_tensor ti_rdiv_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::mul(Borrowed(a)->reciprocal(), ti::wrapped(b)); });
}
TI_API ti_tensor ti_pow(ti_tensor a, ti_tensor b) { return op([&] { return at::pow(*Borrowed(a), *Borrowed(b)); }); }
TI_API ti_tensor ti_pow_scalar(ti_tensor a, ti_scalar b) {
  return op([&] { return at::pow(*Borrowed(a), ti::to_scalar(b)); });
}
// Python's `number ** tensor` is `torch.tensor(number, dtype=result_type(number, tensor)) ** tensor`.
TI_API ti_tensor ti_rpow_scalar(ti_tensor a, ti_scalar b) {
  return op([&] {
    Borrowed exponent(a);
    c10::Scalar base = ti::to_scalar(b);
    auto options = exponent->options().dtype(at::result_type(*exponent, base));
    return at::pow(at::scalar_tensor(base, options), *exponent);
  });
}

TI_API ti_tensor ti_pow_scalar_self(ti_scalar self, ti_tensor exponent) {
  return op([&] { return at::pow(ti::to_scalar(self), *Borrowed(exponent)); });
}

TI_API int32_t ti_add_(ti_tensor a, ti_tensor b, ti_scalar alpha) {
  return op_([&] { Borrowed(a)->add_(*Borrowed(b), ti::to_scalar(alpha)); });
}
TI_API int32_t ti_add_scalar_(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op_([&] { Borrowed(a)->add_(ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API int32_t ti_sub_(ti_tensor a, ti_tensor b, ti_scalar alpha) {
  return op_([&] { Borrowed(a)->sub_(*Borrowed(b), ti::to_scalar(alpha)); });
}
TI_API int32_t ti_sub_scalar_(ti_tensor a, ti_scalar b, ti_scalar alpha) {
  return op_([&] { Borrowed(a)->sub_(ti::wrapped(b), ti::to_scalar(alpha)); });
}
TI_API int32_t ti_mul_(ti_tensor a, ti_tensor b) { return op_([&] { Borrowed(a)->mul_(*Borrowed(b)); }); }
TI_API int32_t ti_mul_scalar_(ti_tensor a, ti_scalar b) { return op_([&] { Borrowed(a)->mul_(ti::wrapped(b)); }); }
TI_API int32_t ti_div_(ti_tensor a, ti_tensor b) { return op_([&] { Borrowed(a)->div_(*Borrowed(b)); }); }
TI_API int32_t ti_div_scalar_(ti_tensor a, ti_scalar b) { return op_([&] { Borrowed(a)->div_(ti::wrapped(b)); }); }

TI_API ti_tensor ti_compare(ti_tensor a, ti_tensor b, int32_t kind) {
  return op([&] { return compare(*Borrowed(a), *Borrowed(b), kind); });
}
TI_API ti_tensor ti_compare_scalar(ti_tensor a, ti_scalar b, int32_t kind) {
  return op([&] { return compare(*Borrowed(a), ti::to_scalar(b), kind); });
}

TI_API ti_tensor ti_unary(ti_tensor a, int32_t kind) { return op([&] { return unary(*Borrowed(a), kind); }); }
TI_API int32_t ti_unary_(ti_tensor a, int32_t kind) { return op_([&] { unary_(*Borrowed(a), kind); }); }

TI_API ti_tensor ti_sum(ti_tensor a, int32_t dtype) {
  return op([&] { return at::sum(*Borrowed(a), ti::optional_dtype(dtype)); });
}
TI_API ti_tensor ti_sum_dims(ti_tensor a, const int64_t* d, int32_t nd, int32_t keepdim, int32_t dtype) {
  return op([&] { return at::sum(*Borrowed(a), ti::dims(d, nd), keepdim != 0, ti::optional_dtype(dtype)); });
}
TI_API ti_tensor ti_mean(ti_tensor a, int32_t dtype) {
  return op([&] { return at::mean(*Borrowed(a), ti::optional_dtype(dtype)); });
}
TI_API ti_tensor ti_mean_dims(ti_tensor a, const int64_t* d, int32_t nd, int32_t keepdim, int32_t dtype) {
  return op([&] { return at::mean(*Borrowed(a), ti::dims(d, nd), keepdim != 0, ti::optional_dtype(dtype)); });
}
// Mirrors torch.norm (torch/functional.py) for the cases it dispatches to ATen.
TI_API ti_tensor ti_norm(ti_tensor a, int32_t p_is_fro, ti_scalar p, const int64_t* d, int32_t nd, int32_t keepdim) {
  return op([&] {
    Borrowed t(a);
    if (p_is_fro) return at::frobenius_norm(*t, ti::dims(d, nd), keepdim != 0);
    if (nd > 0) return at::norm(*t, ti::to_scalar(p), ti::dims(d, nd), keepdim != 0);
    std::vector<int64_t> all(t->dim());
    std::iota(all.begin(), all.end(), 0);
    return at::norm(*t, ti::to_scalar(p), all, keepdim != 0);
  });
}
TI_API ti_tensor ti_max(ti_tensor a) { return op([&] { return at::max(*Borrowed(a)); }); }
TI_API ti_tensor ti_min(ti_tensor a) { return op([&] { return at::min(*Borrowed(a)); }); }
TI_API int32_t ti_max_dim(ti_tensor a, int64_t dim, int32_t keepdim, ti_tensor* values, ti_tensor* indices) {
  return op_([&] {
    auto result = at::max(*Borrowed(a), dim, keepdim != 0);
    *values = ti::give(std::get<0>(result));
    *indices = ti::give(std::get<1>(result));
  });
}
TI_API int32_t ti_min_dim(ti_tensor a, int64_t dim, int32_t keepdim, ti_tensor* values, ti_tensor* indices) {
  return op_([&] {
    auto result = at::min(*Borrowed(a), dim, keepdim != 0);
    *values = ti::give(std::get<0>(result));
    *indices = ti::give(std::get<1>(result));
  });
}
TI_API ti_tensor ti_dot(ti_tensor a, ti_tensor b) { return op([&] { return at::dot(*Borrowed(a), *Borrowed(b)); }); }
TI_API ti_tensor ti_mm(ti_tensor a, ti_tensor b) { return op([&] { return at::mm(*Borrowed(a), *Borrowed(b)); }); }
TI_API ti_tensor ti_matmul(ti_tensor a, ti_tensor b) {
  return op([&] { return at::matmul(*Borrowed(a), *Borrowed(b)); });
}
TI_API ti_tensor ti_reshape(ti_tensor a, const int64_t* shape, int32_t ndim) {
  return op([&] { return at::reshape(*Borrowed(a), ti::dims(shape, ndim)); });
}
TI_API ti_tensor ti_view(ti_tensor a, const int64_t* shape, int32_t ndim) {
  return op([&] { return Borrowed(a)->view(ti::dims(shape, ndim)); });
}
TI_API ti_tensor ti_as_strided(ti_tensor a, const int64_t* shape, const int64_t* strides, int32_t ndim, int64_t offset) {
  return op([&] { return Borrowed(a)->as_strided(ti::dims(shape, ndim), ti::dims(strides, ndim), offset); });
}
TI_API ti_tensor ti_t(ti_tensor a) { return op([&] { return at::t(*Borrowed(a)); }); }
TI_API ti_tensor ti_transpose(ti_tensor a, int64_t dim0, int64_t dim1) {
  return op([&] { return at::transpose(*Borrowed(a), dim0, dim1); });
}
TI_API ti_tensor ti_select(ti_tensor a, int64_t dim, int64_t index) {
  return op([&] { return at::select(*Borrowed(a), dim, index); });
}
TI_API ti_tensor ti_slice(ti_tensor a, int64_t dim, int32_t has_start, int64_t start, int32_t has_end, int64_t end,
                          int64_t step) {
  return op([&] {
    c10::optional<int64_t> s = has_start ? c10::optional<int64_t>(start) : c10::nullopt;
    c10::optional<int64_t> e = has_end ? c10::optional<int64_t>(end) : c10::nullopt;
    return at::slice(*Borrowed(a), dim, s, e, step);
  });
}
namespace {
c10::List<c10::optional<at::Tensor>> index_list(const ti_tensor* indices, int32_t n) {
  c10::List<c10::optional<at::Tensor>> list;
  for (int32_t i = 0; i < n; ++i) {
    if (indices[i]) list.push_back(*Borrowed(indices[i]));
    else list.push_back(c10::nullopt);
  }
  return list;
}
}  // namespace

TI_API ti_tensor ti_index(ti_tensor a, const ti_tensor* indices, int32_t n) {
  return op([&] { return at::index(*Borrowed(a), index_list(indices, n)); });
}
TI_API int32_t ti_index_put_(ti_tensor a, const ti_tensor* indices, int32_t n, ti_tensor value, int32_t accumulate) {
  return op_([&] { Borrowed(a)->index_put_(index_list(indices, n), *Borrowed(value), accumulate != 0); });
}
TI_API ti_tensor ti_unsqueeze(ti_tensor a, int64_t dim) { return op([&] { return at::unsqueeze(*Borrowed(a), dim); }); }
TI_API ti_tensor ti_cat(const ti_tensor* tensors, int32_t n, int64_t dim) {
  return op([&] { return at::cat(ti::borrow_list(tensors, n), dim); });
}
TI_API ti_tensor ti_to_dtype(ti_tensor a, int32_t dtype) {
  return op([&] { return Borrowed(a)->to(ti::scalar_type(dtype)); });
}
TI_API ti_tensor ti_clone(ti_tensor a) { return op([&] { return at::clone(*Borrowed(a)); }); }
TI_API ti_tensor ti_contiguous(ti_tensor a) { return op([&] { return Borrowed(a)->contiguous(); }); }
TI_API int32_t ti_copy_(ti_tensor dst, ti_tensor src) { return op_([&] { Borrowed(dst)->copy_(*Borrowed(src)); }); }
TI_API int32_t ti_fill_(ti_tensor a, ti_scalar value) { return op_([&] { Borrowed(a)->fill_(ti::to_scalar(value)); }); }
TI_API int32_t ti_zero_(ti_tensor a) { return op_([&] { Borrowed(a)->zero_(); }); }
TI_API ti_tensor ti_log_softmax(ti_tensor a, int64_t dim) {
  return op([&] { return at::log_softmax(*Borrowed(a), dim); });
}
TI_API ti_tensor ti_softmax(ti_tensor a, int64_t dim) { return op([&] { return at::softmax(*Borrowed(a), dim); }); }
TI_API ti_tensor ti_cross_entropy(ti_tensor input, ti_tensor target, int32_t reduction) {
  return op([&] { return at::cross_entropy_loss(*Borrowed(input), *Borrowed(target), {}, reduction, -100, 0.0); });
}
TI_API ti_tensor ti_masked_select(ti_tensor a, ti_tensor mask) {
  return op([&] { return at::masked_select(*Borrowed(a), *Borrowed(mask)); });
}
TI_API ti_tensor ti_isfinite(ti_tensor a) { return op([&] { return at::isfinite(*Borrowed(a)); }); }
TI_API int32_t ti_equal(ti_tensor a, ti_tensor b) {
  return guard(int32_t{TI_ERROR}, [&] { return static_cast<int32_t>(at::equal(*Borrowed(a), *Borrowed(b))); });
}
}
