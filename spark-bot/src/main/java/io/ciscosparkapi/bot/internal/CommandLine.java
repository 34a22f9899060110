package io.ciscosparkapi.bot.internal;

import java.util.List;
import java.util.Locale;

/**
 * A message text read as a command: its first word and the rest.
 *
 * @param word the first word, as written; empty for a blank text
 * @param rest what follows the first word, without the whitespace around it; empty when nothing follows
 */
public record CommandLine(String word, String rest) {

    /**
     * Splits a text into its first word and the rest; words are separated by whitespace.
     *
     * @param text the text
     * @return the command line
     */
    public static CommandLine parse(String text) {
        String t = text.strip();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return new CommandLine(t.substring(0, end), t.substring(end).strip());
    }

    /**
     * The rest as words.
     *
     * @return the words of {@link #rest()}, in order; empty when there are none
     */
    public List<String> restWords() {
        return rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
    }

    /**
     * The form in which command words are compared: case ignored, in the root locale.
     *
     * @param word a command word
     * @return the word in lower case
     */
    public static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
