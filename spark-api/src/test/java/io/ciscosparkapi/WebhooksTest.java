package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.WebhookEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhooksTest {

    private static final String BODY = "{\"id\":\"Y2lzY29zcGFyazovL3VzL1dFQkhPT0svNjY2NjY2NjYtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx\","
            + "\"resource\":\"messages\",\"event\":\"created\",\"data\":{\"id\":\"Y2lzY29zcGFyazovL3VzL01FU1NBR0UvNDQ0NDQ0NDQt"
            + "YWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx\"}}";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signatureMatchesTheSpecsTestVectors() {
        assertThat(Webhooks.signature(bytes("The quick brown fox jumps over the lazy dog"), "key"))
                .isEqualTo("de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9");
        assertThat(bytes(BODY)).hasSize(226);
        assertThat(Webhooks.signature(bytes(BODY), "s3cr3t-example")).isEqualTo("062ecff67ae5b54d35d8f8534282a5271dc9f1bb");
    }

    @Test
    void aDeliveryWithTheRightSignatureIsValidAndAnyOtherIsNot() {
        assertThat(Webhooks.isValidSignature(bytes(BODY), "s3cr3t-example", "062ECFF67AE5B54D35D8F8534282A5271DC9F1BB")).isTrue();
        assertThat(Webhooks.isValidSignature(bytes(BODY), "wrong-secret", "062ecff67ae5b54d35d8f8534282a5271dc9f1bb")).isFalse();
        assertThat(Webhooks.isValidSignature(bytes(BODY + " "), "s3cr3t-example", "062ecff67ae5b54d35d8f8534282a5271dc9f1bb")).isFalse();
        assertThat(Webhooks.isValidSignature(bytes(BODY), "s3cr3t-example", null)).isFalse();
    }

    @Test
    void aDeliveryBodyParsesIntoAWebhookEventWhoseDataIsAMessage() {
        WebhookEvent event = Webhooks.parseEvent(bytes(BODY));
        assertThat(event.resource()).isEqualTo("messages");
        assertThat(event.event()).isEqualTo("created");
        assertThat(event.data(Message::new).id()).startsWith("Y2lzY29zcGFyazovL3VzL01FU1NBR0U");
        assertThatThrownBy(() -> Webhooks.parseEvent(bytes("not json"))).isInstanceOf(SparkException.class)
                .hasMessageContaining("webhook delivery");
    }
}
