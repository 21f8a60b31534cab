#pragma once

#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include <cstdint>

// A thread's slice under Linux's fair scheduler (EEVDF, Linux 6.6 and
// later): how long it may run before a thread woken on its core gets the
// core. A thread may ask for a slice of its own since Linux 6.12; a short
// one lets it run as soon as it wakes instead of after the running thread's
// slice. No privilege is needed. Header only: the tests read slices too.
namespace ThreadSlice {

// The kernel's lower bound for a slice asked for.
inline constexpr std::uint64_t shortestNs = 100'000;

// The kernel's struct sched_attr: glibc 2.36 wraps neither call.
struct Attributes
{
    std::uint32_t size = sizeof(Attributes);
    std::uint32_t policy = 0;
    std::uint64_t flags = 0;
    std::int32_t nice = 0;
    std::uint32_t priority = 0;
    std::uint64_t runtime = 0; // the slice, for the fair class
    std::uint64_t deadline = 0;
    std::uint64_t period = 0;
    std::uint32_t utilizationMinimum = 0;
    std::uint32_t utilizationMaximum = 0;
};

// SCHED_OTHER, without <sched.h>'s _GNU_SOURCE dance.
inline constexpr std::uint32_t fairPolicy = 0;

// The slice of `thread` in nanoseconds (the kernel's default, ~1.4 ms on
// two cores, unless the thread asked for another); 0 when the kernel does
// not say (before Linux 6.12), for a thread outside the fair class, or for
// no such thread.
inline std::uint64_t of(pid_t thread)
{
    Attributes attributes;
    if (syscall(SYS_sched_getattr, thread, &attributes, sizeof attributes, 0) != 0
        || attributes.policy != fairPolicy)
        return 0;
    return attributes.runtime;
}

// Asks for the shortest slice for `thread`, keeping its niceness; a thread
// outside the fair class (one the user made real-time) is left as it is.
// True when the kernel now gives it that slice.
inline bool shorten(pid_t thread)
{
    Attributes attributes;
    if (syscall(SYS_sched_getattr, thread, &attributes, sizeof attributes, 0) != 0
        || attributes.policy != fairPolicy)
        return false;
    if (attributes.runtime != shortestNs) {
        attributes.runtime = shortestNs;
        if (syscall(SYS_sched_setattr, thread, &attributes, 0) != 0)
            return false;
    }
    // Kernels before 6.12 accept the call and ignore the slice.
    return of(thread) == shortestNs;
}

} // namespace ThreadSlice
