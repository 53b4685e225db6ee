// Reading a LibTorch node's saved values into ti_saved_value: the Writer the generated readers
// (generated/libtorch-X.Y/saved_accessors.cpp) call, one method per kind of member Functions.h declares.
#pragma once

#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/saved_variable.h>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeindex>
#include <unordered_map>
#include <vector>

#include "common.h"
#include "ti_saved.h"

namespace ti::saved {

// std::shared_ptr in LibTorch 1.x, c10::intrusive_ptr in 2.x: whatever an Edge holds.
using NodePtr = std::decay_t<decltype(torch::autograd::Edge::function)>;

// Fills a ti_saved_value, keeping its arrays in thread-local storage as Python's getters build their objects.
class Writer {
 public:
  explicit Writer(ti_saved_value& out);

  // A SavedVariable unpacks with the node as its grad_fn, as Python's getter passes the node (an output's saved
  // value comes back as a new tensor with the node as grad_fn); a freed one raises PyTorch's backward-twice error.
  void tensor(const torch::autograd::SavedVariable& value, const NodePtr& owner);
  void tensors(const std::vector<torch::autograd::SavedVariable>& values, bool released, const NodePtr& owner);
  void integer(int64_t value);
  void integer(const c10::SymInt& value);
  void integers(c10::ArrayRef<int64_t> values);
  void integers(c10::ArrayRef<c10::SymInt> values);
  void floating(double value);
  void floatings(c10::ArrayRef<double> values);
  void boolean(bool value);
  void text(const std::string& value);
  void number(const at::Scalar& value);
  void numbers(const std::vector<at::Scalar>& values);
  void none();

  template <typename T>
  void optional_integer(const c10::optional<T>& value) { value ? integer(*value) : none(); }
  template <typename T>
  void optional_integers(const c10::OptionalArray<T>& value) { value.list ? integers(*value.list) : none(); }
  void optional_floating(const c10::optional<double>& value) { value ? floating(*value) : none(); }
  void optional_floatings(const c10::OptionalArray<double>& value) { value.list ? floatings(*value.list) : none(); }
  void optional_text(const c10::optional<std::string>& value) { value ? text(*value) : none(); }
  void optional_number(const c10::optional<at::Scalar>& value) { value ? number(*value) : none(); }

 private:
  ti_saved_value& out_;
};

// One node struct's reader: true when the struct has a saved value of that name (then written), false if not.
using Reader = bool (*)(torch::autograd::Node& node, const NodePtr& owner, std::string_view name, Writer& out);

struct Accessor {
  Reader read;
  const char* names;  // the struct's Python names, sorted, separated by spaces
};

// The generated table: each node struct with saved values, by its dynamic type.
const std::unordered_map<std::type_index, Accessor>& accessors();

}  // namespace ti::saved
