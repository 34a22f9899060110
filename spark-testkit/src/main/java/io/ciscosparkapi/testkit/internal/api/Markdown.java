package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough Markdown renderer: finds mentions, derives plain text and renders simple HTML. It is
 * deliberately small; it covers what messages commonly use (bold, italic, code, links,
 * headings, paragraphs and mentions).
 */
public final class Markdown {

    private static final Pattern MENTION =
            Pattern.compile("<@(personId|personEmail):([^|>]+)(?:\\|([^>]*))?>|<@all(?:\\|([^>]*))?>");

    /**
     * The mentions found in a text.
     *
     * @param people resolved person ids, in order, without duplicates
     * @param groups mentioned groups ({@code all})
     */
    public record Mentions(List<String> people, List<String> groups) {
    }

    private Markdown() {
    }

    /**
     * Finds the mentions in Markdown or HTML.
     *
     * @param store the state, to resolve addresses
     * @param text the text, may be {@code null}
     * @param into where to add the findings
     */
    public static void mentions(Store store, String text, Mentions into) {
        if (text == null) {
            return;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (m.group(1) == null) {
                if (!into.groups().contains("all")) {
                    into.groups().add("all");
                }
                continue;
            }
            Person p = m.group(1).equals("personId") ? store.people.get(m.group(2).trim())
                    : store.personByEmail(m.group(2).trim());
            if (p != null && !into.people().contains(p.id)) {
                into.people().add(p.id);
            }
        }
    }

    /**
     * New empty findings.
     *
     * @return mentions with empty lists
     */
    public static Mentions none() {
        return new Mentions(new ArrayList<>(), new ArrayList<>());
    }

    private static String mentionName(Store store, Matcher m) {
        if (m.group(1) == null) {
            return m.group(4) != null ? m.group(4) : "All";
        }
        if (m.group(3) != null) {
            return m.group(3);
        }
        Person p = m.group(1).equals("personId") ? store.people.get(m.group(2).trim())
                : store.personByEmail(m.group(2).trim());
        return p != null ? p.displayName : m.group(2);
    }

    /**
     * Derives plain text from Markdown.
     *
     * @param store the state, to name mentioned people
     * @param markdown the Markdown
     * @return the text
     */
    public static String toText(Store store, String markdown) {
        StringBuilder sb = new StringBuilder();
        Matcher m = MENTION.matcher(markdown);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(mentionName(store, m)));
        }
        m.appendTail(sb);
        String t = sb.toString();
        t = t.replaceAll("\\[([^\\]]*)\\]\\(([^)]*)\\)", "$1");
        t = t.replaceAll("(\\*\\*|__|~~)(.+?)\\1", "$2");
        t = t.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "$1");
        t = t.replaceAll("(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)", "$1");
        t = t.replaceAll("`{1,3}", "");
        t = t.replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "");
        t = t.replaceAll("(?m)^\\s{0,3}>\\s?", "");
        return t;
    }

    /**
     * Renders HTML from Markdown.
     *
     * @param store the state, to name mentioned people
     * @param markdown the Markdown
     * @return the HTML
     */
    public static String toHtml(Store store, String markdown) {
        List<String> mentions = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        Matcher m = MENTION.matcher(markdown);
        while (m.find()) {
            String html;
            if (m.group(1) == null) {
                html = "<spark-mention data-object-type=\"groupMention\" data-group-type=\"all\">"
                        + escape(mentionName(store, m)) + "</spark-mention>";
            } else {
                Person p = m.group(1).equals("personId") ? store.people.get(m.group(2).trim())
                        : store.personByEmail(m.group(2).trim());
                html = "<spark-mention data-object-type=\"person\" data-object-id=\""
                        + escape(p != null ? p.id : m.group(2)) + "\">" + escape(mentionName(store, m)) + "</spark-mention>";
            }
            mentions.add(html);
            m.appendReplacement(sb, Matcher.quoteReplacement("\u0000" + (mentions.size() - 1) + "\u0000"));
        }
        m.appendTail(sb);
        String t = escape(sb.toString());
        t = t.replaceAll("`([^`]+)`", "<code>$1</code>");
        t = t.replaceAll("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)", "<a href=\"$2\">$1</a>");
        t = t.replaceAll("(\\*\\*|__)(.+?)\\1", "<strong>$2</strong>");
        t = t.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "<em>$1</em>");
        t = t.replaceAll("(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)", "<em>$1</em>");
        t = t.replaceAll("~~(.+?)~~", "<del>$1</del>");
        StringBuilder out = new StringBuilder();
        for (String para : t.split("\\n\\s*\\n")) {
            if (para.isBlank()) {
                continue;
            }
            Matcher h = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$", Pattern.DOTALL).matcher(para);
            if (h.matches()) {
                int level = h.group(1).length();
                out.append("<h").append(level).append('>').append(h.group(2).strip()).append("</h").append(level).append('>');
            } else {
                out.append("<p>").append(para.strip().replace("\n", "<br/>")).append("</p>");
            }
        }
        String html = out.toString();
        for (int i = 0; i < mentions.size(); i++) {
            html = html.replace("\u0000" + i + "\u0000", mentions.get(i));
        }
        return html;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
