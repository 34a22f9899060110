package io.ciscosparkapi.testkit.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.FileDownload;
import io.ciscosparkapi.FileInfo;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.junit.FakeSparkTest;
import io.ciscosparkapi.testkit.junit.SparkClients;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file posted to a room downloads byte for byte over loopback HTTP through each transport the SDK
 * ships, as a stream and to a path: a binary file of a few hundred KB that holds every byte value,
 * so it takes many reads and no byte may be changed on the way.
 */
@FakeSparkTest(http = true, strictModels = true)
class FileDownloadThroughEachTransportTest {

    private static final byte[] FILE = EndToEndSuite.binary(300 * 1024);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdk", "okhttp", "apache"})
    void aBinaryFilePostedToARoomDownloadsByteForByte(String transport, FakeSpark fake, @TempDir Path dir)
            throws Exception {
        Path upload = Files.write(dir.resolve("capture.bin"), FILE);
        try (CiscoSparkAPI api = SparkClients.builderFor(fake, fake.admin()).transport(transport).strictModels(true)
                .build()) {
            assertThat(api.toString()).contains("transport=" + transport);
            Room room = api.rooms().create("Captures");
            Message message = api.messages().create(m -> m.roomId(room.id()).text("the capture").file(upload));
            String url = message.files().get(0);

            FileInfo info = api.contents().info(url);
            assertThat(info.fileName()).isEqualTo("capture.bin");
            assertThat(info.size()).hasValue(FILE.length);
            try (FileDownload download = api.contents().download(url)) {
                assertThat(download.body().readAllBytes()).isEqualTo(FILE);
            }
            Path saved = api.contents().download(url, Files.createDirectory(dir.resolve("downloads")));
            assertThat(saved).hasFileName("capture.bin");
            assertThat(Files.readAllBytes(saved)).isEqualTo(FILE);
        }
    }
}
