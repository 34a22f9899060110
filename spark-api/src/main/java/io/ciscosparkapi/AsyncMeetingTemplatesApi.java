package io.ciscosparkapi;

import io.ciscosparkapi.model.MeetingTemplate;
import io.ciscosparkapi.model.MeetingTemplateType;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link MeetingTemplatesApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#meetingTemplates()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncMeetingTemplatesApi {

    private final Session session;

    AsyncMeetingTemplatesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the templates the caller may schedule from. The async twin of
     * {@link MeetingTemplatesApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<MeetingTemplate> list() {
        return session.listAsync(MeetingTemplatesApi.listCall());
    }

    /**
     * Lists templates with filters, e.g.
     * {@code list(q -> q.templateType(MeetingTemplateType.WEBINAR))}. The async twin of
     * {@link MeetingTemplatesApi#list(Consumer)}.
     *
     * @param query sets the filters
     * @return an async listing
     */
    public AsyncPagedIterable<MeetingTemplate> list(Consumer<MeetingTemplatesApi.ListQuery> query) {
        return session.listAsync(MeetingTemplatesApi.listCall(query));
    }

    /**
     * Gets one template, with the meeting it would schedule. The async twin of
     * {@link MeetingTemplatesApi#get(String)}.
     *
     * @param templateId the template's id
     * @return completes with the template
     */
    public CompletableFuture<MeetingTemplate> get(String templateId) {
        return session.executeAsync(MeetingTemplatesApi.getCall(templateId));
    }
}
