package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of the memory run: lists every message of one room in one listing and
 * prints what it cost, then waits until its standard input ends so that the parent can read its
 * peak resident set from {@code /proc/<pid>/status}.
 *
 * <pre>
 * java -Xmx32m -cp benchmarks.jar io.ciscosparkapi.benchmarks.ListAll CLIENT BASE_URL TOKEN ROOM_ID EXPECTED
 * </pre>
 *
 * <p>Output lines: {@code items=N}, {@code seconds=S}, {@code gc.count=N}, {@code gc.ms=N},
 * {@code gc.<name>=N}, {@code alloc.per.item=BYTES} (allocated by the listing thread, per item),
 * {@code alloc.all.per.item=BYTES} (by all live threads, the client's I/O threads included),
 * {@code cpu.ms=N} (the process's CPU time over the listing, JIT compiling included),
 * {@code heap.max=BYTES}, {@code heap.old.peak=BYTES} (the old generation's
 * peak: what survived young collections), {@code heap.after.gc=BYTES} (what the listing left
 * behind), {@code done}.
 */
public final class ListAll {

    private ListAll() {
    }

    /** The bytes every live thread has allocated so far (threads that ended are not counted). */
    private static long allAllocated(com.sun.management.ThreadMXBean threads) {
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    /**
     * Runs one listing.
     *
     * @param args client ({@code baseline} or a transport name), base URL, token, room id, expected count
     * @throws IOException when the listing fails
     */
    public static void main(String[] args) throws IOException {
        String client = args[0];
        URI base = URI.create(args[1]);
        String token = args[2];
        String roomId = args[3];
        long expected = Long.parseLong(args[4]);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long allBefore = allAllocated(threads);
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        long count;
        AtomicLong chars = new AtomicLong();
        if (client.equals(Clients.BASELINE)) {
            Baseline baseline = new Baseline(base, token);
            count = baseline.listMessages(roomId, ListingBenchmark.MAX, item -> chars.addAndGet(item.text().length()));
        } else {
            count = 0;
            try (CiscoSparkAPI api = Clients.sdk(client, base, token)) {
                for (Message m : api.messages().list(q -> q.roomId(roomId).max(ListingBenchmark.MAX))) {
                    chars.addAndGet(m.text().length());
                    count++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long allAllocated = allAllocated(threads) - allBefore;
        long gcCount = 0;
        long gcMillis = 0;
        StringBuilder perCollector = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
            perCollector.append("gc.").append(gc.getName().replace(' ', '_')).append('=')
                    .append(gc.getCollectionCount()).append(System.lineSeparator());
        }
        System.out.println("items=" + count);
        System.out.println("chars=" + chars.get());
        System.out.printf("seconds=%.3f%n", seconds);
        System.out.println("gc.count=" + gcCount);
        System.out.println("gc.ms=" + gcMillis);
        System.out.print(perCollector);
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                oldPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.println("alloc.per.item=" + (count == 0 ? 0 : allocated / count));
        System.out.println("alloc.all.per.item=" + (count == 0 ? 0 : allAllocated / count));
        System.out.println("cpu.ms=" + cpu / 1_000_000);
        System.out.println("heap.max=" + Runtime.getRuntime().maxMemory());
        System.out.println("heap.old.peak=" + oldPeak);
        System.out.println("heap.after.gc=" + heap.getUsed());
        System.out.println(count == expected ? "done" : "incomplete: expected " + expected);
        System.out.flush();
        // The parent reads VmHWM while this process is still alive, then closes our stdin.
        System.in.transferTo(java.io.OutputStream.nullOutputStream());
        System.exit(count == expected ? 0 : 1);
    }
}
