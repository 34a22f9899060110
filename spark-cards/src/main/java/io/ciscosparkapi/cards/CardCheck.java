package io.ciscosparkapi.cards;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Walks a card in document order and refuses, at the first problem, what Webex would refuse or could not use: an
 * input without an id, an id used twice anywhere in the card (shown cards included), an empty container, a URL
 * that is not an absolute web URL, a toggle aimed at an element the card does not have.
 *
 * <p>Each element checks its own properties through the methods here; this class keeps the ids seen so far and
 * turns a problem into an {@link IllegalArgumentException} whose message starts with the element's path, for
 * example {@code body[2].columns[0].items[1]: Input.Text needs an id}.
 */
final class CardCheck {

    /** Each id seen so far, and the path of the element or action that has it. */
    private final Map<String, String> ids = new HashMap<>();
    /** The ids of elements (and columns), which a toggle may aim at; actions cannot be toggled. */
    private final Set<String> elementIds = new HashSet<>();
    /** Toggle targets, checked once the whole card has been seen: a target may come after its toggle. */
    private final List<String[]> targets = new ArrayList<>();

    private CardCheck() {
    }

    /** Checks a card about to be built. */
    static void check(AdaptiveCard card) {
        CardCheck check = new CardCheck();
        check.content(card, "", "card");
        for (String[] target : check.targets) {
            if (!check.elementIds.contains(target[0])) {
                throw problem(target[1], "targets the element \"" + target[0] + "\", which is not in the card");
            }
        }
    }

    /** Checks a card shown by an action, at {@code path}. */
    void card(AdaptiveCard card, String path) {
        content(card, path + ".", path);
    }

    private void content(AdaptiveCard card, String prefix, String name) {
        require(!card.body().isEmpty() || !card.actions().isEmpty(), name,
                "a card needs at least one body element or action");
        elements(card.body(), prefix + "body");
        actions(card.actions(), prefix + "actions");
        selectAction(card.selectAction(), prefix + "selectAction");
        backgroundImage(card.backgroundImage(), prefix + "backgroundImage");
    }

    /** Checks each part of a list, at {@code path[0]}, {@code path[1]} and so on. */
    <T> void each(List<? extends T> parts, String path, BiConsumer<? super T, String> part) {
        for (int i = 0; i < parts.size(); i++) {
            part.accept(parts.get(i), path + "[" + i + "]");
        }
    }

    void elements(List<? extends Element> elements, String path) {
        each(elements, path, this::element);
    }

    void element(Element element, String path) {
        if (element instanceof Input input) {
            require(input.id() != null && !input.id().isBlank(), path, input.type() + " needs an id");
        }
        laidOut(element, path);
    }

    /** Checks an element or a column: takes its id, then lets it check its own properties and parts. */
    void laidOut(LaidOutPart part, String path) {
        id(part.id(), path, true);
        part.check(this, path);
    }

    void actions(List<? extends Action> actions, String path) {
        each(actions, path, this::action);
    }

    void action(Action action, String path) {
        id(action.id(), path, false);
        if (action.iconUrl() != null) {
            imageUrl(action.iconUrl(), path + ".iconUrl");
        }
        action.check(this, path);
    }

    /**
     * Checks the action run when an element (or the card) is tapped; null is none. Adaptive Cards do not allow
     * {@code Action.ShowCard} there.
     */
    void selectAction(Action action, String path) {
        if (action != null) {
            require(!(action instanceof ShowCardAction), path, "Action.ShowCard cannot be a select action");
            action(action, path);
        }
    }

    void backgroundImage(BackgroundImage image, String path) {
        if (image != null) {
            imageUrl(image.url(), path);
        }
    }

    /** Keeps a toggle's target, checked once the whole card has been seen. */
    void target(String elementId, String path) {
        require(elementId != null && !elementId.isBlank(), path, "a target element needs an id");
        targets.add(new String[] {elementId, path});
    }

    private void id(String id, String path, boolean isElement) {
        if (id == null) {
            return;
        }
        require(!id.isBlank(), path, "an id must not be blank");
        String first = ids.putIfAbsent(id, path);
        require(first == null, path, "the id \"" + id + "\" is already used by " + first);
        if (isElement) {
            elementIds.add(id);
        }
    }

    /** Checks a link or a media file: an absolute http or https URL. */
    void webUrl(String url, String path) {
        require(url != null && !url.isBlank(), path, "needs a URL");
        require(isWebUrl(url), path, "\"" + abbreviate(url) + "\" is not an absolute http or https URL");
    }

    /**
     * Checks an image: an absolute http or https URL, or a {@code data:image/...} URI carrying the image itself, as
     * Adaptive Cards allow.
     */
    void imageUrl(String url, String path) {
        require(url != null && !url.isBlank(), path, "needs a URL");
        require(isWebUrl(url) || isImageData(url), path,
                "\"" + abbreviate(url) + "\" is neither an absolute http or https URL nor a data:image/ URI");
    }

    void require(boolean condition, String path, String problem) {
        if (!condition) {
            throw problem(path, problem);
        }
    }

    private static IllegalArgumentException problem(String path, String problem) {
        return new IllegalArgumentException(path + ": " + problem);
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isImageData(String url) {
        return url.regionMatches(true, 0, "data:image/", 0, "data:image/".length()) && url.indexOf(',') > 0;
    }

    /** A URL, a data URI above all, can be long; the message shows its start. */
    private static String abbreviate(String url) {
        return url.length() <= 100 ? url : url.substring(0, 100) + "...";
    }
}
