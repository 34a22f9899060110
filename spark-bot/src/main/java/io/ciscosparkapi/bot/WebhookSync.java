package io.ciscosparkapi.bot;

import io.ciscosparkapi.WebhooksApi;
import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes the caller's webhooks match what the bot handles, in one pass over {@code webhooks}: each needed webhook
 * that is missing is created; one that exists with another target URL, secret or name, or disabled, is updated
 * and re-activated; the bot's other webhooks are stale and, when asked, deleted. Run again with nothing changed,
 * it changes nothing.
 *
 * <p>The bot's webhooks are those named {@code <webhookName>} or {@code <webhookName> ...}; others are left alone.
 */
final class WebhookSync {

    private static final System.Logger LOG = System.getLogger("io.ciscosparkapi.bot");

    private WebhookSync() {
    }

    static void sync(WebhooksApi webhooks, List<WebhookSpec> needed, String webhookName, String targetUrl,
            String secret, boolean removeStale) {
        List<Webhook> owned = new ArrayList<>();
        for (Webhook w : webhooks.list()) {
            if (w.name() != null && (w.name().equals(webhookName) || w.name().startsWith(webhookName + " "))) {
                owned.add(w);
            }
        }
        int created = 0;
        int updated = 0;
        for (WebhookSpec spec : needed) {
            String name = spec.name(webhookName);
            List<Webhook> same = owned.stream().filter(w -> watches(w, spec)).toList();
            if (same.isEmpty()) {
                webhooks.create(w -> {
                    w.name(name).targetUrl(targetUrl).secret(secret).resource(spec.resource()).event(spec.event());
                    if (spec.filter() != null) {
                        w.filter(spec.filter());
                    }
                });
                created++;
                continue;
            }
            Webhook keep = same.stream().filter(w -> upToDate(w, name, targetUrl, secret)).findFirst().orElse(same.get(0));
            owned.remove(keep);
            if (!upToDate(keep, name, targetUrl, secret)) {
                webhooks.update(keep.id(), w -> w.name(name).targetUrl(targetUrl).secret(secret)
                        .status(WebhookStatus.ACTIVE));
                updated++;
            }
        }
        if (removeStale) {
            for (Webhook w : owned) {
                webhooks.delete(w.id());
            }
        } else if (!owned.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "{0} webhook(s) named \"{1} ...\" are not needed and were kept: {2}",
                    owned.size(), webhookName, owned.stream().map(w -> w.name() + " (" + w.id() + ")").toList());
        }
        LOG.log(System.Logger.Level.INFO, "webhooks for {0}: {1} needed, {2} created, {3} updated, {4} stale {5}",
                targetUrl, needed.size(), created, updated, owned.size(), removeStale ? "removed" : "kept");
    }

    private static boolean watches(Webhook w, WebhookSpec spec) {
        return spec.resource().equals(w.resource()) && spec.event().equals(w.event())
                && Objects.equals(blankToNull(spec.filter()), blankToNull(w.filter()));
    }

    private static boolean upToDate(Webhook w, String name, String targetUrl, String secret) {
        return name.equals(w.name()) && targetUrl.equals(w.targetUrl()) && secret.equals(w.secret())
                && w.status() == WebhookStatus.ACTIVE;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
