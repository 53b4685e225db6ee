# The C++ standard LibTorch's headers need, after find_package(Torch): C++20 for 2.x, C++17 for 1.x.
if(Torch_VERSION_MAJOR GREATER_EQUAL 2)
  set(CMAKE_CXX_STANDARD 20)
else()
  set(CMAKE_CXX_STANDARD 17)
endif()
set(CMAKE_CXX_STANDARD_REQUIRED ON)
