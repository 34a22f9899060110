package io.ciscosparkapi.cards;

import java.util.function.Consumer;

/**
 * A button that opens a web page ({@code Action.OpenUrl}).
 *
 * <p>The URL is checked when the card is built: it must be an absolute {@code http} or {@code https} URL.
 */
public final class OpenUrlAction extends Action {

    private final String url;

    private OpenUrlAction(String title, String url, Builder builder) {
        super(title, builder);
        this.url = url;
    }

    /**
     * Returns a button that opens a URL.
     *
     * @param title the button's label
     * @param url the URL to open
     * @return the action
     */
    public static OpenUrlAction of(String title, String url) {
        return new OpenUrlAction(title, url, new Builder());
    }

    /**
     * Returns a button that opens a URL, with other options.
     *
     * @param title the button's label
     * @param url the URL to open
     * @param options sets the optional properties, for example {@code a -> a.iconUrl(icon)}
     * @return the action
     * @throws NullPointerException if {@code options} is null
     */
    public static OpenUrlAction of(String title, String url, Consumer<Builder> options) {
        return new OpenUrlAction(title, url, Arguments.configured(new Builder(), options));
    }

    /** {@return {@code "Action.OpenUrl"}} */
    @Override
    public String type() {
        return "Action.OpenUrl";
    }

    /**
     * Returns the URL the action opens.
     *
     * @return the URL, as given
     */
    public String url() {
        return url;
    }

    @Override
    void writeContent(JsonFields out) {
        out.put("url", url);
    }

    @Override
    void check(CardCheck check, String path) {
        check.webUrl(url, path + ".url");
    }

    /** The optional properties of an {@link OpenUrlAction}, used inside the lambda given to its factory. */
    public static final class Builder extends Action.Builder<Builder> {

        private Builder() {
        }
    }
}
