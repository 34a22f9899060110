package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportSelectionTest {

    /** A provider that records whether the transport it made was closed. */
    private static class FakeProvider implements TransportProvider {
        private final String name;
        private final int priority;
        final AtomicBoolean closed = new AtomicBoolean();

        FakeProvider(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Transport create(TransportOptions options) {
            return new Transport() {
                @Override
                public TransportResponse execute(TransportRequest request) {
                    throw new UnsupportedOperationException("not used");
                }

                @Override
                public void close() {
                    closed.set(true);
                }
            };
        }
    }

    private final FakeProvider jdk = new FakeProvider("jdk", 0);
    private final FakeProvider okhttp = new FakeProvider("okhttp", 20);
    private final FakeProvider apache = new FakeProvider("apache", 10);

    @AfterEach
    void clearProperty() {
        System.clearProperty(TransportSelector.PROPERTY);
    }

    private CiscoSparkAPI build(String explicit, Map<String, String> env, List<TransportProvider> providers) {
        CiscoSparkAPI.Builder builder = CiscoSparkAPI.builder().accessToken("t")
                .environment(env::get).providers(() -> providers);
        if (explicit != null) {
            builder.transport(explicit);
        }
        return builder.build();
    }

    @Test
    void highestDeclaredPriorityWinsWhenNothingIsNamed() {
        try (CiscoSparkAPI api = build(null, Map.of(), List.of(jdk, okhttp, apache))) {
            assertThat(api.toString()).contains("transport=okhttp");
        }
    }

    @Test
    void environmentVariableOverridesPriority() {
        try (CiscoSparkAPI api = build(null, Map.of("SPARK_TRANSPORT", "apache"), List.of(jdk, okhttp, apache))) {
            assertThat(api.toString()).contains("transport=apache");
        }
    }

    @Test
    void systemPropertyOverridesTheEnvironmentVariable() {
        System.setProperty(TransportSelector.PROPERTY, "jdk");
        try (CiscoSparkAPI api = build(null, Map.of("SPARK_TRANSPORT", "apache"), List.of(jdk, okhttp, apache))) {
            assertThat(api.toString()).contains("transport=jdk");
        }
    }

    @Test
    void builderChoiceOverridesEverything() {
        System.setProperty(TransportSelector.PROPERTY, "jdk");
        try (CiscoSparkAPI api = build("APACHE", Map.of("SPARK_TRANSPORT", "okhttp"), List.of(jdk, okhttp, apache))) {
            assertThat(api.toString()).contains("transport=apache");
        }
    }

    @Test
    void aNamedTransportThatIsAbsentIsAClearError() {
        assertThatThrownBy(() -> build(null, Map.of("SPARK_TRANSPORT", "okhttp"), List.of(jdk)))
                .isInstanceOf(SparkException.class)
                .hasMessageContaining("'okhttp'")
                .hasMessageContaining("SPARK_TRANSPORT")
                .hasMessageContaining("spark-transport-okhttp")
                .hasMessageContaining("jdk (priority 0)");
    }

    @Test
    void anAbsentTransportThatIsNotOneOfOursNamesNoArtifactOfOurs() {
        assertThatThrownBy(() -> build("netty", Map.of(), List.of(jdk, okhttp)))
                .isInstanceOf(SparkException.class)
                .hasMessageContaining("'netty'")
                .hasMessageContaining("the builder")
                .hasMessageContaining("okhttp (priority 20), jdk (priority 0)")
                .hasMessageContaining("none of this SDK's transports (jdk, okhttp, apache)")
                .hasMessageNotContaining("spark-transport-netty")
                .hasMessageNotContaining("io.ciscosparkapi:");
    }

    @Test
    void equalPrioritiesGoToTheNameThatSortsFirstWhateverTheOrderFound() {
        FakeProvider zeta = new FakeProvider("zeta", 20);
        FakeProvider alpha = new FakeProvider("alpha", 20);
        try (CiscoSparkAPI api = build(null, Map.of(), List.of(jdk, zeta, okhttp, alpha))) {
            assertThat(api.toString()).contains("transport=alpha");
        }
        try (CiscoSparkAPI api = build(null, Map.of(), List.of(alpha, okhttp, zeta, jdk))) {
            assertThat(api.toString()).contains("transport=alpha");
        }
    }

    @Test
    void twoProvidersOfOneNameAndPriorityAreDecidedByClassNameWhateverTheOrderFound() {
        FakeProvider first = new FakeProvider("twin", 5);
        // An anonymous subclass: its name, TransportSelectionTest$<n>, sorts before ...$FakeProvider.
        TransportProvider second = new FakeProvider("twin", 5) { };
        for (List<TransportProvider> found : List.of(List.of(first, second), List.of(second, first))) {
            assertThat(TransportSelector.choose(null, found, Map.<String, String>of()::get)).isSameAs(second);
            assertThat(TransportSelector.choose("twin", found, Map.<String, String>of()::get)).isSameAs(second);
        }
    }

    @Test
    void aNegativePriorityRanksBelowTheJdkTransport() {
        FakeProvider fallback = new FakeProvider("fallback", -5);
        try (CiscoSparkAPI api = build(null, Map.of(), List.of(fallback, jdk))) {
            assertThat(api.toString()).contains("transport=jdk");
        }
        try (CiscoSparkAPI api = build(null, Map.of(), List.of(fallback))) {
            assertThat(api.toString()).contains("transport=fallback");
        }
        try (CiscoSparkAPI api = build("fallback", Map.of(), List.of(jdk, fallback))) {
            assertThat(api.toString()).contains("transport=fallback");
        }
    }

    @Test
    void noTransportAtAllNamesTheArtifactsToAdd() {
        assertThatThrownBy(() -> build(null, Map.of(), List.of()))
                .isInstanceOf(SparkException.class)
                .hasMessageContaining("spark-transport-jdk")
                .hasMessageContaining("META-INF/services");
    }

    @Test
    void theClientClosesOnlyATransportItCreated() {
        build(null, Map.of(), List.of(okhttp)).close();
        assertThat(okhttp.closed).isTrue();

        Transport mine = jdk.create(TransportOptions.defaults());
        CiscoSparkAPI.builder().accessToken("t").transport(mine).build().close();
        assertThat(jdk.closed).isFalse();
    }

    @Test
    void theJdkTransportIsFoundWithoutAnyConfiguration() {
        assertThat(TransportSelector.discover()).extracting(TransportProvider::name).contains("jdk");
        try (CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").build()) {
            assertThat(api.toString()).contains("transport=jdk");
        }
    }
}
