package io.ciscosparkapi.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds and repairs the next-page link of a list response (RFC 5988 {@code Link} header).
 */
public final class NextLinks {

    /** Separates the relations of one link; compiled once rather than for every page. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private NextLinks() {
    }

    /**
     * Returns the target of the {@code rel="next"} link among the {@code Link} header values.
     *
     * @param linkHeaders every value of the {@code Link} header
     * @return the raw target, or {@code null} when there is no next link
     */
    public static String find(List<String> linkHeaders) {
        for (String header : linkHeaders) {
            for (String link : splitLinks(header)) {
                int open = link.indexOf('<');
                int close = link.indexOf('>', open + 1);
                if (open < 0 || close < 0) {
                    continue;
                }
                for (String param : link.substring(close + 1).split(";")) {
                    String p = param.trim();
                    int eq = p.indexOf('=');
                    if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("rel")) {
                        String rels = p.substring(eq + 1).trim().replace("\"", "").toLowerCase(Locale.ROOT);
                        if (List.of(WHITESPACE.split(rels)).contains("next")) {
                            return link.substring(open + 1, close).trim();
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Repairs a next link against the server's known defects: drops a literal {@code max=null}
     * query item, and re-adds each original query parameter whose key is absent from the link.
     * Parameters present in the link are never overwritten: the server may use them as cursors.
     *
     * @param next the next link as received
     * @param original the query parameters of the listing's first request (not encoded)
     * @return the link to request
     */
    public static URI repair(URI next, Map<String, String> original) {
        String raw = next.getRawQuery();
        List<String> items = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        if (raw != null && !raw.isEmpty()) {
            for (String item : raw.split("&")) {
                if (item.isEmpty() || item.equals("max=null")) {
                    continue;
                }
                items.add(item);
                int eq = item.indexOf('=');
                keys.add(Urls.decode(eq < 0 ? item : item.substring(0, eq)));
            }
        }
        original.forEach((key, value) -> {
            if (!keys.contains(key)) {
                items.add(Urls.encode(key) + "=" + Urls.encode(value));
            }
        });
        String query = String.join("&", items);
        String base = next.toString();
        int q = base.indexOf('?');
        int hash = base.indexOf('#');
        String head = q >= 0 ? base.substring(0, q) : hash >= 0 ? base.substring(0, hash) : base;
        return URI.create(query.isEmpty() ? head : head + "?" + query);
    }

    private static List<String> splitLinks(String header) {
        List<String> links = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"' && depth == 0) {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                depth++;
            } else if (c == '>' && !quoted) {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0 && !quoted) {
                links.add(header.substring(start, i));
                start = i + 1;
            }
        }
        links.add(header.substring(start));
        return links;
    }
}
