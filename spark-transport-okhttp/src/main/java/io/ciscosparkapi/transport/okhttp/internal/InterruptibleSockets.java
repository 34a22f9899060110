package io.ciscosparkapi.transport.okhttp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

/**
 * Makes the sockets of the transport's own client ones that an interrupt reaches.
 *
 * <p>Each socket is the {@linkplain SocketChannel#socket() socket of a channel}: a thread
 * interrupted while it waits to connect, read or write on it gets a
 * {@link java.nio.channels.ClosedByInterruptException} at once, and the connection is closed,
 * where a plain socket would keep the thread waiting until a timeout. OkHttp's blocking calls do
 * not look at interrupts themselves, so this is what lets an interrupt end a waiting
 * {@code execute}, and the interrupt that cancels a blocking exchange free its connection.
 * Timeouts, TLS layered on top and proxies work as on a plain socket.
 */
final class InterruptibleSockets extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        return SocketChannel.open().socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(null, new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(localHost, localPort), new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(null, new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(localAddress, localPort), new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress local, InetSocketAddress remote) throws IOException {
        Socket socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
