package io.ciscosparkapi.cards;

/**
 * The properties that parts holding other parts share: a {@link Container}, a {@link Column} and a
 * {@link ColumnSet} each offer, in their builders, those Adaptive Cards give them (a column set has no vertical
 * content alignment or background image; only a column set places its columns across itself). They are kept,
 * checked and written here, in one order: style, vertical content alignment, bleed, minimum height, background
 * image, horizontal alignment, select action.
 *
 * <p>A builder fills one in; the part keeps a {@link #copy()}, which nothing changes.
 */
final class ContainerProperties {

    ContainerStyle style;
    VerticalAlignment verticalContentAlignment;
    boolean bleed;
    Integer minHeight;
    BackgroundImage backgroundImage;
    HorizontalAlignment horizontalAlignment;
    Action selectAction;

    ContainerProperties() {
    }

    private ContainerProperties(ContainerProperties from) {
        this.style = from.style;
        this.verticalContentAlignment = from.verticalContentAlignment;
        this.bleed = from.bleed;
        this.minHeight = from.minHeight;
        this.backgroundImage = from.backgroundImage;
        this.horizontalAlignment = from.horizontalAlignment;
        this.selectAction = from.selectAction;
    }

    /** Returns the properties as set so far, for a part to keep. */
    ContainerProperties copy() {
        return new ContainerProperties(this);
    }

    /** Sets the minimum height, refusing one that is not a positive number of pixels. */
    void minHeight(int pixels) {
        this.minHeight = Arguments.positive(pixels, "minHeight");
    }

    void write(JsonFields out) {
        out.put("style", style).put("verticalContentAlignment", verticalContentAlignment).putIfTrue("bleed", bleed)
                .put("minHeight", JsonFields.pixels(minHeight)).put("backgroundImage", backgroundImage)
                .put("horizontalAlignment", horizontalAlignment).put("selectAction", selectAction);
    }

    /** Checks the background image, then the select action, of the part at {@code path}. */
    void check(CardCheck check, String path) {
        check.backgroundImage(backgroundImage, path + ".backgroundImage");
        check.selectAction(selectAction, path + ".selectAction");
    }
}
