package io.ciscosparkapi.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.SparkException;
import io.ciscosparkapi.testkit.FakeSpark;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension with {@code http = true}: the fake serves loopback HTTP and clients go through it. */
@FakeSparkTest(http = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeSparkExtensionOverHttpTest {

    private static CiscoSparkAPI clientOfAnEarlierTest;

    @Test
    @Order(1)
    void theFakeServesLoopbackHttpAndTheClientCallsIt(FakeSpark fake, CiscoSparkAPI api) throws Exception {
        assertThat(fake.isServingHttp()).isTrue();
        URI base = fake.baseUrl();
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(api.baseUrl()).isEqualTo(base);
        assertThat(api.people().me().id()).isEqualTo(fake.admin().id());
        assertThat(fake.journal().last().header("User-Agent")).startsWith("ciscosparkapi-java/");

        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("people/me"))
                .header("Authorization", "Bearer " + fake.admin().token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).contains(fake.admin().id());
        clientOfAnEarlierTest = api;
    }

    @Test
    @Order(2)
    void theClientOfAnEarlierTestWasClosedAndTheFakeReset(FakeSpark fake, CiscoSparkAPI api) {
        assertThatThrownBy(() -> clientOfAnEarlierTest.rooms().create("Too late"))
                .isExactlyInstanceOf(SparkException.class).hasMessageContaining("closed");
        assertThat(fake.journal().requests()).isEmpty();
        assertThat(api.rooms().list().toList()).isEmpty();
    }

    @Test
    void clientForCallsTheFakeOverHttpToo(FakeSpark fake) {
        try (CiscoSparkAPI bob = SparkClients.clientFor(fake, fake.createUser("Bob"))) {
            assertThat(bob.baseUrl()).isEqualTo(fake.baseUrl());
            assertThat(bob.people().me().displayName()).isEqualTo("Bob");
        }
    }
}
