#pragma once

// The threads a patch of the preview passes through: the window's, which
// sends it and gets the answer, and Chromium's IO threads, which carry it to
// the renderer's main thread and the answer back (all in this process: see
// kijiCreatePreviewEngine()). Each hop runs for microseconds, but the
// kernel places a woken hop on a core where the renderer's main thread may
// be laying out and painting the previous frame, lets that thread finish its
// slice (~1.4 ms on two cores) and may leave the other core idle meanwhile:
// on two cores the hops of one patch waited up to several milliseconds.
// With the shortest slice (see ThreadSlice) they run as soon as they wake.
namespace RoundTripThreads {

// Gives the calling thread and the engine's IO threads the shortest slice;
// returns how many threads have it (0 before Linux 6.12, which has no such
// slices). Call it from the window's thread once the engine has loaded a
// page: its renderer's IO thread exists from then on.
int shortenSlices();

} // namespace RoundTripThreads
