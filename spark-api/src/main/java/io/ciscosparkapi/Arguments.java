package io.ciscosparkapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Argument checks shared by the resource APIs: fail before any request, naming the parameter. */
final class Arguments {

    /** The most bytes (UTF-8) the API accepts in a message's text, markdown or html. */
    static final int MAX_MESSAGE_BYTES = 7439;

    private Arguments() {
    }

    /**
     * Checks an id that goes into a URL path.
     *
     * @param value the id
     * @param name the parameter's name
     * @return the id
     * @throws NullPointerException when it is {@code null}
     * @throws IllegalArgumentException when it is blank, {@code .} or {@code ..} (which would make
     *     the URL lead out of the resource it names)
     */
    static String id(String value, String name) {
        required(value, name);
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(name + " must not be '" + value + "': no Spark id is, and in a URL it "
                    + "would lead out of the resource");
        }
        return value;
    }

    /**
     * Checks that each of the named text fields, when set, is within the API's size limit for
     * message content.
     *
     * @param fields the fields set so far, by name
     * @param names the text fields to check
     * @throws IllegalArgumentException when one is longer than {@value #MAX_MESSAGE_BYTES} bytes
     */
    static void withinMessageLimit(Map<String, ?> fields, String... names) {
        for (String name : names) {
            if (fields.get(name) instanceof String text && text.length() > MAX_MESSAGE_BYTES / 3) {
                int bytes = text.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_MESSAGE_BYTES) {
                    throw new IllegalArgumentException(name + " is " + bytes + " bytes long in UTF-8; the API "
                            + "accepts at most " + MAX_MESSAGE_BYTES);
                }
            }
        }
    }

    /**
     * Checks that each of the named fields, when set, holds an e-mail address (or a list of them)
     * that could be valid: one {@code @} with a local part before it and a domain after it, no
     * spaces, and a domain of non-empty labels.
     *
     * @param fields the fields set so far, by name
     * @param names the fields to check
     * @throws IllegalArgumentException when an address cannot be valid, naming the field
     */
    static void emails(Map<String, ?> fields, String... names) {
        for (String name : names) {
            Object value = fields.get(name);
            if (value instanceof String address) {
                email(address, name);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String address) {
                        email(address, name + "[" + i + "]");
                    }
                }
            }
        }
    }

    /**
     * Checks an e-mail address as {@link #emails} does.
     *
     * @param address the address
     * @param name the parameter's name
     * @return the address
     * @throws IllegalArgumentException when it cannot be valid
     */
    static String email(String address, String name) {
        String problem = emailProblem(address);
        if (problem != null) {
            throw new IllegalArgumentException(name + " '" + address + "' is not an e-mail address: " + problem);
        }
        return address;
    }

    private static String emailProblem(String address) {
        int at = address.indexOf('@');
        if (at < 0) {
            return "it has no @";
        }
        if (at != address.lastIndexOf('@')) {
            return "it has more than one @";
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return "it holds a space or control character";
            }
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty() || local.length() > 64) {
            return local.isEmpty() ? "nothing comes before the @" : "the part before the @ is over 64 characters";
        }
        if (domain.isEmpty() || domain.length() > 255) {
            return domain.isEmpty() ? "nothing comes after the @" : "the domain is over 255 characters";
        }
        if (domain.startsWith("[") && domain.endsWith("]")) {
            return null; // an address literal, e.g. user@[192.0.2.1]
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty()) {
                return "the domain has an empty label";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "a domain label starts or ends with '-'";
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-')) {
                    return "the domain holds '" + c + "'";
                }
            }
        }
        return null;
    }

    /**
     * Checks an id or other required text.
     *
     * @param value the value
     * @param name the parameter's name
     * @return the value
     * @throws NullPointerException when it is {@code null}
     * @throws IllegalArgumentException when it is blank
     */
    static String required(String value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Applies a caller's builder lambda to a fresh builder.
     *
     * @param builder the fresh builder
     * @param spec the caller's lambda
     * @param <B> the builder type
     * @return the builder, filled in
     */
    static <B> B apply(B builder, Consumer<? super B> spec) {
        if (spec == null) {
            throw new NullPointerException("spec must not be null");
        }
        spec.accept(builder);
        return builder;
    }

    /**
     * Checks a required value that a request builder holds, which may have been set through the
     * generic {@code field}/{@code param} escape hatch with any type.
     *
     * @param value the value held
     * @param name the parameter's name
     * @return the value as text
     * @throws NullPointerException when it is {@code null}
     * @throws IllegalArgumentException when it is not text or is blank
     */
    static String requiredText(Object value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(name + " must be a string, not " + value.getClass().getSimpleName());
        }
        return required(text, name);
    }

    /**
     * Checks every element of a list-valued argument and copies it.
     *
     * @param values the values
     * @param name the parameter's name
     * @return an unmodifiable copy
     * @throws NullPointerException when the array or an element is {@code null}
     * @throws IllegalArgumentException when it is empty or an element is blank
     */
    static List<String> requiredAll(String[] values, String name) {
        if (values == null) {
            throw new NullPointerException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        List<String> copy = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            copy.add(required(values[i], name + "[" + i + "]"));
        }
        return List.copyOf(copy);
    }

    /**
     * Checks that a whole-number query parameter, when set, is within an endpoint's limit, such as
     * the largest page size it serves.
     *
     * @param params the query parameters set so far, by name
     * @param name the parameter
     * @param limit the largest value the endpoint accepts
     * @param what what takes the parameter, e.g. {@code "Listing admin audit events"}
     * @throws IllegalArgumentException when it is not a whole number or is over the limit
     */
    static void atMost(Map<String, String> params, String name, int limit, String what) {
        String value = params.get(name);
        if (value == null) {
            return;
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number; got '" + value + "'", e);
        }
        if (number > limit) {
            throw new IllegalArgumentException(what + " takes " + name + " of at most " + limit + "; got " + number);
        }
    }

    /**
     * Checks that exactly one of several alternative parameters is set, and that it is not blank.
     *
     * @param values the parameters set so far, by name
     * @param what what needs the parameter, e.g. {@code "A message"}
     * @param names the alternatives
     * @return the name of the one that is set
     * @throws IllegalArgumentException when none or more than one is set, or the one set is blank
     */
    static String exactlyOne(Map<String, ?> values, String what, String... names) {
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (values.get(name) != null) {
                present.add(name);
            }
        }
        if (present.size() != 1) {
            throw new IllegalArgumentException(what + " needs exactly one of " + String.join(", ", names) + "; got "
                    + (present.isEmpty() ? "none" : String.join(" and ", present)));
        }
        String name = present.get(0);
        requiredText(values.get(name), name);
        return name;
    }

    /**
     * Checks that at most one of several alternative parameters is set.
     *
     * @param values the parameters set so far, by name
     * @param what what takes the parameters
     * @param names the alternatives
     * @throws IllegalArgumentException when more than one is set
     */
    static void atMostOne(Map<String, ?> values, String what, String... names) {
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (values.get(name) != null) {
                present.add(name);
            }
        }
        if (present.size() > 1) {
            throw new IllegalArgumentException(what + " takes at most one of " + String.join(", ", names) + "; got "
                    + String.join(" and ", present));
        }
    }
}
