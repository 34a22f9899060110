package io.ciscosparkapi.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The repository's README and the repository around it, as the build passes them to the tests. */
final class Readme {

    private Readme() {
    }

    /** The repository's root directory. */
    static Path root() {
        return Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    }

    /** The README's lines. */
    static List<String> lines() {
        Path readme = Path.of(System.getProperty("readme.file", root().resolve("README.md").toString()));
        try {
            return Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the README at " + readme, e);
        }
    }

    /** The README's fenced blocks. */
    static List<MarkdownBlock> blocks() {
        return MarkdownBlocks.of(lines());
    }

    /** The README's blocks of one language. */
    static List<MarkdownBlock> blocks(String language) {
        return blocks().stream().filter(b -> b.language().equals(language)).toList();
    }
}
