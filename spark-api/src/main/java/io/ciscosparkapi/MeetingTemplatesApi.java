package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.MeetingTemplate;
import io.ciscosparkapi.model.MeetingTemplateType;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The templates meetings and webinars are scheduled from: the {@code meetings/templates}
 * endpoints (newer API generation), read-only. Obtain it from
 * {@link CiscoSparkAPI#meetingTemplates()}. Thread-safe.
 */
public final class MeetingTemplatesApi {

    private static final String MEETINGS = "meetings";
    private static final String TEMPLATES = "templates";

    private final Session session;

    MeetingTemplatesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the templates the caller may schedule from.
     *
     * @return a lazy listing
     */
    public PagedIterable<MeetingTemplate> list() {
        return session.list(listCall());
    }

    static ListCall<MeetingTemplate> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists templates with filters, e.g. {@code list(q -> q.templateType(MeetingTemplateType.WEBINAR))}.
     *
     * @param query sets the filters
     * @return a lazy listing
     */
    public PagedIterable<MeetingTemplate> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<MeetingTemplate> listCall(Consumer<ListQuery> query) {
        return new ListCall<>(Urls.path(MEETINGS, TEMPLATES), Arguments.apply(new ListQuery(), query).params(),
                MeetingTemplate::new);
    }

    /**
     * Gets one template, with the meeting it would schedule.
     *
     * @param templateId the template's id
     * @return the template
     */
    public MeetingTemplate get(String templateId) {
        return session.execute(getCall(templateId));
    }

    static Call<MeetingTemplate> getCall(String templateId) {
        return Call.get(Urls.path(MEETINGS, TEMPLATES, Arguments.id(templateId, "templateId")), Map.of(),
                MeetingTemplate::new);
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * Only templates for meetings or only templates for webinars.
         *
         * @param templateType the kind of template
         * @return this query
         * @throws IllegalArgumentException for {@link MeetingTemplateType#UNKNOWN}, which has no
         *     wire value
         */
        public ListQuery templateType(MeetingTemplateType templateType) {
            if (templateType == MeetingTemplateType.UNKNOWN) {
                throw new IllegalArgumentException("templateType UNKNOWN cannot be sent; use MEETING or WEBINAR");
            }
            return param("templateType", templateType);
        }
    }
}
