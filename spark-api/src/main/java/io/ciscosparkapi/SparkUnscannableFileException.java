package io.ciscosparkapi;

import java.util.List;

/**
 * Spark answered 428 Precondition Required to a file download: the file cannot be scanned for
 * malware, so Spark does not hand it out unless the caller accepts the risk, with
 * {@code api.contents().download(content, d -> d.allowUnscannable(true))}.
 */
public class SparkUnscannableFileException extends SparkApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception. Used by the SDK; public so tests can build one.
     *
     * @param serverMessage the {@code message} field of the error body, or {@code null}
     * @param errors the error descriptions of the body
     * @param trackingId the tracking id, or {@code null}
     * @param requestMethod the method of the failed request
     * @param requestUrl the URL of the failed request
     * @param responseBody the raw response body, or {@code null}
     */
    public SparkUnscannableFileException(String serverMessage, List<String> errors, String trackingId,
                                         String requestMethod, String requestUrl, String responseBody) {
        super(428, serverMessage, errors, trackingId, requestMethod, requestUrl, responseBody);
    }

    @Override
    public String getMessage() {
        return super.getMessage() + "\nThe file could not be scanned for malware. To download it anyway, accept the "
                + "risk with download(content, d -> d.allowUnscannable(true)).";
    }
}
