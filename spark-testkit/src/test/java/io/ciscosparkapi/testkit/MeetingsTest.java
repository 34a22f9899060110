package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code meetings}: create, list, get, update, delete, on the fake's clock. */
class MeetingsTest extends MeetingsTestBase {

    @Test
    void creatingAMeetingAnswers200WithTheWholeSeries() {
        Http.Resp r = http.post(admin, "meetings", meetingBody("Planning", 25, 26, "agenda", "Next quarter"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.get("id").asString()).isNotBlank();
        assertThat(m.get("meetingNumber").asString()).matches("\\d{11}");
        assertThat(m.get("title").asString()).isEqualTo("Planning");
        assertThat(m.get("agenda").asString()).isEqualTo("Next quarter");
        assertThat(m.get("password").asString()).isNotBlank();
        assertThat(m.get("meetingType").asString()).isEqualTo("meetingSeries");
        assertThat(m.get("state").asString()).isEqualTo("scheduled");
        assertThat(m.get("timezone").asString()).isEqualTo("UTC");
        assertThat(m.get("start").asString()).isEqualTo("2026-12-02T10:00:00Z");
        assertThat(m.get("end").asString()).isEqualTo("2026-12-02T11:00:00Z");
        assertThat(m.get("hostUserId").asString()).isEqualTo(spark.admin().id());
        assertThat(m.get("hostDisplayName").asString()).isEqualTo(spark.admin().displayName());
        assertThat(m.get("hostEmail").asString()).isEqualTo(spark.admin().email());
        assertThat(m.get("webLink").asString()).startsWith("https://");
        assertThat(m.get("sipAddress").asString()).isEqualTo(m.get("meetingNumber").asString() + "@example.webex.com");
        assertThat(m.get("scheduledType").asString()).isEqualTo("meeting");
        assertThat(m.get("enabledAutoRecordMeeting").asBoolean()).isFalse();
        assertThat(m.get("allowAnyUserToBeCoHost").asBoolean()).isFalse();
        assertThat(m.has("registration")).isFalse();
        assertThat(m.get("created").asString()).startsWith("2026-12-01T09:00:00.");
        assertThat(http.get(admin, "meetings/" + m.get("id").asString()).json()).isEqualTo(m);
    }

    @Test
    void aTimeWithoutAnOffsetIsLocalToTheMeetingsTimezoneAndTimesAreShownInIt() {
        JsonNode local = createMeeting(admin, Map.of("title", "Local", "timezone", "Europe/Paris",
                "start", "2026-12-02T10:00:00", "end", "2026-12-02T11:30:00"));
        assertThat(local.get("timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(local.get("start").asString()).isEqualTo("2026-12-02T10:00:00+01:00");
        assertThat(local.get("end").asString()).isEqualTo("2026-12-02T11:30:00+01:00");
        JsonNode withOffset = createMeeting(admin, Map.of("title", "Offset", "timezone", "Europe/Paris",
                "start", "2026-12-02T10:00:00Z", "end", "2026-12-02T12:00:00-05:00"));
        assertThat(withOffset.get("start").asString()).isEqualTo("2026-12-02T11:00:00+01:00");
        assertThat(withOffset.get("end").asString()).isEqualTo("2026-12-02T18:00:00+01:00");
        JsonNode utc = createMeeting(admin, Map.of("title", "UTC", "start", "2026-12-02T10:00:00",
                "end", "2026-12-02T11:00:00"));
        assertThat(utc.get("start").asString()).isEqualTo("2026-12-02T10:00:00Z");
    }

    @Test
    void titleStartAndEndAreRequired() {
        for (String field : List.of("title", "start", "end")) {
            Map<String, Object> body = new HashMap<>(meetingBody("Missing", 1, 2));
            body.remove(field);
            Http.Resp r = http.post(admin, "meetings", body);
            assertThat(r.status()).as(field).isEqualTo(400);
            assertThat(description(r)).contains(field);
        }
    }

    @Test
    void anEndThatIsNotAfterTheStartIsRefused() {
        assertThat(http.post(admin, "meetings", meetingBody("Backwards", 3, 2)).status()).isEqualTo(400);
        Http.Resp same = http.post(admin, "meetings", meetingBody("Instant", 3, 3));
        assertThat(same.status()).isEqualTo(400);
        assertThat(description(same)).contains("'end' must be after its 'start'");
    }

    @Test
    void aTimeOrTimezoneThatCannotBeReadIsRefusedNamingTheField() {
        Http.Resp time = http.post(admin, "meetings", meetingBody("Bad", 1, 2, "start", "tomorrow at ten"));
        assertThat(time.status()).isEqualTo(400);
        assertThat(description(time)).contains("'start'").contains("tomorrow at ten");
        Http.Resp zone = http.post(admin, "meetings", meetingBody("Bad", 1, 2, "timezone", "Mars/Olympus"));
        assertThat(zone.status()).isEqualTo(400);
        assertThat(description(zone)).contains("'timezone'");
    }

    @Test
    void aMeetingCannotStartInThePastOfTheFakesClock() {
        Http.Resp r = http.post(admin, "meetings", meetingBody("Yesterday", -24, 1));
        assertThat(r.status()).isEqualTo(400);
        assertThat(description(r)).contains("past");
        assertThat(http.post(admin, "meetings", meetingBody("Right now", 0, 1)).status()).isEqualTo(200);
    }

    @Test
    void aGivenPasswordIsKeptAndAMissingOneIsGenerated() {
        assertThat(createMeeting(admin, meetingBody("Given", 1, 2, "password", "Tr1cky!")).get("password").asString())
                .isEqualTo("Tr1cky!");
        String one = createMeeting(admin, meetingBody("One", 1, 2)).get("password").asString();
        String two = createMeeting(admin, meetingBody("Two", 1, 2)).get("password").asString();
        assertThat(one).matches("[A-Za-z0-9]{10}").matches(".*\\d.*").isNotEqualTo(two);
    }

    @Test
    void theOptionalSettingsAreKept() {
        JsonNode m = createMeeting(admin, meetingBody("Settings", 1, 2, "enabledAutoRecordMeeting", true,
                "allowAnyUserToBeCoHost", true, "integrationTags", List.of("crm-42")));
        assertThat(m.get("enabledAutoRecordMeeting").asBoolean()).isTrue();
        assertThat(m.get("allowAnyUserToBeCoHost").asBoolean()).isTrue();
        assertThat(m.get("integrationTags").get(0).asString()).isEqualTo("crm-42");
    }

    @Test
    void webinarsAndPersonalRoomMeetingsAreScheduledTypesAndOthersAreRefused() {
        assertThat(createMeeting(admin, meetingBody("W", 1, 2, "scheduledType", "webinar")).get("scheduledType")
                .asString()).isEqualTo("webinar");
        assertThat(createMeeting(admin, meetingBody("P", 1, 2, "scheduledType", "personalRoomMeeting"))
                .get("scheduledType").asString()).isEqualTo("personalRoomMeeting");
        Http.Resp r = http.post(admin, "meetings", meetingBody("X", 1, 2, "scheduledType", "party"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(description(r)).contains("scheduledType");
    }

    @Test
    void aWebinarKeepsItsRegistrationAndAPlainMeetingCannotHaveOne() {
        JsonNode w = createMeeting(admin, meetingBody("W", 1, 2, "scheduledType", "webinar",
                "registration", Map.of("autoAcceptRequest", true, "requireLastName", false)));
        JsonNode reg = w.get("registration");
        assertThat(reg.get("autoAcceptRequest").asBoolean()).isTrue();
        assertThat(reg.get("requireFirstName").asBoolean()).isTrue();
        assertThat(reg.get("requireLastName").asBoolean()).isFalse();
        assertThat(reg.get("requireEmail").asBoolean()).isTrue();
        Http.Resp plain = http.post(admin, "meetings", meetingBody("M", 1, 2,
                "registration", Map.of("autoAcceptRequest", true)));
        assertThat(plain.status()).isEqualTo(400);
        assertThat(description(plain)).contains("webinar");
    }

    @Test
    void theInviteesOfACreateBecomeInviteesOfTheMeeting() {
        String id = createMeeting(admin, meetingBody("Invited", 1, 2, "invitees", List.of(
                Map.of("email", "carol@example.org", "displayName", "Carol", "coHost", true),
                Map.of("email", "dave@example.org")))).get("id").asString();
        List<JsonNode> invitees = http.get(admin, "meetingInvitees?meetingId=" + id).items();
        assertThat(invitees).extracting(i -> i.get("email").asString())
                .containsExactly("carol@example.org", "dave@example.org");
        assertThat(invitees.get(0).get("coHost").asBoolean()).isTrue();
        assertThat(invitees.get(1).get("displayName").asString()).isEqualTo("dave@example.org");
    }

    @Test
    void aCreateWithABadInviteeCreatesNothing() {
        Http.Resp r = http.post(admin, "meetings", meetingBody("Twice", 1, 2, "invitees", List.of(
                Map.of("email", "carol@example.org"), Map.of("email", "CAROL@example.org"))));
        assertThat(r.status()).isEqualTo(409);
        assertThat(http.post(admin, "meetings", meetingBody("Nameless", 1, 2, "invitees",
                List.of(Map.of("displayName", "No address")))).status()).isEqualTo(400);
        assertThat(http.get(admin, "meetings").items()).isEmpty();
    }

    @Test
    void anAdminSchedulesForAUserWithHostEmail() {
        FakeUser bob = spark.createUser("Bob");
        JsonNode m = createMeeting(admin, meetingBody("For Bob", 1, 2, "hostEmail", bob.email()));
        assertThat(m.get("hostUserId").asString()).isEqualTo(bob.id());
        assertThat(m.get("hostEmail").asString()).isEqualTo(bob.email());
        assertThat(http.get(bob.token(), "meetings").itemIds()).containsExactly(m.get("id").asString());
        assertThat(http.get(admin, "meetings").items()).as("the admin's own meetings").isEmpty();
        assertThat(http.get(admin, "meetings?hostEmail=" + bob.email()).itemIds())
                .containsExactly(m.get("id").asString());
    }

    @Test
    void hostEmailForSomeoneElseIsForbiddenToNonAdmins() {
        FakeUser bob = spark.createUser("Bob");
        Http.Resp r = http.post(bob.token(), "meetings", meetingBody("For the admin", 1, 2,
                "hostEmail", spark.admin().email()));
        assertThat(r.status()).isEqualTo(403);
        assertThat(http.get(bob.token(), "meetings?hostEmail=" + spark.admin().email()).status()).isEqualTo(403);
        assertThat(http.post(bob.token(), "meetings", meetingBody("Mine", 1, 2, "hostEmail", bob.email())).status())
                .as("naming oneself is fine").isEqualTo(200);
    }

    @Test
    void hostEmailOfNobodyIsABadRequest() {
        Http.Resp r = http.post(admin, "meetings", meetingBody("Nobody", 1, 2, "hostEmail", "nobody@example.com"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(description(r)).contains("hostEmail");
    }

    @Test
    void theStateFollowsTheFakesClock() {
        String id = createMeeting(admin, meetingBody("Soon", 2, 3)).get("id").asString();
        assertThat(http.get(admin, "meetings/" + id).str("state")).isEqualTo("scheduled");
        spark.advanceClock(Duration.ofHours(2));
        assertThat(http.get(admin, "meetings/" + id).str("state")).isEqualTo("active");
        spark.advanceClock(Duration.ofMinutes(59));
        assertThat(http.get(admin, "meetings/" + id).str("state")).isEqualTo("active");
        spark.advanceClock(Duration.ofMinutes(1));
        assertThat(http.get(admin, "meetings/" + id).str("state")).isEqualTo("ended");
    }

    @Test
    void theListHoldsTheCallersUpcomingMeetingsByDefaultInOrderOfStart() {
        String later = createMeeting(admin, meetingBody("Later", 5, 6)).get("id").asString();
        String first = createMeeting(admin, meetingBody("First", 1, 2)).get("id").asString();
        createMeeting(spark.createUser("Bob").token(), meetingBody("Bob's", 1, 2));
        assertThat(http.get(admin, "meetings").itemIds()).containsExactly(first, later);
        spark.advanceClock(Duration.ofHours(2));
        assertThat(http.get(admin, "meetings").itemIds()).as("the first has ended").containsExactly(later);
        assertThat(http.get(admin, "meetings?state=ended").itemIds()).containsExactly(first);
    }

    @Test
    void theListFiltersByStateScheduledTypeAndTime() {
        String now = createMeeting(admin, meetingBody("Now", 0, 2)).get("id").asString();
        String tomorrow = createMeeting(admin, meetingBody("Tomorrow", 24, 25)).get("id").asString();
        String webinar = createMeeting(admin, meetingBody("Webinar", 48, 49, "scheduledType", "webinar"))
                .get("id").asString();
        assertThat(http.get(admin, "meetings?state=active").itemIds()).containsExactly(now);
        assertThat(http.get(admin, "meetings?state=scheduled").itemIds()).containsExactly(tomorrow, webinar);
        assertThat(http.get(admin, "meetings?scheduledType=webinar").itemIds()).containsExactly(webinar);
        assertThat(http.get(admin, "meetings?from=" + hoursFromNow(3) + "&to=" + hoursFromNow(30)).itemIds())
                .containsExactly(tomorrow);
        assertThat(http.get(admin, "meetings?to=" + hoursFromNow(30)).itemIds()).containsExactly(now, tomorrow);
        assertThat(http.get(admin, "meetings?meetingType=meetingSeries").itemIds()).hasSize(3);
        assertThat(http.get(admin, "meetings?meetingType=scheduledMeeting").items())
                .as("every meeting of the fake is a series").isEmpty();
    }

    @Test
    void aListFilterThatCannotBeReadIsABadRequest() {
        assertThat(http.get(admin, "meetings?state=sleeping").status()).isEqualTo(400);
        assertThat(http.get(admin, "meetings?meetingType=party").status()).isEqualTo(400);
        assertThat(http.get(admin, "meetings?scheduledType=party").status()).isEqualTo(400);
        assertThat(http.get(admin, "meetings?from=soon").status()).isEqualTo(400);
        Http.Resp backwards = http.get(admin, "meetings?from=" + hoursFromNow(5) + "&to=" + hoursFromNow(1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(description(backwards)).contains("'from'");
        assertThat(http.get(admin, "meetings?max=0").status()).isEqualTo(400);
    }

    @Test
    void theListIsPagedWithNextLinksThatKeepTheFilters() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(createMeeting(admin, meetingBody("M" + i, i + 1, i + 2)).get("id").asString());
        }
        Http.Resp first = http.get(admin, "meetings?scheduledType=meeting&max=3");
        assertThat(first.next()).contains("scheduledType=meeting").contains("max=3");
        assertThat(first.header("Link")).endsWith("; rel=\"next\"");
        Walk walk = walk(admin, "meetings?scheduledType=meeting&max=3");
        assertThat(walk.pages()).isEqualTo(3);
        assertThat(walk.ids()).containsExactlyElementsOf(expected);
    }

    @Test
    void aPageHoldsAtMost100Meetings() {
        for (int i = 0; i < 101; i++) {
            createMeeting(admin, meetingBody("M" + i, 1, 2));
        }
        Http.Resp page = http.get(admin, "meetings?max=1000");
        assertThat(page.items()).hasSize(100);
        assertThat(page.next()).contains("max=100");
        assertThat(http.get(admin, page.next()).items()).hasSize(1);
    }

    @Test
    void someoneElsesMeetingIsNotFoundButItsOrgsAdminSeesIt() {
        FakeUser bob = spark.createUser("Bob");
        FakeUser carol = spark.createUser("Carol");
        String id = createMeeting(bob.token(), meetingBody("Bob's", 1, 2)).get("id").asString();
        assertThat(http.get(carol.token(), "meetings/" + id).status()).isEqualTo(404);
        assertThat(http.put(carol.token(), "meetings/" + id, meetingBody("Mine now", 1, 2, "password", "x"))
                .status()).isEqualTo(404);
        assertThat(http.delete(carol.token(), "meetings/" + id).status()).isEqualTo(404);
        assertThat(http.get(admin, "meetings/" + id).status()).isEqualTo(200);
        assertThat(http.get(bob.token(), "meetings/" + id).status()).isEqualTo(200);
    }

    @Test
    void anUnknownOrWrongTypeIdIsNotFound() {
        String roomId = http.post(admin, "rooms", Map.of("title", "A room")).id();
        assertThat(http.get(admin, "meetings/" + roomId).status()).isEqualTo(404);
        assertThat(http.get(admin, "meetings/garbage").status()).isEqualTo(404);
    }

    @Test
    void anUpdateReplacesTheWholeMeeting() {
        JsonNode m = createMeeting(admin, meetingBody("Before", 1, 2, "agenda", "Old", "timezone", "Europe/Paris",
                "enabledAutoRecordMeeting", true));
        String id = m.get("id").asString();
        Http.Resp r = http.put(admin, "meetings/" + id, Map.of("title", "After", "password", "N3wPass",
                "start", "2026-12-03T10:00:00", "end", "2026-12-03T12:00:00"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode after = r.json();
        assertThat(after.get("title").asString()).isEqualTo("After");
        assertThat(after.get("password").asString()).isEqualTo("N3wPass");
        assertThat(after.get("timezone").asString()).as("omitted: back to the default").isEqualTo("UTC");
        assertThat(after.get("start").asString()).isEqualTo("2026-12-03T10:00:00Z");
        assertThat(after.has("agenda")).isFalse();
        assertThat(after.get("enabledAutoRecordMeeting").asBoolean()).isFalse();
        assertThat(after.get("meetingNumber")).isEqualTo(m.get("meetingNumber"));
        assertThat(http.get(admin, "meetings/" + id).json()).isEqualTo(after);
    }

    @Test
    void anUpdateNeedsTitlePasswordStartAndEnd() {
        String id = createMeeting(admin, meetingBody("M", 1, 2)).get("id").asString();
        Map<String, Object> whole = meetingBody("M", 1, 2, "password", "secret1");
        assertThat(http.put(admin, "meetings/" + id, whole).status()).isEqualTo(200);
        for (String field : List.of("title", "password", "start", "end")) {
            Map<String, Object> body = new HashMap<>(whole);
            body.remove(field);
            Http.Resp r = http.put(admin, "meetings/" + id, body);
            assertThat(r.status()).as(field).isEqualTo(400);
            assertThat(description(r)).contains(field);
        }
        assertThat(http.put(admin, "meetings/" + id, meetingBody("M", 3, 2, "password", "p")).status())
                .isEqualTo(400);
    }

    @Test
    void aMeetingInProgressMayBeRenamedButAnEndedOneNotChanged() {
        JsonNode m = createMeeting(admin, meetingBody("M", 1, 3));
        String id = m.get("id").asString();
        spark.advanceClock(Duration.ofHours(2));
        Map<String, Object> rename = meetingBody("Renamed", 1, 3, "password", m.get("password").asString());
        assertThat(http.put(admin, "meetings/" + id, rename).status()).as("same start, now past").isEqualTo(200);
        spark.advanceClock(Duration.ofHours(1));
        Http.Resp ended = http.put(admin, "meetings/" + id, rename);
        assertThat(ended.status()).isEqualTo(400);
        assertThat(description(ended)).contains("ended");
    }

    @Test
    void theScheduledTypeOfAMeetingCannotChange() {
        String id = createMeeting(admin, meetingBody("M", 1, 2)).get("id").asString();
        assertThat(http.put(admin, "meetings/" + id, meetingBody("M", 1, 2, "password", "p",
                "scheduledType", "webinar")).status()).isEqualTo(400);
        assertThat(http.put(admin, "meetings/" + id, meetingBody("M", 1, 2, "password", "p",
                "scheduledType", "meeting")).status()).as("echoed back unchanged").isEqualTo(200);
    }

    @Test
    void deletingAMeetingAnswers204AndTakesItsInviteesWithIt() {
        String id = createMeeting(admin, meetingBody("Gone", 1, 2, "invitees",
                List.of(Map.of("email", "carol@example.org")))).get("id").asString();
        String inviteeId = http.get(admin, "meetingInvitees?meetingId=" + id).itemIds().get(0);
        Http.Resp r = http.delete(admin, "meetings/" + id);
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.bytes()).isEmpty();
        assertThat(http.get(admin, "meetings/" + id).status()).isEqualTo(404);
        assertThat(http.get(admin, "meetingInvitees/" + inviteeId).status()).isEqualTo(404);
    }

    @Test
    void aCallWithoutAValidTokenIsUnauthorizedWithAJsonErrorBody() {
        Http.Resp r = http.get(null, "meetings");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("trackingId").asString()).isEqualTo(r.header("TrackingID"));
        assertThat(description(r)).isNotBlank();
        assertThat(http.post("no-such-token", "meetings", meetingBody("M", 1, 2)).status()).isEqualTo(401);
    }

    @Test
    void meetingCallsDrawFromTheTokensRateLimit() {
        spark.faults().rateLimitPerToken(1, 0.5);
        assertThat(http.get(admin, "meetings").status()).isEqualTo(200);
        Http.Resp limited = http.post(admin, "meetings", meetingBody("M", 1, 2));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        spark.advanceClock(Duration.ofSeconds(2));
        assertThat(http.post(admin, "meetings", meetingBody("M", 1, 2)).status()).isEqualTo(200);
    }

    @Test
    void anUnsupportedVerbIsMethodNotAllowed() {
        assertThat(http.put(admin, "meetings", meetingBody("M", 1, 2)).status()).isEqualTo(405);
        assertThat(http.post(admin, "meetings/templates", Map.of("name", "mine")).status()).isEqualTo(405);
    }
}
