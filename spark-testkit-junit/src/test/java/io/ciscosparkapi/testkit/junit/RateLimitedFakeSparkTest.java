package io.ciscosparkapi.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.SparkRateLimitException;
import io.ciscosparkapi.testkit.FakeSpark;
import org.junit.jupiter.api.Test;

/** A rate limit set on the annotation: a client that waits as told succeeds, one that does not is limited. */
@FakeSparkTest(http = true, rateLimitPerToken = @RateLimit(capacity = 2, refillPerSecond = 1))
class RateLimitedFakeSparkTest {

    @Test
    void aClientThatHonoursRetryAfterSeesEveryCallSucceed(FakeSpark fake, CiscoSparkAPI api) {
        for (int i = 0; i < 4; i++) {
            assertThat(api.people().me().id()).isEqualTo(fake.admin().id());
        }
        assertThat(fake.journal().requests()).hasSizeGreaterThan(4);
    }

    @Test
    void aClientThatIgnoresRetryAfterKeepsGettingRateLimited(FakeSpark fake) {
        try (CiscoSparkAPI impatient = SparkClients.builderFor(fake, fake.admin()).waitOnRateLimit(false).build()) {
            impatient.people().me();
            impatient.people().me();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> impatient.people().me()).isInstanceOf(SparkRateLimitException.class)
                        .satisfies(e -> assertThat(((SparkRateLimitException) e).retryAfter()).isPositive());
            }
        }
    }
}
