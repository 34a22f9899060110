package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.faults.FileScanning;
import io.ciscosparkapi.testkit.internal.faults.PagingDefects;
import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.http.Query;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Everything an endpoint needs to answer one request: the state, the caller, the request itself. */
public final class RequestContext {

    /** The state. */
    public final Store store;
    /** The authenticated caller ({@code null} for unauthenticated endpoints). */
    public final Person caller;
    /** The request. */
    public final ApiRequest request;
    /** The parsed query. */
    public final Query query;
    /** The page size of a list request without {@code max}. */
    public final int defaultPageSize;
    /** The paging defects to reproduce. */
    public final PagingDefects pagingDefects;
    /** Emits webhook deliveries and compliance events. */
    public final Notifier notifier;
    /** The tracking id of this request, as answered in the {@code TrackingID} header. */
    public final String trackingId;
    /** How files posted now are scanned. */
    public final FileScanning fileScanning;
    private JsonNode body;

    /**
     * Creates a context.
     *
     * @param store the state
     * @param caller the caller
     * @param request the request
     * @param defaultPageSize the page size of a list request without {@code max}
     * @param pagingDefects the paging defects to reproduce
     * @param notifier the notifier
     * @param trackingId the request's tracking id
     * @param fileScanning how files posted now are scanned
     */
    public RequestContext(Store store, Person caller, ApiRequest request, int defaultPageSize,
            PagingDefects pagingDefects, Notifier notifier, String trackingId, FileScanning fileScanning) {
        this.store = store;
        this.caller = caller;
        this.request = request;
        this.query = Query.parse(request.rawQuery());
        this.defaultPageSize = defaultPageSize;
        this.pagingDefects = pagingDefects;
        this.notifier = notifier;
        this.trackingId = trackingId;
        this.fileScanning = fileScanning;
    }

    /**
     * The JSON body as an object.
     *
     * @return the parsed body
     * @throws ApiError 400 when absent, malformed or not an object
     */
    public JsonNode body() {
        if (body == null) {
            byte[] raw = request.body();
            if (raw.length == 0) {
                throw ApiError.badRequest("The request body is missing.");
            }
            try {
                body = Json.MAPPER.readTree(raw);
            } catch (JacksonException e) {
                throw ApiError.badRequest("The request body is not valid JSON.");
            }
            if (body == null || !body.isObject()) {
                throw ApiError.badRequest("The request body must be a JSON object.");
            }
        }
        return body;
    }

    /**
     * The body as text.
     *
     * @return the UTF-8 text
     */
    public String bodyText() {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    /**
     * The base URL the request came in on, e.g. {@code http://127.0.0.1:8080/v1/}, as a proxy in
     * front of the fake may have said ({@link ApiRequest#origin()}).
     *
     * @return the base URL
     */
    public String baseUrl() {
        return request.origin() + "/v1/";
    }

    /**
     * Refuses a caller who is not an administrator.
     *
     * @throws ApiError 403 for anyone else
     */
    public void requireAdmin() {
        if (!caller.isAdmin()) {
            throw ApiError.forbidden("This operation requires an administrator.");
        }
    }

    /**
     * Reads a boolean query parameter, case-insensitively.
     *
     * @param name the parameter
     * @return the value, or {@code null} when absent
     */
    public Boolean queryBool(String name) {
        return Json.parseBool(query.get(name), name);
    }
}
