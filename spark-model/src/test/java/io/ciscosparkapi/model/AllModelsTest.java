package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.MAPPER;
import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.tree;
import static io.ciscosparkapi.model.Fixtures.writtenByJackson;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that hold for every model, run on an example that carries every documented field of that model. */
class AllModelsTest {

    static Stream<Arguments> models() {
        return Stream.of(
                model(Person.class, Person::new, FullExamples.PERSON),
                model(Person.PhoneNumber.class, Person.PhoneNumber::new, FullExamples.PHONE_NUMBER),
                model(Person.SipAddress.class, Person.SipAddress::new, FullExamples.SIP_ADDRESS),
                model(Person.Address.class, Person.Address::new, FullExamples.ADDRESS),
                model(Room.class, Room::new, FullExamples.ROOM),
                model(RoomMeetingInfo.class, RoomMeetingInfo::new, FullExamples.ROOM_MEETING_INFO),
                model(Membership.class, Membership::new, FullExamples.MEMBERSHIP),
                model(Message.class, Message::new, FullExamples.MESSAGE),
                model(Message.Attachment.class, Message.Attachment::new, FullExamples.ATTACHMENT),
                model(Team.class, Team::new, FullExamples.TEAM),
                model(TeamMembership.class, TeamMembership::new, FullExamples.TEAM_MEMBERSHIP),
                model(Webhook.class, Webhook::new, FullExamples.WEBHOOK),
                model(WebhookEvent.class, WebhookEvent::new, FullExamples.WEBHOOK_EVENT),
                model(Organization.class, Organization::new, FullExamples.ORGANIZATION),
                model(License.class, License::new, FullExamples.LICENSE),
                model(Role.class, Role::new, FullExamples.ROLE),
                model(Event.class, Event::new, FullExamples.EVENT),
                model(AccessToken.class, AccessToken::new, FullExamples.ACCESS_TOKEN),
                model(AttachmentAction.class, AttachmentAction::new, FullExamples.ATTACHMENT_ACTION),
                model(RoomTab.class, RoomTab::new, FullExamples.ROOM_TAB),
                model(AdminAuditEvent.class, AdminAuditEvent::new, FullExamples.ADMIN_AUDIT_EVENT),
                model(AdminAuditEvent.Data.class, AdminAuditEvent.Data::new, FullExamples.ADMIN_AUDIT_EVENT_DATA),
                model(Meeting.class, Meeting::new, FullExamples.MEETING),
                model(Meeting.Registration.class, Meeting.Registration::new, FullExamples.MEETING_REGISTRATION),
                model(MeetingTemplate.class, MeetingTemplate::new, FullExamples.MEETING_TEMPLATE),
                model(MeetingInvitee.class, MeetingInvitee::new, FullExamples.MEETING_INVITEE),
                model(MeetingRegistrant.class, MeetingRegistrant::new, FullExamples.MEETING_REGISTRANT),
                model(Recording.class, Recording::new, FullExamples.RECORDING));
    }

    private static <T extends SparkObject> Arguments model(Class<T> type, Function<Map<String, Object>, T> constructor,
            String json) {
        return Arguments.of(type.getSimpleName(), type, constructor, json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyDocumentedFieldIsKnown(String name, Class<?> type, Function<Map<String, Object>, SparkObject> constructor,
            String json) {
        assertThat(constructor.apply(map(json)).unknownFields()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyDocumentedFieldHasAGetterNamedLikeTheField(String name, Class<?> type,
            Function<Map<String, Object>, SparkObject> constructor, String json) throws Exception {
        SparkObject model = constructor.apply(map(json));
        Set<String> fieldsRead = new TreeSet<>();
        for (Method getter : getters(type)) {
            String field = model.has(getter.getName()) ? getter.getName() : snakeCase(getter.getName());
            assertThat(model.has(field)).as("%s.%s() names a field of the example", name, getter.getName()).isTrue();
            Object value = getter.invoke(model);
            assertThat(value).as("%s.%s()", name, getter.getName()).isNotNull();
            if (value instanceof List) {
                assertThat((List<?>) value).as("%s.%s()", name, getter.getName()).isNotEmpty();
            }
            if (value instanceof Enum) {
                assertThat(value.toString()).as("%s.%s()", name, getter.getName()).isNotEqualTo("UNKNOWN");
            }
            fieldsRead.add(field);
        }
        assertThat(fieldsRead).isEqualTo(new TreeSet<>(map(json).keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void gettersOfAnEmptyObjectReadNullOrEmptyLists(String name, Class<?> type,
            Function<Map<String, Object>, SparkObject> constructor, String json) throws Exception {
        SparkObject empty = constructor.apply(Map.of());
        for (Method getter : getters(type)) {
            Object value = getter.invoke(empty);
            if (List.class.isAssignableFrom(getter.getReturnType())) {
                assertThat((List<?>) value).as("%s.%s()", name, getter.getName()).isEmpty();
            } else {
                assertThat(value).as("%s.%s()", name, getter.getName()).isNull();
            }
        }
        assertThat(empty.json()).isEqualTo("{}");
        assertThat(empty.unknownFields()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void jacksonReadsAndWritesTheModelAsItsJsonObject(String name, Class<? extends SparkObject> type,
            Function<Map<String, Object>, SparkObject> constructor, String json) {
        SparkObject bound = MAPPER.readValue(json, type);

        assertThat(bound).isInstanceOf(type).isEqualTo(constructor.apply(map(json)));
        assertThat(writtenByJackson(bound)).isEqualTo(tree(json));
        assertThat(tree(bound.json())).isEqualTo(tree(json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void modelsOfEqualJsonAreEqualAndOthersAreNot(String name, Class<?> type,
            Function<Map<String, Object>, SparkObject> constructor, String json) {
        SparkObject one = constructor.apply(map(json));
        SparkObject same = constructor.apply(map(json));
        Map<String, Object> changed = new LinkedHashMap<>(map(json));
        changed.put("extra", 1);

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(constructor.apply(changed));
        if (type != AccessToken.class) { // AccessToken hides its tokens, see AccessTokenTest
            assertThat(one.toString()).isEqualTo(type.getSimpleName() + "(" + one.json() + ")");
        }
    }

    /** The typed getters: public instance methods without parameters declared by the model itself. */
    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && method.getParameterCount() == 0
                    && !method.isSynthetic() && !Set.of("unknownFields", "toString").contains(method.getName())) {
                getters.add(method);
            }
        }
        assertThat(getters).as("getters of %s", type.getSimpleName()).isNotEmpty();
        return getters;
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
