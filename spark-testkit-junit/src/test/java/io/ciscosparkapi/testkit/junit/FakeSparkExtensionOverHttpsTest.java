package io.ciscosparkapi.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.SparkTransportException;
import io.ciscosparkapi.RetryPolicy;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.model.Room;
import org.junit.jupiter.api.Test;

/** The extension with {@code https = true}: the fake serves TLS and the injected clients trust it. */
@FakeSparkTest(https = true)
class FakeSparkExtensionOverHttpsTest {

    @Test
    void theFakeServesHttpsAndTheInjectedClientTrustsItsCertificate(FakeSpark fake, CiscoSparkAPI api) {
        assertThat(fake.baseUrl().getScheme()).isEqualTo("https");
        assertThat(api.baseUrl()).isEqualTo(fake.baseUrl());
        assertThat(api.people().me().id()).isEqualTo(fake.admin().id());
    }

    @Test
    void nextLinksOverHttpsStayOnHttps(FakeSpark fake, CiscoSparkAPI api) {
        for (int i = 0; i < 3; i++) {
            api.rooms().create("Room " + i);
        }
        assertThat(api.rooms().list(q -> q.max(1)).toList()).extracting(Room::title).hasSize(3);
        assertThat(fake.journal().requests()).allSatisfy(r -> assertThat(r.path()).startsWith("/v1/"));
    }

    @Test
    void aClientThatDoesNotTrustTheFakesCertificateIsRefused(FakeSpark fake) {
        try (CiscoSparkAPI untrusting = CiscoSparkAPI.builder().accessToken(fake.admin().token())
                .baseUrl(fake.baseUrl()).retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> untrusting.people().me()).isInstanceOf(SparkTransportException.class);
        }
    }
}
