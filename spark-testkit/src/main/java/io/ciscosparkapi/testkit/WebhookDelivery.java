package io.ciscosparkapi.testkit;

import java.net.URI;

/**
 * One webhook delivery the fake sent (or tried to send), as a snapshot.
 *
 * @param webhookId the webhook that fired
 * @param targetUrl where the payload was POSTed
 * @param body the exact JSON body
 * @param signature the {@code X-Spark-Signature} value, or {@code null} when the webhook has no secret
 * @param status the receiver's last HTTP status, or {@code -1} when none was received
 * @param attempts how many attempts were made so far
 * @param finished whether delivery ended (delivered or given up)
 * @param succeeded whether the receiver answered 2xx
 * @param error the last failure, or {@code null}
 */
public record WebhookDelivery(String webhookId, URI targetUrl, String body, String signature, int status,
        int attempts, boolean finished, boolean succeeded, String error) {
}
