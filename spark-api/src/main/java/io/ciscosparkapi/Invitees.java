package io.ciscosparkapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invitee objects ({@code email}, {@code displayName}, {@code coHost}) that scheduling a
 * meeting ({@code invitees}) and inviting people in bulk ({@code items}) both send: appending one
 * to a request's list, and checking a list before it is sent.
 */
final class Invitees {

    private Invitees() {
    }

    /**
     * Appends an invitee to the list a request holds in a field.
     *
     * @param request the request
     * @param field the list field, e.g. {@code invitees}
     * @param email the invitee's e-mail address
     * @param displayName the invitee's name, or {@code null} to leave it out
     * @param coHost whether a co-host, or {@code null} to leave it out
     */
    static void add(BodyBuilder<?> request, String field, String email, String displayName, Boolean coHost) {
        Map<String, Object> invitee = new LinkedHashMap<>();
        invitee.put("email", email);
        if (displayName != null) {
            invitee.put("displayName", displayName);
        }
        if (coHost != null) {
            invitee.put("coHost", coHost);
        }
        List<Object> list = new ArrayList<>();
        if (request.fieldValue(field) instanceof List<?> current) {
            list.addAll(current);
        }
        list.add(invitee);
        request.field(field, list);
    }

    /**
     * Checks the invitees a request holds in a field, when it holds any: each is an object with an
     * e-mail address that could be valid.
     *
     * @param request the request
     * @param field the list field
     * @param required whether the list must hold at least one invitee
     * @throws NullPointerException when the list is required and not set, or an invitee has no
     *     {@code email}
     * @throws IllegalArgumentException when the field is not a list, is empty though required, or
     *     an invitee is not an object or its address cannot be valid, naming it, e.g.
     *     {@code invitees[1].email}
     */
    static void check(BodyBuilder<?> request, String field, boolean required) {
        Object value = request.fieldValue(field);
        if (value == null) {
            if (required) {
                throw new NullPointerException(field + " must not be null: add at least one invitee");
            }
            return;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(field + " must be a list of invitees");
        }
        if (required && list.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty: add at least one invitee");
        }
        for (int i = 0; i < list.size(); i++) {
            String name = field + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> invitee)) {
                throw new IllegalArgumentException(name + " must be an object with an email");
            }
            Arguments.email(Arguments.requiredText(invitee.get("email"), name + ".email"), name + ".email");
        }
    }
}
