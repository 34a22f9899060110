package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of the client-CPU run: lists every message of one room several times, the
 * first listings to warm up, and prints what the others cost this process in CPU time, together.
 * The server runs in another process, so its CPU is not counted; the JIT compiler's and the
 * garbage collector's threads are, as they are part of what the client costs.
 *
 * <pre>
 * java -cp benchmarks.jar io.ciscosparkapi.benchmarks.CpuListing CLIENT BASE_URL TOKEN ROOM_ID ITEMS WARMUPS LISTINGS
 * </pre>
 *
 * <p>CLIENT is {@code baseline} (the JDK client), {@code bare-okhttp}, {@code bare-apache} (bare
 * clients with Jackson's streaming parser) or an SDK transport's name. Output: one line
 * {@code measured listings=N cpu=NS thread=NS alloc=BYTES all=BYTES wall=NS jit=MS java=NS
 * [compiler=NS gc=NS vm=NS]} for the measured listings together (process CPU, the listing
 * thread's CPU, the bytes the listing thread allocated and those all live threads did, elapsed
 * time, the time the JIT compiler spent compiling meanwhile, the CPU of all Java threads, and,
 * where HotSpot tells, that of its compiler, garbage-collector and VM threads), then {@code done}. The listings are measured
 * together because the JVM counts process CPU in clock ticks (10 ms on Linux), coarse against
 * one listing.
 */
public final class CpuListing {

    /** One whole listing, returning how many items it read. */
    @FunctionalInterface
    interface Lister {
        long listAll(AtomicLong chars) throws IOException;
    }

    private CpuListing() {
    }

    /**
     * Runs the listings.
     *
     * @param args client, base URL, token, room id, items per listing, warm-up listings, measured listings
     * @throws Exception when a listing fails
     */
    public static void main(String[] args) throws Exception {
        String client = args[0];
        URI base = URI.create(args[1]);
        String token = args[2];
        String roomId = args[3];
        long items = Long.parseLong(args[4]);
        int warmups = Integer.parseInt(args[5]);
        int listings = Integer.parseInt(args[6]);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        AtomicLong chars = new AtomicLong();
        try (AutoCloseable closer = open(client, base, token)) {
            Lister lister = lister(closer, roomId);
            for (int i = 0; i < warmups; i++) {
                check(lister.listAll(chars), items);
            }
            long jitBefore = jit.getTotalCompilationTime();
            Map<String, Long> internalBefore = internalThreads();
            long javaBefore = javaThreads(threads);
            long allBefore = allAllocated(threads);
            long allocBefore = threads.getCurrentThreadAllocatedBytes();
            long threadBefore = threads.getCurrentThreadCpuTime();
            long cpuBefore = os.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            for (int i = 0; i < listings; i++) {
                check(lister.listAll(chars), items);
            }
            long wall = System.nanoTime() - wallBefore;
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long thread = threads.getCurrentThreadCpuTime() - threadBefore;
            long alloc = threads.getCurrentThreadAllocatedBytes() - allocBefore;
            long all = allAllocated(threads) - allBefore;
            long compiling = jit.getTotalCompilationTime() - jitBefore;
            long java = javaThreads(threads) - javaBefore;
            StringBuilder line = new StringBuilder("measured listings=" + listings + " cpu=" + cpu + " thread=" + thread
                    + " alloc=" + alloc + " all=" + all + " wall=" + wall + " jit=" + compiling + " java=" + java);
            Map<String, Long> internalAfter = internalThreads();
            if (internalBefore != null && internalAfter != null) {
                line.append(" compiler=").append(sum(internalAfter, internalBefore, "Compiler"))
                        .append(" gc=").append(sum(internalAfter, internalBefore, "GC", "G1", "Conc"))
                        .append(" vm=").append(sum(internalAfter, internalBefore, "VM"));
            }
            System.out.println(line);
        }
        System.out.println("chars=" + chars.get());
        System.out.println("done");
    }

    private static AutoCloseable open(String client, URI base, String token) {
        return switch (client) {
            case Clients.BASELINE -> new Baseline(base, token);
            case "bare-okhttp" -> new BareOkHttp(base, token);
            case "bare-apache" -> new BareApache(base, token);
            default -> Clients.sdk(client, base, token);
        };
    }

    private static Lister lister(AutoCloseable client, String roomId) {
        int max = ListingBenchmark.MAX;
        if (client instanceof Baseline b) {
            return chars -> b.listMessages(roomId, max, item -> chars.addAndGet(item.id().length() + item.text().length()));
        }
        if (client instanceof BareOkHttp b) {
            return chars -> b.listMessages(roomId, max, item -> chars.addAndGet(item.id().length() + item.text().length()));
        }
        if (client instanceof BareApache b) {
            return chars -> b.listMessages(roomId, max, item -> chars.addAndGet(item.id().length() + item.text().length()));
        }
        CiscoSparkAPI api = (CiscoSparkAPI) client;
        return chars -> {
            long n = 0;
            for (Message m : api.messages().list(q -> q.roomId(roomId).max(max))) {
                chars.addAndGet(m.id().length() + m.text().length());
                n++;
            }
            return n;
        };
    }

    /** The CPU time of every live Java thread so far, in nanoseconds. */
    private static long javaThreads(com.sun.management.ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    /**
     * The CPU time of the JVM's own threads (JIT compilers, garbage collector, VM thread) by
     * name, in nanoseconds, from HotSpot's internal bean; {@code null} when the JVM does not
     * offer it (it needs {@code --add-exports java.management/sun.management=ALL-UNNAMED}).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> internalThreads() {
        try {
            Object bean = Class.forName("sun.management.ManagementFactoryHelper")
                    .getMethod("getHotspotThreadMBean").invoke(null);
            return (Map<String, Long>) Class.forName("sun.management.HotspotThreadMBean")
                    .getMethod("getInternalThreadCpuTimes").invoke(bean);
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            return null;
        }
    }

    /** What the internal threads whose names start with one of {@code prefixes} spent in between. */
    private static long sum(Map<String, Long> after, Map<String, Long> before, String... prefixes) {
        long total = 0;
        for (Map.Entry<String, Long> thread : after.entrySet()) {
            for (String prefix : prefixes) {
                if (thread.getKey().startsWith(prefix) || thread.getKey().contains(" " + prefix)) {
                    total += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
                    break;
                }
            }
        }
        return total;
    }

    /** The bytes every live thread has allocated so far (threads that ended are not counted). */
    private static long allAllocated(com.sun.management.ThreadMXBean threads) {
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static void check(long listed, long expected) {
        if (listed != expected) {
            throw new IllegalStateException("listed " + listed + " of " + expected + " messages");
        }
    }
}
