// torch.distributed's key-value stores: LibTorch's c10d::TCPStore, FileStore, HashStore and PrefixStore behind
// opaque handles (torch/csrc/distributed/c10d/init.cpp binds the same constructors for Python).
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <torch/csrc/distributed/c10d/FileStore.hpp>
#include <torch/csrc/distributed/c10d/HashStore.hpp>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include "distributed_handles.h"

using ti::distributed::guard;
using ti::distributed::give_handle;
using ti::distributed::store_of;

namespace ti::distributed {
std::atomic<int64_t> live_handles{0};
}

namespace {

std::vector<std::string> key_list(const char* const* keys, int32_t n) {
  std::vector<std::string> list;
  for (int32_t i = 0; i < n; ++i) list.emplace_back(keys[i] ? keys[i] : "");
  return list;
}

// Copies a value into a malloc'ed buffer that ti_distributed_buffer_free releases.
int64_t hand_out(const std::vector<uint8_t>& bytes, uint8_t** out) {
  auto* buffer = static_cast<uint8_t*>(std::malloc(bytes.empty() ? 1 : bytes.size()));
  TORCH_CHECK(buffer != nullptr, "out of memory copying a store value");
  if (!bytes.empty()) std::memcpy(buffer, bytes.data(), bytes.size());
  *out = buffer;
  return static_cast<int64_t>(bytes.size());
}

}  // namespace

extern "C" {

TI_API int32_t ti_distributed_is_available(void) { return 1; }

TI_API int64_t ti_distributed_live_handles(void) { return ti::distributed::live_handles.load(); }

TI_API ti_store ti_store_tcp_new(const char* host, int32_t port, int32_t world_size, int32_t is_master,
                                 int64_t timeout_ms, int32_t wait_for_workers, int32_t multi_tenant, int32_t use_libuv) {
  return guard(ti_store{nullptr}, [&] {
    TORCH_CHECK_VALUE(port >= 0 && port < 65536, "port must have value from 0 to 65535 but was ", port, ".");
    c10d::TCPStoreOptions options;
    options.port = static_cast<std::uint16_t>(port);
    options.isServer = is_master != 0;
    if (world_size >= 0) options.numWorkers = static_cast<std::size_t>(world_size);
    options.waitWorkers = wait_for_workers != 0;
    options.timeout = ti::distributed::timeout_or(timeout_ms, c10d::Store::kDefaultTimeout);
    options.multiTenant = multi_tenant != 0;
#if TORCH_VERSION_MAJOR >= 2
    // use_libuv < 0: libuv where this LibTorch has it (Debian's 2.x is built without it, and refuses the request).
    options.useLibUV = use_libuv != 0;
    if (use_libuv < 0) {
      try {
        return give_handle<c10d::Store>(c10::make_intrusive<c10d::TCPStore>(host ? host : "", options));
      } catch (const c10::Error& e) {
        if (std::string(e.what()).find("built without libuv support") == std::string::npos) throw;
        options.useLibUV = false;
      }
    }
#else
    (void)use_libuv;  // 1.x has only the plain socket server
#endif
    return give_handle<c10d::Store>(c10::make_intrusive<c10d::TCPStore>(host ? host : "", options));
  });
}

TI_API int32_t ti_store_tcp_port(ti_store store) {
  return guard(TI_ERROR, [&] {
    auto* tcp = dynamic_cast<c10d::TCPStore*>(store_of(store).get());
    return tcp ? static_cast<int32_t>(tcp->getPort()) : -1;
  });
}

TI_API ti_store ti_store_file_new(const char* path, int32_t world_size) {
  return guard(ti_store{nullptr}, [&] {
    return give_handle<c10d::Store>(c10::make_intrusive<c10d::FileStore>(path ? path : "", world_size));
  });
}

TI_API ti_store ti_store_hash_new(void) {
  return guard(ti_store{nullptr}, [&] { return give_handle<c10d::Store>(c10::make_intrusive<c10d::HashStore>()); });
}

TI_API ti_store ti_store_prefix_new(const char* prefix, ti_store inner) {
  return guard(ti_store{nullptr}, [&] {
    return give_handle<c10d::Store>(c10::make_intrusive<c10d::PrefixStore>(prefix ? prefix : "", store_of(inner)));
  });
}

TI_API void ti_store_free(ti_store store) { ti::distributed::free_handle<c10d::Store>(store); }

TI_API int32_t ti_store_set(ti_store store, const char* key, const uint8_t* value, int64_t length) {
  return guard(TI_ERROR, [&] {
    std::vector<uint8_t> bytes(value, value + (length > 0 ? length : 0));
    store_of(store)->set(key ? key : "", bytes);
    return TI_OK;
  });
}

TI_API int64_t ti_store_get(ti_store store, const char* key, uint8_t** value) {
  return guard(int64_t{TI_ERROR}, [&] { return hand_out(store_of(store)->get(key ? key : ""), value); });
}

TI_API int64_t ti_store_compare_set(ti_store store, const char* key, const uint8_t* expected, int64_t expected_length,
                                    const uint8_t* desired, int64_t desired_length, uint8_t** value) {
  return guard(int64_t{TI_ERROR}, [&] {
    std::vector<uint8_t> old_value(expected, expected + (expected_length > 0 ? expected_length : 0));
    std::vector<uint8_t> new_value(desired, desired + (desired_length > 0 ? desired_length : 0));
    return hand_out(store_of(store)->compareSet(key ? key : "", old_value, new_value), value);
  });
}

TI_API void ti_distributed_buffer_free(uint8_t* buffer) { std::free(buffer); }

TI_API int32_t ti_store_add(ti_store store, const char* key, int64_t amount, int64_t* result) {
  return guard(TI_ERROR, [&] {
    *result = store_of(store)->add(key ? key : "", amount);
    return TI_OK;
  });
}

TI_API int32_t ti_store_wait(ti_store store, const char* const* keys, int32_t n, int64_t timeout_ms) {
  return guard(TI_ERROR, [&] {
    const auto& s = store_of(store);
    if (timeout_ms < 0) {
      s->wait(key_list(keys, n));
    } else {
      s->wait(key_list(keys, n), std::chrono::milliseconds(timeout_ms));
    }
    return TI_OK;
  });
}

TI_API int32_t ti_store_check(ti_store store, const char* const* keys, int32_t n) {
  return guard(TI_ERROR, [&] { return store_of(store)->check(key_list(keys, n)) ? 1 : 0; });
}

TI_API int32_t ti_store_delete_key(ti_store store, const char* key) {
  return guard(TI_ERROR, [&] { return store_of(store)->deleteKey(key ? key : "") ? 1 : 0; });
}

TI_API int64_t ti_store_num_keys(ti_store store) {
  return guard(int64_t{TI_ERROR}, [&] { return store_of(store)->getNumKeys(); });
}

TI_API int32_t ti_store_set_timeout(ti_store store, int64_t timeout_ms) {
  return guard(TI_ERROR, [&] {
    store_of(store)->setTimeout(std::chrono::milliseconds(timeout_ms));
    return TI_OK;
  });
}

TI_API int64_t ti_store_get_timeout(ti_store store) {
  return guard(int64_t{TI_ERROR}, [&] { return static_cast<int64_t>(store_of(store)->getTimeout().count()); });
}

}  // extern "C"
