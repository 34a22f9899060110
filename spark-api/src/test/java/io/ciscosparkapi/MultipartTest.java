package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.internal.Multipart;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    void uploadContentTypeIsGuessedFromTheFileNameWithTextPlainForUnknownNames() {
        assertThat(Multipart.guessContentType("photo.PNG")).isEqualTo("image/png");
        assertThat(Multipart.guessContentType("report.pdf")).isEqualTo("application/pdf");
        assertThat(Multipart.guessContentType("archive.bin")).isEqualTo("application/octet-stream");
        assertThat(Multipart.guessContentType("slides.pptx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(Multipart.guessContentType("notes")).isEqualTo("text/plain");
        assertThat(Multipart.guessContentType("data.unknownext")).isEqualTo("text/plain");
    }
}
