package io.ciscosparkapi;

import java.util.List;
import java.util.Objects;

/**
 * Spark answered a request with an error status, e.g. 404 for an unknown id or 409 when a person
 * is added to a room they are already in.
 *
 * <p>Carries what Spark said: the {@linkplain #statusCode() status code}, the
 * {@linkplain #description() standard description} of that code, the server's
 * {@linkplain #serverMessage() message}, {@linkplain #errors() error details} and
 * {@linkplain #trackingId() tracking id} (quote it to Webex support), and the request that failed.
 * The message reads like the Python SDK's: {@code Response Code [409] - The request could not be
 * processed ...}. Nothing here holds the access token.
 */
public class SparkApiException extends SparkException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int statusCode;
    /** The standard description of the status. */
    private final String description;
    /** The server's message, or null. */
    private final String serverMessage;
    /** The error descriptions. */
    private final List<String> errors;
    /** The tracking id, or null. */
    private final String trackingId;
    /** The method of the failed request. */
    private final String requestMethod;
    /** The URL of the failed request. */
    private final String requestUrl;
    /** The raw response body, or null. */
    private final String responseBody;

    /**
     * Creates the exception. Used by the SDK; public so tests can build one.
     *
     * @param statusCode the HTTP status
     * @param serverMessage the {@code message} field of the error body, or {@code null}
     * @param errors the {@code errors[].description} values of the error body
     * @param trackingId the tracking id from the body or the {@code TrackingID} header, or {@code null}
     * @param requestMethod the method of the failed request
     * @param requestUrl the URL of the failed request
     * @param responseBody the raw response body (possibly shortened), or {@code null}
     */
    public SparkApiException(int statusCode, String serverMessage, List<String> errors, String trackingId,
                             String requestMethod, String requestUrl, String responseBody) {
        super(format(statusCode, serverMessage, errors, trackingId, requestMethod, requestUrl));
        this.statusCode = statusCode;
        this.description = describe(statusCode);
        this.serverMessage = serverMessage;
        this.errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        this.trackingId = trackingId;
        this.requestMethod = requestMethod;
        this.requestUrl = requestUrl;
        this.responseBody = responseBody;
    }

    /**
     * The HTTP status code Spark answered with.
     *
     * @return the status, e.g. {@code 409}
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The standard description of the status code, as the Spark documentation gives it.
     *
     * @return the description; a generic one for codes Spark does not document
     */
    public String description() {
        return description;
    }

    /**
     * The server's own message: the {@code message} field of Spark's error body. (The exception's
     * {@link #getMessage()} is the SDK's whole report, which includes it.)
     *
     * @return the server's message, or {@code null} when the body had none
     */
    public String serverMessage() {
        return serverMessage;
    }

    /**
     * The {@code description} of each entry of the {@code errors} array of Spark's error body.
     *
     * @return the descriptions; empty when there were none
     */
    public List<String> errors() {
        return errors;
    }

    /**
     * The tracking id Spark gave the request, from the body or the {@code TrackingID} header.
     *
     * @return the id, or {@code null} when Spark sent none
     */
    public String trackingId() {
        return trackingId;
    }

    /**
     * The HTTP method of the request that failed.
     *
     * @return the method, e.g. {@code POST}
     */
    public String requestMethod() {
        return requestMethod;
    }

    /**
     * The URL of the request that failed.
     *
     * @return the absolute URL
     */
    public String requestUrl() {
        return requestUrl;
    }

    /**
     * The raw body of the error response, shortened to a few kilobytes.
     *
     * @return the body, or {@code null} when there was none
     */
    public String responseBody() {
        return responseBody;
    }

    /**
     * Returns the standard description of an HTTP status code in the Spark API.
     *
     * @param statusCode the status
     * @return its description
     */
    public static String describe(int statusCode) {
        return switch (statusCode) {
            case 400 -> "The request was invalid or cannot be otherwise served. An accompanying error message "
                    + "will explain further.";
            case 401 -> "Authentication credentials were missing or incorrect.";
            case 403 -> "The request is understood, but it has been refused or access is not allowed.";
            case 404 -> "The URI requested is invalid or the resource requested, such as a user, does not exist. "
                    + "Also returned when the requested format is not supported by the requested method.";
            case 405 -> "The request was made to a resource using an HTTP request method that is not supported.";
            case 409 -> "The request could not be processed because it conflicts with some established rule of "
                    + "the system. For example, a person may not be added to a room more than once.";
            case 410 -> "The requested resource is no longer available.";
            case 415 -> "The request was made to a resource without specifying a media type or used a media type "
                    + "that is not supported.";
            case 423 -> "The requested resource is temporarily unavailable. A Retry-After header may be present "
                    + "that specifies how many seconds you need to wait before attempting the request again.";
            case 428 -> "File(s) cannot be scanned for malware and need to be force downloaded.";
            case 429 -> "Too many requests have been sent in a given amount of time and the request has been rate "
                    + "limited. A Retry-After header should be present that specifies how many seconds you need "
                    + "to wait before a successful request can be made.";
            case 500 -> "Something went wrong on the server.";
            case 502 -> "The server received an invalid response from an upstream server while processing the "
                    + "request. Try again later.";
            case 503 -> "Server is overloaded with requests. Try again later.";
            case 504 -> "An upstream server failed to respond on time. Try again later.";
            default -> statusCode >= 500 ? "The server failed to fulfil the request."
                    : "The request was not accepted by the server.";
        };
    }

    private static String format(int statusCode, String serverMessage, List<String> errors, String trackingId,
                                 String method, String url) {
        StringBuilder out = new StringBuilder("Response Code [").append(statusCode).append("] - ")
                .append(describe(statusCode));
        String detail = serverMessage != null ? serverMessage : errors.isEmpty() ? null : String.join("; ", errors);
        if (detail != null) {
            out.append("\nMessage: ").append(detail);
        }
        if (trackingId != null) {
            out.append("\nTracking ID: ").append(trackingId);
        }
        if (method != null) {
            out.append("\nRequest: ").append(method).append(' ').append(url);
        }
        return out.toString();
    }

}
