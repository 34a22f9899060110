package io.ciscosparkapi.transport.okhttp.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;

/**
 * The timeout of one exchange, carried as a tag on the OkHttp request.
 *
 * @param value the longest any wait for the server may take
 */
record ExchangeTimeout(Duration value) {

    /**
     * An application interceptor that applies a request's {@link ExchangeTimeout} as OkHttp's
     * read and write timeouts for that request alone, so every wait for the server, including
     * each read of the response body, is bounded by it. Requests without the tag keep the
     * client's timeouts.
     */
    static final class Interceptor implements okhttp3.Interceptor {

        @Override
        public Response intercept(Chain chain) throws IOException {
            ExchangeTimeout timeout = chain.request().tag(ExchangeTimeout.class);
            if (timeout == null) {
                return chain.proceed(chain.request());
            }
            int millis = (int) OkHttpTransportProvider.millis(timeout.value());
            return chain.withReadTimeout(millis, TimeUnit.MILLISECONDS)
                    .withWriteTimeout(millis, TimeUnit.MILLISECONDS)
                    .proceed(chain.request());
        }
    }
}
