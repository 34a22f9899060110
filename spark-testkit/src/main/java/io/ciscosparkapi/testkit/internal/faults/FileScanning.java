package io.ciscosparkapi.testkit.internal.faults;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the fake scans posted files, as the service does (spec §2.4): for how long after its message
 * is posted a file is still being scanned, and how many of the next files posted cannot be
 * scanned at all. Read when a file is posted. Thread-safe.
 */
public final class FileScanning {

    private volatile Duration period = Duration.ZERO;
    private final AtomicInteger unscannable = new AtomicInteger();

    /** Creates the settings: no scanning period, every file scannable. */
    public FileScanning() {
    }

    /**
     * Sets the scanning period of the files posted from now on.
     *
     * @param period not negative; zero for none
     */
    public void period(Duration period) {
        this.period = period;
    }

    /**
     * The scanning period of a file posted now.
     *
     * @return the period, zero for none
     */
    public Duration period() {
        return period;
    }

    /**
     * Marks the next files posted as unscannable.
     *
     * @param count how many, replacing any count left
     */
    public void unscannable(int count) {
        unscannable.set(count);
    }

    /**
     * Whether the file being posted now is unscannable; counts one down when so.
     *
     * @return {@code true} while the count lasts
     */
    public boolean takeUnscannable() {
        return unscannable.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    /** Back to no scanning period and every file scannable. */
    public void clear() {
        period = Duration.ZERO;
        unscannable.set(0);
    }
}
