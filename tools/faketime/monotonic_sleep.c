/* Loaded before libfaketime (LD_PRELOAD="this.so libfaketime.so.1") in the dated test runs.
 *
 * libfaketime 0.9.10 (Debian 12) shifts the deadline of an absolute sleep on the monotonic
 * clock even when FAKETIME_DONT_FAKE_MONOTONIC=1 leaves that clock alone, and the kernel
 * refuses the result (EINVAL). Python's time.sleep sleeps exactly that way
 * (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)), and subprocess.wait(timeout) with it.
 * The monotonic clock is not faked, so its sleeps go straight to the kernel; sleeps on the
 * wall clock still go through libfaketime. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

typedef int (*sleep_fn)(clockid_t, int, const struct timespec *, struct timespec *);

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remain) {
    if (clock == CLOCK_MONOTONIC) {
        return syscall(SYS_clock_nanosleep, clock, flags, request, remain) == 0 ? 0 : errno;
    }
    sleep_fn next = (sleep_fn)dlsym(RTLD_NEXT, "clock_nanosleep");
    return next(clock, flags, request, remain);
}
