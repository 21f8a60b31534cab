// libkiji_loaderhold.so: a library whose loading holds glibc's loader, as a
// large library's relocation does, until the test lets it go. Its one
// relocation resolves an IFUNC; the resolver runs while the loader holds its
// locks, writes a byte to fd loaderHoldStartedFd and waits for one on
// loaderHoldGateFd. Nothing here may call through the PLT (the library is
// not relocated yet): the two calls are raw system calls.
#include "loaderhold.h"

#include <sys/syscall.h>

namespace {

long rawSystemCall(long number, long first, long second, long third)
{
    long result;
    asm volatile("syscall"
                 : "=a"(result)
                 : "a"(number), "D"(first), "S"(second), "d"(third)
                 : "rcx", "r11", "memory");
    return result;
}

int answer()
{
    return 42;
}

} // namespace

extern "C" {

using Answer = int (*)();

__attribute__((no_stack_protector)) Answer kijiLoaderHoldResolve()
{
    char byte = 1;
    rawSystemCall(SYS_write, loaderHoldStartedFd, reinterpret_cast<long>(&byte), 1);
    rawSystemCall(SYS_read, loaderHoldGateFd, reinterpret_cast<long>(&byte), 1);
    return &answer;
}

int kijiLoaderHoldAnswer() __attribute__((ifunc("kijiLoaderHoldResolve")));
__attribute__((visibility("default"))) int (*kijiLoaderHoldAnswerPointer)() = &kijiLoaderHoldAnswer;
}
