package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.FakeClock;
import io.ciscosparkapi.testkit.internal.state.Meetings;
import io.ciscosparkapi.testkit.internal.state.Meetings.Invitee;
import io.ciscosparkapi.testkit.internal.state.Meetings.Meeting;
import io.ciscosparkapi.testkit.internal.state.Meetings.Recording;
import io.ciscosparkapi.testkit.internal.state.Meetings.Registrant;
import io.ciscosparkapi.testkit.internal.state.Meetings.Registration;
import io.ciscosparkapi.testkit.internal.state.Meetings.Template;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/** Renders the meetings family (spec §2.17) as the API's JSON. */
final class MeetingsJson {

    private MeetingsJson() {
    }

    static ObjectNode meeting(Meeting m, Instant now) {
        ObjectNode o = Json.object();
        o.put("id", m.id);
        o.put("meetingNumber", m.meetingNumber);
        o.put("title", m.title);
        if (m.agenda != null) {
            o.put("agenda", m.agenda);
        }
        o.put("password", m.password);
        o.put("meetingType", "meetingSeries");
        o.put("state", m.state(now));
        o.put("timezone", m.timezone.getId());
        o.put("start", MeetingTimes.show(m.start, m.timezone));
        o.put("end", MeetingTimes.show(m.end, m.timezone));
        o.put("hostUserId", m.hostUserId);
        o.put("hostDisplayName", m.hostDisplayName);
        o.put("hostEmail", m.hostEmail);
        o.put("webLink", m.webLink);
        o.put("sipAddress", m.sipAddress);
        o.put("siteUrl", Meetings.SITE);
        o.put("scheduledType", m.scheduledType);
        o.put("enabledAutoRecordMeeting", m.enabledAutoRecordMeeting);
        o.put("allowAnyUserToBeCoHost", m.allowAnyUserToBeCoHost);
        if (!m.integrationTags.isEmpty()) {
            o.set("integrationTags", Json.strings(m.integrationTags));
        }
        if (m.registration != null) {
            Registration r = m.registration;
            ObjectNode reg = o.putObject("registration");
            reg.put("autoAcceptRequest", r.autoAcceptRequest());
            reg.put("requireFirstName", r.requireFirstName());
            reg.put("requireLastName", r.requireLastName());
            reg.put("requireEmail", r.requireEmail());
        }
        o.put("created", FakeClock.format(m.created));
        return o;
    }

    static ObjectNode template(Template t) {
        ObjectNode o = Json.object();
        o.put("id", t.id);
        o.put("name", t.name);
        o.put("locale", "en_US");
        o.put("siteUrl", Meetings.SITE);
        o.put("templateType", t.templateType);
        o.put("isDefault", t.isDefault);
        o.put("isStandard", t.isStandard);
        return o;
    }

    static ObjectNode invitee(Invitee i) {
        ObjectNode o = Json.object();
        o.put("id", i.id);
        o.put("meetingId", i.meetingId);
        o.put("email", i.email);
        o.put("displayName", i.displayName);
        o.put("coHost", i.coHost);
        return o;
    }

    static ObjectNode registrant(Registrant r) {
        ObjectNode o = Json.object();
        o.put("id", r.id);
        o.put("status", r.status);
        o.put("firstName", r.firstName);
        o.put("lastName", r.lastName);
        o.put("email", r.email);
        if (r.jobTitle != null) {
            o.put("jobTitle", r.jobTitle);
        }
        if (r.companyName != null) {
            o.put("companyName", r.companyName);
        }
        o.put("registrationTime", FakeClock.format(r.registrationTime));
        return o;
    }

    static ObjectNode recording(Recording r) {
        ObjectNode o = Json.object();
        o.put("id", r.id);
        o.put("meetingId", r.meetingId);
        o.put("topic", r.topic);
        o.put("createTime", MeetingTimes.show(r.createTime, MeetingTimes.UTC));
        o.put("hostEmail", r.hostEmail);
        o.put("siteUrl", Meetings.SITE);
        o.put("downloadUrl", r.downloadUrl);
        o.put("playbackUrl", r.playbackUrl);
        o.put("password", r.password);
        o.put("format", r.format);
        o.put("durationSeconds", r.durationSeconds);
        o.put("sizeBytes", r.sizeBytes);
        o.put("status", r.status);
        return o;
    }
}
