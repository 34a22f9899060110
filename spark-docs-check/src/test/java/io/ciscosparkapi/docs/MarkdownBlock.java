package io.ciscosparkapi.docs;

import java.util.List;

/**
 * One fenced code block of a Markdown file.
 *
 * @param language the word after the opening fence ({@code java}, {@code sh}, ...); empty when the fence names none
 * @param fenceLine the 1-based line of the opening fence in the Markdown file
 * @param lines the block's lines, without the fences
 */
record MarkdownBlock(String language, int fenceLine, List<String> lines) {

    MarkdownBlock {
        lines = List.copyOf(lines);
    }

    /**
     * The Markdown line of one of the block's lines.
     *
     * @param index the 0-based index into {@link #lines()}
     * @return the 1-based line in the Markdown file
     */
    int lineOf(int index) {
        return fenceLine + 1 + index;
    }

    /** The block's text, lines joined with {@code \n}. */
    String text() {
        return String.join("\n", lines);
    }
}
