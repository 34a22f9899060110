package io.ciscosparkapi.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.PasswordAuthentication;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyCredentialsTest {

    @Test
    void credentialsAreRefusedWhereTheJvmWillNotSendBasicThroughATunnel() {
        Map<String, String> jdkDefaults = Map.of(ProxyCredentials.TUNNELING, "Basic");

        assertThatThrownBy(() -> ProxyCredentials.requireBasicAllowed(jdkDefaults::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdk.http.auth.tunneling.disabledSchemes")
                .hasMessageContaining("-Djdk.http.auth.tunneling.disabledSchemes=")
                .hasMessageContaining("okhttp or apache transport");
    }

    @Test
    void credentialsAreRefusedWhereTheJvmWillNotSendBasicToAPlainProxy() {
        Map<String, String> properties = Map.of(ProxyCredentials.TUNNELING, "", ProxyCredentials.PROXYING, "Digest, basic");

        assertThatThrownBy(() -> ProxyCredentials.requireBasicAllowed(properties::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdk.http.auth.proxying.disabledSchemes");
    }

    @Test
    void credentialsAreAcceptedWhereTheJvmAllowsBasic() {
        Map<String, String> allowed = Map.of(ProxyCredentials.TUNNELING, "", ProxyCredentials.PROXYING, "Digest");

        assertThatCode(() -> ProxyCredentials.requireBasicAllowed(allowed::get)).doesNotThrowAnyException();
        assertThatCode(() -> ProxyCredentials.requireBasicAllowed(name -> null)).doesNotThrowAnyException();
    }

    @Test
    void theSystemPropertyWinsOverTheJdksNetProperties() {
        // This module's tests run with -Djdk.http.auth.tunneling.disabledSchemes= (empty);
        // the JDK's conf/net.properties says Basic.
        assertThat(ProxyCredentials.networkProperty(ProxyCredentials.TUNNELING)).isEmpty();
    }

    @Test
    void credentialsTravelAsBasicOfUserAndPasswordInUtf8() {
        ProxyCredentials credentials = new ProxyCredentials(new PasswordAuthentication("al", "sé:same".toCharArray()));

        assertThat(credentials.value()).isEqualTo("Basic YWw6c8OpOnNhbWU=");
    }
}
