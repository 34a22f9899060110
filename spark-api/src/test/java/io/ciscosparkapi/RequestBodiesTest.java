package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Test
    void uploadContentTypeIsGuessedFromTheFileNameWithTextPlainForUnknownNames() {
        assertThat(RequestBodies.guessContentType("photo.PNG")).isEqualTo("image/png");
        assertThat(RequestBodies.guessContentType("report.pdf")).isEqualTo("application/pdf");
        assertThat(RequestBodies.guessContentType("archive.bin")).isEqualTo("application/octet-stream");
        assertThat(RequestBodies.guessContentType("slides.pptx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(RequestBodies.guessContentType("notes")).isEqualTo("text/plain");
        assertThat(RequestBodies.guessContentType("data.unknownext")).isEqualTo("text/plain");
    }
}
