package io.ciscosparkapi.transport.okhttp.internal;

import java.io.IOException;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import okhttp3.Authenticator;
import okhttp3.Challenge;
import okhttp3.Connection;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * The options' proxy credentials, sent as {@code Proxy-Authorization: Basic} to the proxy and
 * nowhere else.
 *
 * <p>As the client's proxy authenticator it answers {@code 407} challenges, including the one
 * OkHttp makes up before opening a {@code CONNECT} tunnel, so a tunnel carries the credentials
 * from its first attempt; it gives up when the proxy refuses them. OkHttp never resends a request
 * whose body it cannot replay, so as a network interceptor it also adds them to every plain
 * {@code http} request that goes through a proxy before the proxy asks. It never touches an
 * {@code https} request: that one travels inside the tunnel, to the server. The transport's
 * client keeps {@link Authenticator#NONE} for servers, so a {@code 401} is never answered.
 */
final class ProxyCredentials implements Authenticator, Interceptor {

    private static final String PROXY_AUTHORIZATION = "Proxy-Authorization";
    /** The scheme of the challenge OkHttp makes up before a tunnel, asking for credentials up front. */
    private static final String PREEMPTIVE = "OkHttp-Preemptive";

    private final String header;

    /**
     * Encodes {@code credentials} once.
     *
     * @param credentials the proxy's user name and password
     */
    ProxyCredentials(PasswordAuthentication credentials) {
        this.header = Credentials.basic(credentials.getUserName(), new String(credentials.getPassword()),
                StandardCharsets.UTF_8);
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.code() != 407 || route == null || route.proxy().type() != Proxy.Type.HTTP) {
            return null;
        }
        if (header.equals(response.request().header(PROXY_AUTHORIZATION)) || !asksForBasic(response)) {
            return null; // refused, or a scheme these credentials cannot answer: the 407 stands
        }
        return response.request().newBuilder().header(PROXY_AUTHORIZATION, header).build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Connection connection = chain.connection();
        if (!request.isHttps() && connection != null && connection.route().proxy().type() == Proxy.Type.HTTP
                && request.header(PROXY_AUTHORIZATION) == null) {
            request = request.newBuilder().header(PROXY_AUTHORIZATION, header).build();
        }
        return chain.proceed(request);
    }

    private static boolean asksForBasic(Response response) {
        for (Challenge challenge : response.challenges()) {
            if (challenge.scheme().equalsIgnoreCase("Basic") || challenge.scheme().equalsIgnoreCase(PREEMPTIVE)) {
                return true;
            }
        }
        return false;
    }
}
