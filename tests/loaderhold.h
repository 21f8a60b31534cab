#pragma once
// The file descriptors libkiji_loaderhold.so's load talks through (see
// loaderhold.cpp); the test dup2()s its pipe ends onto them before loading.
constexpr int loaderHoldStartedFd = 901;
constexpr int loaderHoldGateFd = 900;
