package io.ciscosparkapi.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every Java snippet of the README compiles as shown, imports included, against the SDK's published modules. */
class ReadmeJavaSnippetsTest {

    /** Three dots that are not a varargs parameter ({@code String... names}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\.\\.\\.(?!\\s*\\w+\\s*[,)])|(?<!\\w)\\.\\.\\.");

    @TempDir
    static Path output;

    private static SnippetCompiler compiler;

    @BeforeAll
    static void startCompiler() {
        compiler = new SnippetCompiler(SnippetCompiler.testClassPath(), output);
    }

    @AfterAll
    static void closeCompiler() throws Exception {
        compiler.close();
    }

    @TestFactory
    @DisplayName("Every java block of the README compiles with only what it shows")
    Stream<DynamicTest> everyJavaSnippetCompilesAsShown() {
        return Readme.blocks("java").stream().map(block -> DynamicTest.dynamicTest(
                "README line " + block.fenceLine(),
                () -> assertThat(compiler.errors(JavaSnippet.of(block)))
                        .as("the java block at README line %d:%n%s%n", block.fenceLine(), block.text())
                        .isEmpty()));
    }

    @Test
    @DisplayName("The README has Java snippets to check")
    void theReadmeHasJavaSnippets() {
        assertThat(Readme.blocks("java")).isNotEmpty();
    }

    @Test
    @DisplayName("Every code block of the README names its language, so no Java hides in an untagged block")
    void everyCodeBlockNamesItsLanguage() {
        assertThat(Readme.blocks()).filteredOn(b -> b.language().isEmpty())
                .extracting(b -> "README line " + b.fenceLine())
                .as("code blocks without a language (use ```java, ```sh, ```xml or ```text)")
                .isEmpty();
    }

    @Test
    @DisplayName("No Java snippet of the README holds a ... placeholder")
    void noJavaSnippetHoldsAPlaceholder() {
        List<String> found = new ArrayList<>();
        for (MarkdownBlock block : Readme.blocks("java")) {
            for (int i = 0; i < block.lines().size(); i++) {
                if (PLACEHOLDER.matcher(block.lines().get(i)).find()) {
                    found.add("README line " + block.lineOf(i) + ": " + block.lines().get(i).strip());
                }
            }
        }
        assertThat(found).as("placeholders in Java snippets: write real values instead").isEmpty();
    }
}
