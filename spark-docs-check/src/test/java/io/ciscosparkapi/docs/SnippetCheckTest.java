package io.ciscosparkapi.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README check itself: what it extracts, how it wraps a snippet, and that it reports what does not compile. */
class SnippetCheckTest {

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

    private static List<MarkdownBlock> java(String... markdown) {
        return MarkdownBlocks.of(List.of(markdown)).stream().filter(b -> b.language().equals("java")).toList();
    }

    @Test
    void aSnippetThatDoesNotCompileIsReportedWithItsReadmeLineAndTheCompilersMessage() {
        MarkdownBlock block = java(
                "# Title",                                           // 1
                "",                                                  // 2
                "```java",                                           // 3
                "import io.ciscosparkapi.CiscoSparkAPI;",            // 4
                "",                                                  // 5
                "CiscoSparkAPI api = CiscoSparkAPI.create();",       // 6
                "api.rooms().archive(\"ROOM\");",                    // 7
                "```").get(0);

        assertThat(compiler.errors(JavaSnippet.of(block)))
                .singleElement(STRING)
                .startsWith("README line 7: ")
                .contains("cannot find symbol")
                .contains("archive");
    }

    @Test
    void aStatementSnippetHasOnlyTheImportsItShows() {
        MarkdownBlock block = java(
                "```java",
                "import io.ciscosparkapi.CiscoSparkAPI;",
                "",
                "CiscoSparkAPI api = CiscoSparkAPI.create();",
                "List<Room> rooms = api.rooms().list().toList();",
                "```").get(0);

        assertThat(compiler.errors(JavaSnippet.of(block)))
                .anySatisfy(e -> assertThat(e).startsWith("README line 5: ").contains("class List"))
                .anySatisfy(e -> assertThat(e).startsWith("README line 5: ").contains("class Room"));
    }

    @Test
    void aStatementSnippetIsWrappedInAMethodThatMayThrow() {
        MarkdownBlock block = java(
                "```java",
                "import java.nio.file.Files;",
                "import java.nio.file.Path;",
                "",
                "String text = Files.readString(Path.of(\"notes.txt\"));",
                "```").get(0);
        JavaSnippet snippet = JavaSnippet.of(block);

        assertThat(snippet.path()).isEqualTo("Snippet_1.java");
        assertThat(snippet.source()).startsWith("import java.nio.file.Files;\nimport java.nio.file.Path;\n"
                + "class Snippet_1 { void run() throws Exception {\n");
        assertThat(compiler.errors(snippet)).isEmpty();
    }

    @Test
    void aSnippetThatDeclaresATypeIsCompiledAsItIsInAFileNamedAfterItsPublicType() {
        MarkdownBlock block = java(
                "```java",
                "package com.example.bot;",
                "",
                "import java.util.List;",
                "",
                "// a comment before the type",
                "@SuppressWarnings(\"unused\")",
                "final class Helper {",
                "}",
                "",
                "public record Booking(List<String> rooms) {",
                "}",
                "```").get(0);
        JavaSnippet snippet = JavaSnippet.of(block);

        assertThat(snippet.path()).isEqualTo("com/example/bot/Booking.java");
        assertThat(snippet.source()).isEqualTo(block.text());
        assertThat(compiler.errors(snippet)).isEmpty();
    }

    @Test
    void aSnippetDoesNotSeeTheTypesOfAnotherSnippet() {
        List<MarkdownBlock> blocks = java(
                "```java",
                "class ReadmeHelper {",
                "    static int answer() { return 42; }",
                "}",
                "```",
                "",
                "```java",
                "int answer = ReadmeHelper.answer();",
                "```");

        assertThat(compiler.errors(JavaSnippet.of(blocks.get(0)))).isEmpty();
        assertThat(compiler.errors(JavaSnippet.of(blocks.get(1))))
                .anySatisfy(e -> assertThat(e).startsWith("README line 8: ").contains("ReadmeHelper"));
    }

    @Test
    void aModuleDeclarationCompilesAgainstTheSdksModules() {
        List<MarkdownBlock> blocks = java(
                "```java",
                "/** A reader's application. */",
                "module com.example.bot {",
                "    requires io.ciscosparkapi.bot;   // the bot, and through it the SDK and the cards",
                "}",
                "```",
                "```java",
                "module com.example.other {",
                "    requires io.ciscosparkapi.nosuchmodule;",
                "}",
                "```");

        JavaSnippet good = JavaSnippet.of(blocks.get(0));
        assertThat(good.path()).isEqualTo("module-info.java");
        assertThat(compiler.errors(good)).isEmpty();
        assertThat(compiler.errors(JavaSnippet.of(blocks.get(1))))
                .anySatisfy(e -> assertThat(e).startsWith("README line 9: ").contains("nosuchmodule"));
    }

    @Test
    void blocksKeepTheirLanguageAndFenceLine() {
        List<MarkdownBlock> blocks = MarkdownBlocks.of(List.of(
                "text", "```sh", "./mvnw -B verify", "```", "```", "untagged", "```"));

        assertThat(blocks).extracting(MarkdownBlock::language).containsExactly("sh", "");
        assertThat(blocks).extracting(MarkdownBlock::fenceLine).containsExactly(2, 5);
        assertThat(blocks.get(0).lines()).containsExactly("./mvnw -B verify");
    }

    @Test
    void aBlockThatIsNeverClosedIsAnError() {
        assertThatThrownBy(() -> MarkdownBlocks.of(List.of("a", "```java", "int x = 1;")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }
}
