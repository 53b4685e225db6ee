// grad_fn._saved_<name>: the node's reader found by its dynamic type in the generated table, its value written
// into thread-local arrays the caller copies.
#include "saved_values.h"

#include <complex>

namespace ti::saved {
namespace {

struct Buffers {
  std::vector<int64_t> ints;
  std::vector<double> floats;
  std::vector<ti_saved_number> numbers;
  std::vector<ti_tensor> tensors;
  std::string text;
};

thread_local Buffers buffers;

ti_saved_number to_number(const at::Scalar& value) {
  ti_saved_number n{0.0, 0.0, 0, 0};
  if (value.isComplex()) {
    auto c = value.to<c10::complex<double>>();
    n = {c.real(), c.imag(), 0, 3};
  } else if (value.isFloatingPoint()) {
    n.real = value.to<double>();
  } else if (value.isBoolean()) {
    n = {0.0, 0.0, value.to<bool>() ? 1 : 0, 2};
  } else {
    n = {0.0, 0.0, value.to<int64_t>(), 1};
  }
  return n;
}

int64_t plain_int(const c10::SymInt& value) {
  TORCH_CHECK(!value.is_symbolic(), "a symbolic saved value cannot be read here");
  return value.as_int_unchecked();
}

}  // namespace

Writer::Writer(ti_saved_value& out) : out_(out) {
  out_ = ti_saved_value{TI_SAVED_NONE, 0, nullptr, nullptr, nullptr, nullptr, nullptr, 0};
  buffers.ints.clear();
  buffers.floats.clear();
  buffers.numbers.clear();
  buffers.tensors.clear();
  buffers.text.clear();
}

void Writer::tensor(const torch::autograd::SavedVariable& value, const NodePtr& owner) {
  buffers.tensors.push_back(ti::give(value.unpack(owner)));
  out_.kind = TI_SAVED_TENSOR;
  out_.count = 1;
  out_.tensors = buffers.tensors.data();
}

void Writer::tensors(const std::vector<torch::autograd::SavedVariable>& values, bool released, const NodePtr& owner) {
  TORCH_CHECK(!released, torch::autograd::ERR_BACKWARD_TWICE);
  std::vector<at::Tensor> unpacked;
  unpacked.reserve(values.size());
  for (const auto& v : values) unpacked.push_back(v.unpack(owner));  // all or none handed out if one fails
  for (auto& t : unpacked) buffers.tensors.push_back(ti::give(std::move(t)));
  out_.kind = TI_SAVED_TENSORS;
  out_.count = static_cast<int32_t>(buffers.tensors.size());
  out_.tensors = buffers.tensors.data();
}

void Writer::integer(int64_t value) {
  buffers.ints.assign(1, value);
  out_.kind = TI_SAVED_INT;
  out_.count = 1;
  out_.ints = buffers.ints.data();
}

void Writer::integer(const c10::SymInt& value) { integer(plain_int(value)); }

void Writer::integers(c10::ArrayRef<int64_t> values) {
  buffers.ints.assign(values.begin(), values.end());
  out_.kind = TI_SAVED_INTS;
  out_.count = static_cast<int32_t>(values.size());
  out_.ints = buffers.ints.data();
}

void Writer::integers(c10::ArrayRef<c10::SymInt> values) {
  std::vector<int64_t> plain;
  plain.reserve(values.size());
  for (const auto& v : values) plain.push_back(plain_int(v));
  integers(plain);
}

void Writer::floating(double value) {
  buffers.floats.assign(1, value);
  out_.kind = TI_SAVED_FLOAT;
  out_.count = 1;
  out_.floats = buffers.floats.data();
}

void Writer::floatings(c10::ArrayRef<double> values) {
  buffers.floats.assign(values.begin(), values.end());
  out_.kind = TI_SAVED_FLOATS;
  out_.count = static_cast<int32_t>(values.size());
  out_.floats = buffers.floats.data();
}

void Writer::boolean(bool value) {
  buffers.ints.assign(1, value ? 1 : 0);
  out_.kind = TI_SAVED_BOOL;
  out_.count = 1;
  out_.ints = buffers.ints.data();
}

void Writer::text(const std::string& value) {
  buffers.text = value;
  out_.kind = TI_SAVED_STRING;
  out_.text = buffers.text.c_str();
  out_.text_length = static_cast<int64_t>(buffers.text.size());
}

void Writer::number(const at::Scalar& value) {
  buffers.numbers.assign(1, to_number(value));
  out_.kind = TI_SAVED_NUMBER;
  out_.count = 1;
  out_.numbers = buffers.numbers.data();
}

void Writer::numbers(const std::vector<at::Scalar>& values) {
  buffers.numbers.clear();
  for (const auto& v : values) buffers.numbers.push_back(to_number(v));
  out_.kind = TI_SAVED_NUMBERS;
  out_.count = static_cast<int32_t>(values.size());
  out_.numbers = buffers.numbers.data();
}

void Writer::none() { out_.kind = TI_SAVED_NONE; }

}  // namespace ti::saved

namespace {

const ti::saved::Accessor* accessor_of(const torch::autograd::Node& node) {
  const auto& table = ti::saved::accessors();
  auto found = table.find(std::type_index(typeid(node)));
  return found == table.end() ? nullptr : &found->second;
}

}  // namespace

extern "C" {

TI_API int32_t ti_node_saved(ti_node node, const char* name, ti_saved_value* out) {
  return ti::guard(int32_t{TI_ERROR}, [&] {
    const auto& owner = *static_cast<ti::saved::NodePtr*>(node);
    const auto* accessor = accessor_of(*owner);
    if (!accessor) return int32_t{0};
    ti::saved::Writer writer(*out);
    return accessor->read(*owner, owner, name, writer) ? int32_t{1} : int32_t{0};
  });
}

TI_API const char* ti_node_saved_names(ti_node node) {
  return ti::guard(static_cast<const char*>(nullptr), [&] {
    const auto* accessor = accessor_of(**static_cast<ti::saved::NodePtr*>(node));
    return accessor ? accessor->names : "";
  });
}
}
