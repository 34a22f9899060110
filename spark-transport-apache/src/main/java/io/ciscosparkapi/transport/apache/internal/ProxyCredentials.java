package io.ciscosparkapi.transport.apache.internal;

import java.io.IOException;
import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.Credentials;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The options' proxy credentials, given to the proxy of each request's route and to nothing
 * else.
 *
 * <p>As the client's credentials provider, it answers for the route's proxy alone, so the
 * client answers a {@code 407} (the {@code CONNECT} of an {@code https} tunnel included) and
 * never a server's {@code 401}; the transport also asks the client never to answer a server's
 * challenge. As a step of the execution chain (the classic client's and the async one's), ahead
 * of the step that opens tunnels, it puts the route where the provider finds it, and adds the credentials to every plain
 * {@code http} request that goes through a proxy before the proxy asks, since HttpClient never
 * resends a request whose body it cannot replay. It never touches a request inside a tunnel:
 * that one goes to the server.
 */
final class ProxyCredentials implements CredentialsProvider, ExecChainHandler, AsyncExecChainHandler {

    private static final String PROXY_AUTHORIZATION = "Proxy-Authorization";

    private final String user;
    private final char[] password;
    private final String header;

    /**
     * Holds a copy of {@code credentials}.
     *
     * @param credentials the proxy's user name and password
     */
    ProxyCredentials(PasswordAuthentication credentials) {
        this.user = credentials.getUserName();
        this.password = credentials.getPassword().clone();
        this.header = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Credentials getCredentials(AuthScope scope, HttpContext context) {
        HttpHost proxy = proxyOf(HttpClientContext.castOrCreate(context).getHttpRoute());
        if (proxy == null || !proxy.getHostName().equalsIgnoreCase(scope.getHost()) || proxy.getPort() != scope.getPort()) {
            return null;
        }
        return new UsernamePasswordCredentials(user, password.clone());
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        if (scope.clientContext.getHttpRoute() == null) {
            // Where the credentials provider looks for the proxy, asked while a tunnel is opened.
            scope.clientContext.setRoute(scope.route);
        }
        if (proxyOf(scope.route) != null && !scope.route.isTunnelled() && !request.containsHeader(PROXY_AUTHORIZATION)) {
            request.setHeader(PROXY_AUTHORIZATION, header);
        }
        return chain.proceed(request, scope);
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
                        AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        if (scope.clientContext.getHttpRoute() == null) {
            scope.clientContext.setRoute(scope.route);
        }
        if (proxyOf(scope.route) != null && !scope.route.isTunnelled() && !request.containsHeader(PROXY_AUTHORIZATION)) {
            request.setHeader(PROXY_AUTHORIZATION, header);
        }
        chain.proceed(request, entityProducer, scope, callback);
    }

    private static HttpHost proxyOf(Object route) {
        return route instanceof HttpRoute httpRoute ? httpRoute.getProxyHost() : null;
    }
}
