package io.ciscosparkapi.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportOptionsTest {

    private static final URI SPARK = URI.create("https://webexapis.com/v1/rooms");
    private static final InetSocketAddress PROXY = InetSocketAddress.createUnresolved("proxy.example.com", 3128);

    @Test
    void withoutAProxyOptionTheJvmsDefaultSelectorAsItIsNowDecides() {
        ProxySelector before = ProxySelector.getDefault();
        ProxySelector jvmWide = ProxySelector.of(PROXY);
        TransportOptions options = TransportOptions.defaults();
        try {
            ProxySelector.setDefault(jvmWide);
            assertThat(options.proxySelector()).isSameAs(jvmWide);
            ProxySelector.setDefault(null);
            assertThat(options.proxySelector().select(SPARK)).containsExactly(Proxy.NO_PROXY);
        } finally {
            ProxySelector.setDefault(before);
        }
        assertThat(options.proxyAddress()).isEmpty();
        assertThat(options.proxyCredentials()).isEmpty();
    }

    @Test
    void aProxyAddressRoutesHttpAndHttpsThroughIt() {
        TransportOptions options = TransportOptions.builder().proxy(PROXY).build();

        Proxy expected = new Proxy(Proxy.Type.HTTP, PROXY);
        assertThat(options.proxySelector().select(SPARK)).containsExactly(expected);
        assertThat(options.proxySelector().select(URI.create("http://127.0.0.1:8080/v1/"))).containsExactly(expected);
        assertThat(options.proxyAddress()).contains(PROXY);
    }

    @Test
    void theLastProxyOptionGivenWins() {
        ProxySelector selector = new FixedSelector();

        TransportOptions addressThenSelector = TransportOptions.builder().proxy(PROXY).proxy(selector).build();
        TransportOptions selectorThenAddress = TransportOptions.builder().proxy(selector).proxy(PROXY).build();

        assertThat(addressThenSelector.proxySelector()).isSameAs(selector);
        assertThat(addressThenSelector.proxyAddress()).isEmpty();
        assertThat(selectorThenAddress.proxyAddress()).contains(PROXY);
    }

    @Test
    void aSelectorOfNoProxyMeansDirectWhateverTheJvmSays() {
        ProxySelector before = ProxySelector.getDefault();
        try {
            ProxySelector.setDefault(ProxySelector.of(PROXY));
            TransportOptions options = TransportOptions.builder().proxy(ProxySelector.of(null)).build();
            assertThat(options.proxySelector().select(SPARK)).containsExactly(Proxy.NO_PROXY);
        } finally {
            ProxySelector.setDefault(before);
        }
    }

    @Test
    void proxyCredentialsAreCopiedBothWays() {
        char[] password = "s3cret".toCharArray();
        TransportOptions options = TransportOptions.builder().proxy(PROXY).proxyCredentials("alice", password).build();
        Arrays.fill(password, 'x');

        PasswordAuthentication first = options.proxyCredentials().orElseThrow();
        assertThat(first.getUserName()).isEqualTo("alice");
        assertThat(first.getPassword()).containsExactly("s3cret".toCharArray());
        Arrays.fill(first.getPassword(), 'y');
        assertThat(options.proxyCredentials().orElseThrow().getPassword()).containsExactly("s3cret".toCharArray());
        assertThat(options.toBuilder().build().proxyCredentials().orElseThrow().getPassword())
                .containsExactly("s3cret".toCharArray());
    }

    @Test
    void toStringNamesTheProxyButNeverItsCredentials() {
        TransportOptions options = TransportOptions.builder().proxy(PROXY).proxyCredentials("alice", "s3cret".toCharArray())
                .build();

        assertThat(options.toString()).contains("proxy.example.com:3128", "proxyCredentials=<redacted>")
                .doesNotContain("s3cret").doesNotContain("alice");
        assertThat(TransportOptions.defaults().toString()).contains("proxy=JVM default").doesNotContain("proxyCredentials");
    }

    @Test
    void credentialsBasicCannotCarryAreRefusedNamingTheProblem() {
        TransportOptions.Builder builder = TransportOptions.builder();

        assertThatThrownBy(() -> builder.proxyCredentials("al:ice", "pw".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colon");
        assertThatThrownBy(() -> builder.proxyCredentials(" ", "pw".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-blank");
        assertThatThrownBy(() -> builder.proxyCredentials("alice", "p\r\nw".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break")
                .hasMessageNotContaining("p\r\nw");
        assertThatThrownBy(() -> builder.proxyCredentials("alice", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void removingCredentialsLeavesNone() {
        TransportOptions options = TransportOptions.builder().proxyCredentials("alice", "pw".toCharArray())
                .proxyCredentials(null, null).build();

        assertThat(options.proxyCredentials()).isEmpty();
    }

    @Test
    void aProxyWithoutAPortIsRefused() {
        assertThatThrownBy(() -> TransportOptions.builder().proxy(InetSocketAddress.createUnresolved("proxy", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy port");
    }

    /** A selector of the test's own. */
    private static final class FixedSelector extends ProxySelector {
        @Override
        public List<Proxy> select(URI uri) {
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        }
    }
}
