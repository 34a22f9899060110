package io.ciscosparkapi.benchmarks;

/**
 * The JVM options of every forked JMH benchmark: a fixed heap, touched before the benchmark
 * starts. A heap left to grow makes the kernel fault in and zero its new pages in the middle of a
 * measurement, which showed as whole iterations at a fifth of the usual speed (for the SDK and the
 * baseline alike) on a 2-core machine.
 */
final class Forked {

    /** The smallest heap: the same as the largest, so the heap never grows. */
    static final String HEAP_MIN = "-Xms512m";

    /** The largest heap: room for the fake Spark's 10,000 messages many times over. */
    static final String HEAP_MAX = "-Xmx512m";

    /** Touches every page of the heap when the JVM starts, before any iteration. */
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

    private Forked() {
    }
}
