package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test support: assertions on the requests a WireMock server received. */
final class SentRequests {

    private SentRequests() {
    }

    /**
     * Asserts that the server received exactly one GET of {@code path} and that its query held exactly
     * these parameters (each once), in any order.
     *
     * @param server the server
     * @param path the request path, e.g. {@code /v1/rooms}
     * @param expected the parameter names and decoded values
     */
    static void assertGetQuery(WireMockExtension server, String path, Map<String, String> expected) {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).as("GET requests of " + path).hasSize(1);
        Map<String, String> query = new TreeMap<>();
        requests.get(0).getQueryParams().forEach((name, param) -> {
            assertThat(param.values()).as("values of query parameter " + name).hasSize(1);
            query.put(name, param.firstValue());
        });
        assertThat(query).as("query of " + requests.get(0).getUrl()).isEqualTo(new TreeMap<>(expected));
    }
}
