package io.ciscosparkapi.testkit.internal.api;

/** Switches that change how the fake answers; read at each request. */
public final class Settings {

    /** Page size when {@code max} is absent. */
    public volatile int defaultPageSize = 100;
    /** Next links carry {@code max=null} (a real-world defect). */
    public volatile boolean maxNullInNextLink;
    /** Next links keep only {@code max} and the cursor (a real-world defect). */
    public volatile boolean dropFilterParamsInNextLink;

    /** Creates settings with the defaults. */
    public Settings() {
    }

    /**
     * Copies these settings.
     *
     * @return a copy
     */
    public Settings copy() {
        Settings s = new Settings();
        s.defaultPageSize = defaultPageSize;
        s.maxNullInNextLink = maxNullInNextLink;
        s.dropFilterParamsInNextLink = dropFilterParamsInNextLink;
        return s;
    }

    /**
     * Takes every value from another instance.
     *
     * @param other the source
     */
    public void restore(Settings other) {
        defaultPageSize = other.defaultPageSize;
        maxNullInNextLink = other.maxNullInNextLink;
        dropFilterParamsInNextLink = other.dropFilterParamsInNextLink;
    }
}
