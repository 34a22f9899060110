package io.ciscosparkapi.transport.okhttp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Bounds each TLS handshake of the transport's own client by the options' connect timeout,
 * which covers the TLS connection as well as the TCP one.
 *
 * <p>OkHttp's connect timeout covers the TCP connection alone: it handshakes with the read
 * timeout on the socket. This factory layers TLS as {@code delegate} does, then sets the connect
 * timeout as the socket's timeout, so every wait of the handshake that follows is bounded by it.
 * OkHttp sets its read timeout on the socket once the connection is established.
 */
final class HandshakeTimeout extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final int connectTimeoutMillis;

    /**
     * Wraps a factory.
     *
     * @param delegate the factory that layers TLS
     * @param connectTimeoutMillis the options' connect timeout, at least 1
     */
    HandshakeTimeout(SSLSocketFactory delegate, int connectTimeoutMillis) {
        this.delegate = delegate;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return bounded(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
        return bounded(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return bounded(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return bounded(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return bounded(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return bounded(delegate.createSocket(address, port, localAddress, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    private Socket bounded(Socket socket) throws IOException {
        socket.setSoTimeout(connectTimeoutMillis);
        return socket;
    }
}
