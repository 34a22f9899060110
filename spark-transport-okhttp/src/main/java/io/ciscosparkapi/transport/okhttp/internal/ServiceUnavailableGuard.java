package io.ciscosparkapi.transport.okhttp.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from resending a request after {@code 503 Service Unavailable} with
 * {@code Retry-After: 0}.
 *
 * <p>OkHttp resends such a request at once, whatever {@code retryOnConnectionFailure} says, and
 * no setting turns this off. A transport must never retry: the SDK decides, with its own rules
 * for rate limits and idempotency. As a network interceptor this class sees the response first;
 * it renames every {@code Retry-After} field of such a response (to a name under
 * {@value #HELD_PREFIX}) so that OkHttp finds no reason to resend, and
 * {@link #restoredName(String)} gives the fields their names back when the transport hands the
 * response to the caller. Other responses pass untouched.
 */
final class ServiceUnavailableGuard implements Interceptor {

    /** The prefix a held field's name carries while it passes through OkHttp. */
    static final String HELD_PREFIX = "X-Ciscosparkapi-Held-";

    private static final String RETRY_AFTER = "Retry-After";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() != 503 || !asksForImmediateRetry(response.headers(RETRY_AFTER))) {
            return response;
        }
        Headers original = response.headers();
        Headers.Builder held = new Headers.Builder();
        for (int i = 0; i < original.size(); i++) {
            String name = original.name(i);
            held.addUnsafeNonAscii(name.equalsIgnoreCase(RETRY_AFTER) ? HELD_PREFIX + name : name, original.value(i));
        }
        return response.newBuilder().headers(held.build()).build();
    }

    /**
     * The name a field had before this guard held it.
     *
     * @param name a response field name as OkHttp returns it
     * @return the original name
     */
    static String restoredName(String name) {
        if (name.length() > HELD_PREFIX.length()
                && name.regionMatches(true, 0, HELD_PREFIX, 0, HELD_PREFIX.length())) {
            String original = name.substring(HELD_PREFIX.length());
            if (original.toLowerCase(Locale.ROOT).equals("retry-after")) {
                return original;
            }
        }
        return name;
    }

    /** OkHttp resends when the value is a number of seconds equal to zero: {@code 0}, {@code 00}, ... */
    private static boolean asksForImmediateRetry(List<String> values) {
        for (String value : values) {
            String v = value.trim();
            if (!v.isEmpty() && v.chars().allMatch(c -> c == '0')) {
                return true;
            }
        }
        return false;
    }
}
