package io.ciscosparkapi.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the fenced code blocks of a Markdown file. */
final class MarkdownBlocks {

    private static final Pattern OPENING = Pattern.compile("^\\s*```\\s*([^`\\s]*)\\s*$");
    private static final Pattern CLOSING = Pattern.compile("^\\s*```\\s*$");

    private MarkdownBlocks() {
    }

    /**
     * The fenced blocks of a Markdown text, in order.
     *
     * @param markdown the file's lines
     * @return every block
     * @throws IllegalArgumentException when a block is never closed
     */
    static List<MarkdownBlock> of(List<String> markdown) {
        List<MarkdownBlock> blocks = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            Matcher opening = OPENING.matcher(markdown.get(i));
            if (!opening.matches()) {
                continue;
            }
            int fence = i;
            List<String> lines = new ArrayList<>();
            for (i++; i < markdown.size() && !CLOSING.matcher(markdown.get(i)).matches(); i++) {
                lines.add(markdown.get(i));
            }
            if (i == markdown.size()) {
                throw new IllegalArgumentException("The code block opened on line " + (fence + 1) + " is never closed");
            }
            blocks.add(new MarkdownBlock(opening.group(1), fence + 1, lines));
        }
        return blocks;
    }
}
