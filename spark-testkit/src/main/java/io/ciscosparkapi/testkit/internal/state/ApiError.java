package io.ciscosparkapi.testkit.internal.state;

/**
 * Ends the handling of a request with an error status and message; turned into the JSON error
 * body by the dispatcher.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * Creates an error.
     *
     * @param status the HTTP status
     * @param message the message for the body
     */
    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * A 400.
     *
     * @param message the message
     * @return the error
     */
    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    /**
     * A 403.
     *
     * @param message the message
     * @return the error
     */
    public static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    /**
     * A 404.
     *
     * @param message the message
     * @return the error
     */
    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /**
     * A 409.
     *
     * @param message the message
     * @return the error
     */
    public static ApiError conflict(String message) {
        return new ApiError(409, message);
    }
}
