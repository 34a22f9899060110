package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** How the fake serves over the network, and what it says when it cannot. */
class HttpServingTest {

    @Test
    void aPortAlreadyInUseIsSaidToBeInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             FakeSpark spark = FakeSpark.create()) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> spark.startHttp("127.0.0.1", port))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("already in use");
            assertThat(spark.isServingHttp()).isFalse();
        }
    }
}
