package io.ciscosparkapi.testkit.internal.webhooks;

import io.ciscosparkapi.testkit.internal.state.Entities.Webhook;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Disables a webhook that keeps failing, as the real service does (spec §3.3): once
 * {@code limit} of its deliveries were given up within {@code window} of the fake's clock, its
 * {@code status} becomes {@code inactive} and it stops firing, until a PUT with
 * {@code status: active} re-enables it. Thread-safe.
 */
public final class WebhookFailurePolicy {

    private final int limit;
    private final Duration window;
    private final FakeClock clock;
    private final Supplier<Store> store;
    private final Map<String, ArrayDeque<Instant>> failures = new HashMap<>();

    /**
     * Creates the policy.
     *
     * @param limit how many given-up deliveries disable a webhook, at least 1
     * @param window within how long they must fall, positive
     * @param clock the fake's clock
     * @param store the current state (replaced on reset)
     */
    public WebhookFailurePolicy(int limit, Duration window, FakeClock clock, Supplier<Store> store) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.store = store;
    }

    /**
     * Counts a delivery given up for a webhook, and disables the webhook when that makes
     * {@code limit} within the window.
     *
     * @param webhookId the webhook
     */
    public void deliveryGivenUp(String webhookId) {
        Instant now = clock.peek();
        boolean disable;
        synchronized (failures) {
            ArrayDeque<Instant> times = failures.computeIfAbsent(webhookId, k -> new ArrayDeque<>());
            times.addLast(now);
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.removeFirst();
            }
            disable = times.size() >= limit;
            if (disable) {
                times.clear();
            }
        }
        if (disable) {
            Store s = store.get();
            synchronized (s) {
                Webhook webhook = s.webhooks.get(webhookId);
                if (webhook != null) {
                    webhook.status = "inactive";
                }
            }
        }
    }

    /** Forgets every failure counted so far. */
    public void clear() {
        synchronized (failures) {
            failures.clear();
        }
    }
}
