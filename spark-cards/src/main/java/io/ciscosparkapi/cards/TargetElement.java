package io.ciscosparkapi.cards;

/**
 * An element that a {@link ToggleVisibilityAction} shows or hides, named by its id.
 *
 * <p>A target that toggles is written as the id alone; one that always shows or always hides is written as
 * {@code {"elementId": ..., "isVisible": ...}}. Immutable and thread-safe.
 */
public final class TargetElement extends CardValue<Object> {

    private final String elementId;
    private final Boolean visible;

    private TargetElement(String elementId, Boolean visible) {
        this.elementId = elementId;
        this.visible = visible;
    }

    /**
     * Returns a target that is shown if hidden and hidden if shown.
     *
     * @param elementId the element's id
     * @return the target
     */
    public static TargetElement toggle(String elementId) {
        return new TargetElement(elementId, null);
    }

    /**
     * Returns a target that the action always shows.
     *
     * @param elementId the element's id
     * @return the target
     */
    public static TargetElement show(String elementId) {
        return new TargetElement(elementId, Boolean.TRUE);
    }

    /**
     * Returns a target that the action always hides.
     *
     * @param elementId the element's id
     * @return the target
     */
    public static TargetElement hide(String elementId) {
        return new TargetElement(elementId, Boolean.FALSE);
    }

    /**
     * Returns the id of the element.
     *
     * @return the id, as given
     */
    public String elementId() {
        return elementId;
    }

    /**
     * Returns whether the action shows or hides the element.
     *
     * @return true to show, false to hide; null to toggle
     */
    public Boolean isVisible() {
        return visible;
    }

    /** The id alone for a toggle, else an object. */
    @Override
    Object writeJson() {
        return visible == null ? elementId
                : new JsonFields().put("elementId", elementId).put("isVisible", visible).toMap();
    }
}
