#include "roundtripthreads.h"

#include "processthreads.h"
#include "threadslice.h"

namespace {

// Chromium's names for its IO threads, as the kernel keeps them: the
// browser's, and the child IO threads of the renderer and of the GPU thread.
const QByteArray ioThreadNames[] = {QByteArrayLiteral("Chrome_IOThread"), QByteArrayLiteral("Chrome_ChildIOT")};

} // namespace

int RoundTripThreads::shortenSlices()
{
    const pid_t windowThread = gettid();
    int shortened = ThreadSlice::shorten(windowThread) ? 1 : 0;
    const QMultiMap<QByteArray, pid_t> threads = ProcessThreads::byName();
    for (const QByteArray &name : ioThreadNames) {
        for (pid_t thread : threads.values(name)) {
            if (thread != windowThread && ThreadSlice::shorten(thread))
                ++shortened;
        }
    }
    return shortened;
}
