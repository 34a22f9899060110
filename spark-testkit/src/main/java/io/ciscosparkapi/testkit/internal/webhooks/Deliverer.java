package io.ciscosparkapi.testkit.internal.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends webhook deliveries asynchronously on one daemon thread, in order, retrying a bounded
 * number of times, and keeps a record of each.
 */
public final class Deliverer implements AutoCloseable {

    /**
     * One delivery as it stands.
     *
     * @param webhookId the webhook that fired
     * @param targetUrl where the payload is POSTed
     * @param body the exact JSON body
     * @param signature the {@code X-Spark-Signature} value, or {@code null}
     * @param status the receiver's last status, or {@code -1}
     * @param attempts the attempts made so far
     * @param finished whether delivery ended
     * @param succeeded whether the receiver answered 2xx
     * @param error the last failure, or {@code null}
     */
    public record Snapshot(String webhookId, URI targetUrl, String body, String signature, int status,
            int attempts, boolean finished, boolean succeeded, String error) {
    }

    private static final class Entry {
        final String webhookId;
        final String targetUrl;
        final byte[] body;
        final String signature;
        int status = -1;
        int attempts;
        boolean done;
        boolean succeeded;
        String error;

        Entry(String webhookId, String targetUrl, byte[] body, String signature) {
            this.webhookId = webhookId;
            this.targetUrl = targetUrl;
            this.body = body;
            this.signature = signature;
        }
    }

    private final int maxAttempts;
    private final java.util.function.Consumer<String> onGiveUp;
    private final ExecutorService executor;
    /**
     * Made at the first delivery, on the delivery thread, the only one that uses it: a fake that
     * delivers nothing never starts a client (its selector thread, its TLS set-up).
     */
    private HttpClient client;
    private final List<Entry> entries = new ArrayList<>();
    private long generation;

    /**
     * Creates a deliverer.
     *
     * @param maxAttempts how many times a delivery is tried before it is given up
     * @param onGiveUp told the webhook id of each delivery that is given up after every attempt failed
     */
    public Deliverer(int maxAttempts, java.util.function.Consumer<String> onGiveUp) {
        this.maxAttempts = maxAttempts;
        this.onGiveUp = onGiveUp;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fake-spark-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a delivery.
     *
     * @param webhookId the webhook
     * @param targetUrl where to POST
     * @param secret the secret, or {@code null} for an unsigned delivery
     * @param body the body bytes
     */
    public void deliver(String webhookId, String targetUrl, String secret, byte[] body) {
        Entry e = new Entry(webhookId, targetUrl, body, secret == null ? null : Signer.sign(secret, body));
        long gen;
        synchronized (this) {
            entries.add(e);
            gen = generation;
        }
        try {
            executor.execute(() -> send(e, gen));
        } catch (java.util.concurrent.RejectedExecutionException ex) {
            finish(e, false, "closed");
        }
    }

    private void send(Entry e, long gen) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                e.attempts = attempt;
            }
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(e.targetUrl))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json;charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(e.body));
                if (e.signature != null) {
                    b.header("X-Spark-Signature", e.signature);
                }
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                HttpResponse<Void> r = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
                synchronized (this) {
                    e.status = r.statusCode();
                }
                if (r.statusCode() / 100 == 2) {
                    finish(e, true, null);
                    return;
                }
            } catch (IOException | IllegalArgumentException ex) {
                synchronized (this) {
                    e.error = ex.toString();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                finish(e, false, "interrupted");
                return;
            }
            if (attempt < maxAttempts) {
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    finish(e, false, "interrupted");
                    return;
                }
            }
        }
        // Counted before the delivery shows as finished, so whoever waits for it sees the outcome.
        onGiveUp.accept(e.webhookId);
        finish(e, false, null);
    }

    private synchronized void finish(Entry e, boolean ok, String error) {
        e.done = true;
        e.succeeded = ok;
        if (error != null) {
            e.error = error;
        }
        notifyAll();
    }

    /**
     * Snapshots every delivery queued so far.
     *
     * @return the deliveries, oldest first
     */
    public synchronized List<Snapshot> snapshot() {
        List<Snapshot> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(new Snapshot(e.webhookId, URI.create(e.targetUrl), new String(e.body, StandardCharsets.UTF_8),
                    e.signature, e.status, e.attempts, e.done, e.succeeded, e.error));
        }
        return out;
    }

    /**
     * Waits until at least {@code count} deliveries have finished (delivered or given up).
     *
     * @param count how many
     * @param timeout the longest wait
     * @return the deliveries at that moment
     * @throws InterruptedException when interrupted
     */
    public synchronized List<Snapshot> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (entries.stream().filter(e -> e.done).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return snapshot();
    }

    /** Forgets every record; queued deliveries of the old generation are dropped. */
    public synchronized void clear() {
        generation++;
        entries.clear();
        notifyAll();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
