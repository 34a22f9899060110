package io.ciscosparkapi.testkit.internal.http;

import io.ciscosparkapi.transport.Headers;

/**
 * One answer of the fake.
 *
 * @param status the HTTP status
 * @param headers the headers, {@code Content-Type} included when there is a body
 * @param body the body bytes, empty for none
 */
public record ApiResponse(int status, Headers headers, byte[] body) {

    private static final byte[] NONE = new byte[0];
    private static final Headers JSON = Headers.of("Content-Type", "application/json;charset=UTF-8");

    /**
     * A response without a body.
     *
     * @param status the status
     * @return the response
     */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, Headers.empty(), NONE);
    }

    /**
     * A JSON response.
     *
     * @param status the status
     * @param json the serialized JSON
     * @return the response
     */
    public static ApiResponse json(int status, byte[] json) {
        return new ApiResponse(status, JSON, json);
    }

    /**
     * Returns this response with one more header.
     *
     * @param name the name
     * @param value the value
     * @return a new response
     */
    public ApiResponse withHeader(String name, String value) {
        return new ApiResponse(status, headers.toBuilder().set(name, value).build(), body);
    }
}
