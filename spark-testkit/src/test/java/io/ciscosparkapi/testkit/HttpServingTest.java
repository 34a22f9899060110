package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** How the fake serves over the network: HTTP, HTTPS, behind a proxy, and what it says when it cannot. */
class HttpServingTest {

    private static HttpResponse<String> get(HttpClient client, URI uri, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient trusting(SSLContext context) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void aClientTrustingTheHandedOutContextTalksToTheHttpsFakeWithHostNamesVerified() throws Exception {
        try (FakeSpark spark = FakeSpark.create()) {
            URI base = spark.startHttps();
            assertThat(base.toString()).matches("https://127\\.0\\.0\\.1:\\d+/v1/");
            HttpClient client = trusting(spark.clientSslContext());
            String token = spark.admin().token();
            HttpResponse<String> me = get(client, base.resolve("people/me"), token);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains(spark.admin().id());
            URI byName = URI.create("https://localhost:" + base.getPort() + "/v1/people/me");
            assertThat(get(client, byName, token).statusCode()).as("localhost is named in the certificate")
                    .isEqualTo(200);
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        try (FakeSpark spark = FakeSpark.create()) {
            URI base = spark.startHttps();
            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> get(untrusting, base.resolve("people/me"), spark.admin().token()))
                    .isInstanceOf(SSLHandshakeException.class);
            try (FakeSpark other = FakeSpark.create()) {
                other.startHttps();
                assertThatThrownBy(() -> get(trusting(other.clientSslContext()), base.resolve("people/me"),
                        spark.admin().token())).as("another fake's certificate is not this one")
                        .isInstanceOf(SSLHandshakeException.class);
            }
        }
    }

    @Test
    void thePemFileHoldsTheServedCertificateAndGoesAwayWithTheFake() throws Exception {
        Path pem;
        try (FakeSpark spark = FakeSpark.create()) {
            URI base = spark.startHttps();
            pem = spark.certificatePemFile();
            assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----\n")
                    .endsWith("-----END CERTIFICATE-----\n");
            HttpClient client = trusting(contextTrusting(pem));
            assertThat(get(client, base.resolve("people/me"), spark.admin().token()).statusCode()).isEqualTo(200);
            X509Certificate cert = certificate(pem);
            assertThat(cert.getSubjectAlternativeNames()).extracting(n -> (Object) n.get(1))
                    .contains("localhost", "127.0.0.1");
        }
        assertThat(pem).doesNotExist();
    }

    @Test
    void linksAndFileUrlsOverHttpsUseHttps() throws Exception {
        try (FakeSpark spark = FakeSpark.create()) {
            URI base = spark.startHttps();
            HttpResponse<String> roles = get(trusting(spark.clientSslContext()), base.resolve("roles?max=1"),
                    spark.admin().token());
            assertThat(roles.headers().firstValue("Link").orElseThrow())
                    .startsWith("<https://127.0.0.1:" + base.getPort() + "/v1/roles?");
        }
    }

    @Test
    void oneFakeServesEitherHttpOrHttps() {
        try (FakeSpark spark = FakeSpark.create()) {
            URI base = spark.startHttp();
            assertThat(spark.startHttp()).isEqualTo(base);
            assertThatThrownBy(spark::startHttps).isInstanceOf(IllegalStateException.class).hasMessageContaining(
                    base.toString());
            assertThatThrownBy(spark::clientSslContext).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("startHttps");
        }
    }

    @Test
    void forwardedHeadersFromAProxyDecideTheNextLinksAndFileUrls() {
        try (FakeSpark spark = FakeSpark.create()) {
            Http http = new Http(spark.startHttp());
            String admin = spark.admin().token();
            Http.Resp proxied = http.send("GET", admin, "roles?max=1", null, null,
                    "X-Forwarded-Proto", "https", "X-Forwarded-Host", "spark.example.com");
            assertThat(proxied.next()).startsWith("https://spark.example.com/v1/roles?").contains("max=1");
            Http.Resp hostOnly = http.send("GET", admin, "roles?max=1", null, null,
                    "X-Forwarded-Host", "spark.example.com:8443, inner.example.com");
            assertThat(hostOnly.next()).startsWith("http://spark.example.com:8443/v1/roles?");
            Http.Resp garbage = http.send("GET", admin, "roles?max=1", null, null,
                    "X-Forwarded-Proto", "gopher", "X-Forwarded-Host", "bad host/");
            assertThat(garbage.next()).startsWith(http.base + "roles?");

            String roomId = http.post(admin, "rooms", Map.of("title", "Files")).id();
            String boundary = "----proxied";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n" + roomId
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\""
                    + "\r\nContent-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n";
            Http.Resp file = http.send("POST", admin, "messages", "multipart/form-data; boundary=" + boundary,
                    body.getBytes(StandardCharsets.UTF_8), "X-Forwarded-Proto", "https",
                    "X-Forwarded-Host", "spark.example.com");
            assertThat(file.json().get("files").get(0).asString()).startsWith("https://spark.example.com/v1/contents/");
        }
    }

    @Test
    void aPortAlreadyInUseIsSaidToBeInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             FakeSpark spark = FakeSpark.create()) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> spark.startHttp("127.0.0.1", port))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("already in use");
            assertThatThrownBy(() -> spark.startHttps("127.0.0.1", port))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("already in use");
            assertThat(spark.isServingHttp()).isFalse();
        }
    }

    static X509Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Trust built from the PEM file alone, as a client in another language would. */
    static SSLContext contextTrusting(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("fake", certificate(pem));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
