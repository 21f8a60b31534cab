#pragma once
// The clock and the event-loop waits that the window benchmarks share.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <ctime>
#include <functional>

namespace BenchLoop {

// The window benchmarks run offscreen and, as root, without Chromium's
// sandbox, unless the environment says otherwise. Call before QApplication.
inline void useOffscreenDefaults()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

inline qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Spins the event loop until `done` or `timeoutMs`; false on timeout.
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    // Blocks in the event loop (no busy wait: the machine has few cores);
    // the timer only bounds the wait when nothing else arrives.
    QTimer tick;
    tick.start(20);
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

inline void sleepMs(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    spinUntil([&] { return timer.elapsed() >= milliseconds; }, milliseconds + 1000);
}

} // namespace BenchLoop
