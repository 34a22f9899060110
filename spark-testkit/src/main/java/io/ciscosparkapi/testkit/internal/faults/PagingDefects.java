package io.ciscosparkapi.testkit.internal.faults;

/**
 * The real service's paging defects (spec §1.8) the fake reproduces when asked, read by every
 * list request. Thread-safe.
 */
public final class PagingDefects {

    private volatile boolean maxNullInNextLink;
    private volatile boolean dropFilterParamsInNextLink;

    /** Creates the switches, both off. */
    public PagingDefects() {
    }

    /**
     * Switches the defects.
     *
     * @param maxNull next links carry {@code max=null}
     * @param dropFilters next links keep only {@code max} and the cursor
     */
    public void set(boolean maxNull, boolean dropFilters) {
        this.maxNullInNextLink = maxNull;
        this.dropFilterParamsInNextLink = dropFilters;
    }

    /**
     * Whether next links carry {@code max=null}.
     *
     * @return the switch
     */
    public boolean maxNullInNextLink() {
        return maxNullInNextLink;
    }

    /**
     * Whether next links keep only {@code max} and the cursor.
     *
     * @return the switch
     */
    public boolean dropFilterParamsInNextLink() {
        return dropFilterParamsInNextLink;
    }
}
