package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an answer with an unexpected status into the SDK's exception: what Spark said (its
 * {@code message}, {@code errors} and {@code trackingId}, from a JSON body when there is one, else
 * the {@code TrackingID} header) and the request that failed. Also reads how long a 429 asks to wait.
 *
 * <p>Reads at most a few kilobytes of an error body, and never fails for a body that is missing,
 * not JSON, or cut short. Stateless and thread-safe.
 */
final class ErrorDecoder {

    /** The wait when a 429 carries no usable {@code Retry-After}, as the Python SDK waits. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(15);
    private static final int MAX_ERROR_BODY = 8192;

    private ErrorDecoder() {
    }

    /**
     * The exception for an answer with an unexpected status: a {@link SparkUnscannableFileException}
     * for a 428, else a {@link SparkApiException}.
     *
     * @param response the answer; its body is read, not closed
     * @param method the request's method
     * @param uri the request's URL
     * @return the exception
     */
    static SparkApiException apiError(TransportResponse response, String method, URI uri) {
        ErrorBody error = read(response);
        if (response.status() == 428) {
            return new SparkUnscannableFileException(error.message, error.errors, error.trackingId, method,
                    uri.toString(), error.raw);
        }
        return new SparkApiException(response.status(), error.message, error.errors, error.trackingId, method,
                uri.toString(), error.raw);
    }

    /**
     * The exception for a 429 that is not waited out.
     *
     * @param response the answer; its body is read, not closed
     * @param wait how long Spark asked to wait
     * @param method the request's method
     * @param uri the request's URL
     * @return the exception
     */
    static SparkRateLimitException rateLimited(TransportResponse response, Duration wait, String method, URI uri) {
        ErrorBody error = read(response);
        return new SparkRateLimitException(wait, error.message, error.errors, error.trackingId, method, uri.toString(),
                error.raw);
    }

    /**
     * How long a 429 asks to wait: {@code Retry-After} seconds, at least one second, or 15 s when the
     * header is missing or not a number.
     *
     * @param headers the answer's headers
     * @return the wait
     */
    static Duration retryAfter(Headers headers) {
        String value = headers.first("Retry-After").orElse(null);
        if (value == null) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            Log.logger().log(Level.WARNING, "Spark sent an unusable Retry-After header '" + value + "'; waiting "
                    + DEFAULT_RATE_LIMIT_WAIT.toSeconds() + " s");
            return DEFAULT_RATE_LIMIT_WAIT;
        }
    }

    private record ErrorBody(String message, List<String> errors, String trackingId, String raw) {
    }

    private static ErrorBody read(TransportResponse response) {
        String raw = null;
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
            raw = bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            Log.logger().log(Level.DEBUG, () -> "Could not read the error body: " + e);
        }
        String message = null;
        List<String> errors = new ArrayList<>();
        String trackingId = response.headers().first("TrackingID").orElse(null);
        String contentType = response.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (raw != null && contentType.contains("json")) {
            Map<String, Object> body = JsonCodec.readObjectOrNull(raw);
            if (body != null) {
                message = body.get("message") instanceof String s ? s : null;
                if (body.get("errors") instanceof List<?> list) {
                    for (Object entry : list) {
                        if (entry instanceof Map<?, ?> m && m.get("description") instanceof String d) {
                            errors.add(d);
                        }
                    }
                }
                if (body.get("trackingId") instanceof String t) {
                    trackingId = t;
                }
            }
        }
        return new ErrorBody(message, errors, trackingId, raw);
    }
}
