package io.ciscosparkapi.bot.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a person's mention from the start of a message's plain text, as a bot addressed in a group room sees it:
 * Spark puts the mentioned name into {@code text} where the mention was ({@code "Concierge /help"}), so the command
 * starts after it.
 *
 * <p>The name as it appears in {@code text} is taken from the message itself where it can be: the
 * {@code <spark-mention data-object-id="...">Name</spark-mention>} elements of {@code html} that point at the
 * person, then the {@code <@personId:ID|Name>} mentions of {@code markdown}; the person's display name and its
 * first word (clients may shorten a mention to it) are tried too. The longest of these that starts the text (case
 * ignored, and followed by a space, punctuation or the end) is removed, with a {@code ,} or {@code :} after it and
 * the whitespace around it. Stateless.
 */
public final class LeadingMention {

    private static final Pattern HTML_MENTION = Pattern.compile("<spark-mention\\b([^>]*)>(.*?)</spark-mention>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT_ID = Pattern.compile("data-object-id\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_MENTION = Pattern.compile("<@personId:([^|>]+)\\|([^>]*)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private LeadingMention() {
    }

    /**
     * Removes the person's mention from the start of the text.
     *
     * @param text the message's plain text; {@code null} reads as empty
     * @param markdown the message's Markdown, or {@code null}
     * @param html the message's HTML, or {@code null}
     * @param personId the mentioned person's id
     * @param displayName the mentioned person's display name, or {@code null}
     * @return the text after the mention, stripped of surrounding whitespace; the whole text stripped when it does
     *     not start with the mention
     */
    public static String strip(String text, String markdown, String html, String personId, String displayName) {
        String t = text == null ? "" : text.strip();
        for (String name : candidates(markdown, html, personId, displayName)) {
            if (startsWithWord(t, name)) {
                return afterMention(t, name.length());
            }
        }
        return t;
    }

    private static List<String> candidates(String markdown, String html, String personId, String displayName) {
        List<String> names = new ArrayList<>();
        String uuid = uuidOf(personId);
        if (html != null) {
            Matcher m = HTML_MENTION.matcher(html);
            while (m.find()) {
                Matcher id = OBJECT_ID.matcher(m.group(1));
                if (id.find()) {
                    String value = id.group(1) != null ? id.group(1) : id.group(2);
                    if (isPerson(value, personId, uuid)) {
                        names.add(unescape(TAG.matcher(m.group(2)).replaceAll("")).strip());
                    }
                }
            }
        }
        if (markdown != null) {
            Matcher m = MARKDOWN_MENTION.matcher(markdown);
            while (m.find()) {
                if (isPerson(m.group(1).strip(), personId, uuid)) {
                    names.add(m.group(2).strip());
                }
            }
        }
        if (displayName != null && !displayName.isBlank()) {
            String name = displayName.strip();
            names.add(name);
            names.add(name.split("\\s+")[0]);
        }
        names.removeIf(String::isEmpty);
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    private static boolean isPerson(String value, String personId, String uuid) {
        return value.equals(personId) || (uuid != null && value.equalsIgnoreCase(uuid));
    }

    /** The last part of the decoded id ({@code ciscospark://us/PEOPLE/<uuid>}), which is what some HTML holds. */
    private static String uuidOf(String personId) {
        for (Base64.Decoder decoder : List.of(Base64.getUrlDecoder(), Base64.getDecoder())) {
            try {
                String decoded = new String(decoder.decode(personId), StandardCharsets.UTF_8);
                int slash = decoded.lastIndexOf('/');
                return slash >= 0 && slash < decoded.length() - 1 ? decoded.substring(slash + 1) : null;
            } catch (IllegalArgumentException notThisAlphabet) {
                // try the next alphabet
            }
        }
        return null;
    }

    private static boolean startsWithWord(String text, String name) {
        if (!text.regionMatches(true, 0, name, 0, name.length())) {
            return false;
        }
        if (text.length() == name.length()) {
            return true;
        }
        char next = text.charAt(name.length());
        return !Character.isLetterOrDigit(next) && next != '_';
    }

    private static String afterMention(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ':')) {
            i++;
        }
        return text.substring(i).strip();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
