package io.ciscosparkapi.testkit.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.testkit.junit.FakeSparkTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A thousand async creates started at once from one thread, over loopback HTTP with the default
 * transport: all of them complete, and the SDK runs them on a handful of its own threads (its async
 * executor, its timer and the transport's timeout alarm), however many are in flight.
 */
@FakeSparkTest(http = true)
class ThousandAsyncCreatesOverHttpTest {

    private static final String SDK_THREADS = "ciscosparkapi-";
    private static final int CREATES = 1_000;

    @Test
    void aThousandConcurrentCreatesCompleteOnAHandfulOfTheSdksThreads(CiscoSparkAPI api) throws Exception {
        awaitNoAsyncWorkersOfOtherClients();
        Room room = api.rooms().create("A thousand messages");
        ThreadSampler sampler = ThreadSampler.start(SDK_THREADS);

        List<CompletableFuture<Message>> creates = new ArrayList<>();
        for (int i = 0; i < CREATES; i++) {
            creates.add(api.async().messages().create(room.id(), "message " + i));
        }
        CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        int most = sampler.stop();

        Set<String> ids = creates.stream().map(CompletableFuture::join).map(Message::id).collect(Collectors.toSet());
        assertThat(ids).as("every create made its own message").hasSize(CREATES);
        List<Message> listed = api.messages().list(q -> q.roomId(room.id()).max(1000)).toList();
        assertThat(listed).extracting(Message::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(listed).extracting(Message::text).doesNotHaveDuplicates().allMatch(t -> t.startsWith("message "));
        assertThat(most).as("live threads named " + SDK_THREADS + "* while the creates were in flight")
                .isPositive().isLessThanOrEqualTo(2 + Runtime.getRuntime().availableProcessors());
    }

    /**
     * Waits until the async workers of clients that earlier tests closed have ended, so that only
     * this test's client's threads are counted; the wait only bounds a hang.
     */
    private static void awaitNoAsyncWorkersOfOtherClients() throws InterruptedException {
        for (int i = 0; i < 300 && !asyncWorkers().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(asyncWorkers()).as("async workers of clients left open by earlier tests").isEmpty();
    }

    private static List<String> asyncWorkers() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith(SDK_THREADS + "async-") || name.startsWith(SDK_THREADS + "timer-"))
                .toList();
    }

    /** Samples, on a thread of its own, the most live threads whose names start with a prefix. */
    private static final class ThreadSampler implements Runnable {
        private final String prefix;
        private final AtomicInteger most = new AtomicInteger();
        private final Thread thread;
        private volatile boolean stopped;

        private ThreadSampler(String prefix) {
            this.prefix = prefix;
            this.thread = new Thread(this, "thread-sampler");
            this.thread.setDaemon(true);
        }

        static ThreadSampler start(String prefix) {
            ThreadSampler sampler = new ThreadSampler(prefix);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (!stopped) {
                int live = (int) Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
                most.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Stops sampling and gives the most threads seen at once. */
        int stop() throws InterruptedException {
            stopped = true;
            thread.join();
            return most.get();
        }
    }
}
