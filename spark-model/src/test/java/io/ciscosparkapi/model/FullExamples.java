package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.ids;

/**
 * One JSON object per model holding every field that the API reference documents for it (v2 fields included), each
 * with a value that is not a default.
 */
final class FullExamples {

    static final String PERSON = ids("""
            {"id": "<ME>", "emails": ["alice@example.com"], "displayName": "Alice Example", "nickName": "Ali",
             "firstName": "Alice", "lastName": "Example", "avatar": "https://avatars.example.com/alice.png",
             "orgId": "<ORG>", "roles": ["Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg"],
             "licenses": ["Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvbXNn"], "created": "2016-03-01T09:00:00.000Z",
             "lastModified": "2019-01-02T03:04:05.006Z", "timezone": "Europe/Paris",
             "lastActivity": "2018-05-28T11:01:40.123Z", "status": "DoNotDisturb", "invitePending": false,
             "loginEnabled": true, "type": "bot",
             "phoneNumbers": [{"type": "work", "value": "+1 555 0100", "primary": true},
                              {"type": "mobile", "value": "+1 555 0199", "primary": false}],
             "sipAddresses": [{"type": "personal-room", "value": "alice@example.webex.com", "primary": true}],
             "extension": "0100", "locationId": "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzE", "department": "Engineering",
             "manager": "Carol Boss", "managerId": "<BOB>", "title": "Engineer",
             "addresses": [{"type": "work", "country": "US", "locality": "San Jose", "region": "CA",
                            "streetAddress": "170 West Tasman Dr.", "postalCode": "95134"}],
             "siteUrls": ["example.webex.com#attendee"], "xmppFederationJid": "alice@xmpp.example.com"}
            """);

    static final String PHONE_NUMBER = """
            {"type": "work_extension", "value": "0100", "primary": false}
            """;

    static final String SIP_ADDRESS = """
            {"type": "cloud-calling", "value": "alice@example.calls.webex.com", "primary": false}
            """;

    static final String ADDRESS = """
            {"type": "work", "country": "FR", "locality": "Paris", "region": "IDF", "streetAddress": "1 rue X",
             "postalCode": "75001"}
            """;

    static final String ROOM = ids("""
            {"id": "<ROOM>", "title": "Project Unicorn", "type": "group", "isLocked": true, "teamId": "<TEAM>",
             "lastActivity": "2018-05-28T11:05:00.000Z", "creatorId": "<ME>", "created": "2018-05-28T11:00:00.000Z",
             "ownerId": "<ORG>", "sipAddress": "unicorn@example.webex.com",
             "classificationId": "Y2lzY29zcGFyazovL3VzL0NMQVNTSUZJQ0FUSU9OLzE", "isAnnouncementOnly": true,
             "isReadOnly": false, "isPublic": true, "madePublic": "2020-01-01T00:00:00Z",
             "description": "Everything about the unicorn"}
            """);

    static final String ROOM_MEETING_INFO = ids("""
            {"roomId": "<ROOM>", "meetingLink": "https://example.webex.com/m/123", "sipAddress": "123@example.webex.com",
             "meetingNumber": "123456789", "callInTollFreeNumber": "+1-866-555-0100", "callInTollNumber": "+1-408-555-0100"}
            """);

    static final String MEMBERSHIP = ids("""
            {"id": "<MEMB>", "roomId": "<ROOM>", "personId": "<BOB>", "personEmail": "bob@example.com",
             "personDisplayName": "Bob Example", "personOrgId": "<ORG>", "isModerator": true, "isMonitor": false,
             "isRoomHidden": true, "roomType": "direct", "created": "2018-05-28T11:02:00.000Z"}
            """);

    static final String MESSAGE = ids("""
            {"id": "<MSG>", "parentId": "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvcGFyZW50", "roomId": "<ROOM>", "roomType": "direct",
             "toPersonId": "<BOB>", "toPersonEmail": "bob@example.com", "text": "hi", "markdown": "**hi**",
             "html": "<p><strong>hi</strong></p>", "files": ["https://webexapis.com/v1/contents/abc"],
             "personId": "<ME>", "personEmail": "alice@example.com", "mentionedPeople": ["<BOB>"],
             "mentionedGroups": ["all"],
             "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive",
                              "content": {"type": "AdaptiveCard", "version": "1.0", "body": [{"type": "TextBlock", "text": "Hi"}]}}],
             "created": "2018-05-28T11:05:00.000Z", "updated": "2018-05-28T11:06:00.000Z", "isVoiceClip": false}
            """);

    static final String ATTACHMENT = """
            {"contentType": "application/vnd.microsoft.card.adaptive", "content": {"type": "AdaptiveCard"}}
            """;

    static final String TEAM = ids("""
            {"id": "<TEAM>", "name": "Build Squad", "creatorId": "<ME>", "created": "2018-05-28T10:00:00.000Z",
             "description": "We keep the build green"}
            """);

    static final String TEAM_MEMBERSHIP = ids("""
            {"id": "<TMEMB>", "teamId": "<TEAM>", "personId": "<ME>", "personEmail": "alice@example.com",
             "personDisplayName": "Alice Example", "personOrgId": "<ORG>", "isModerator": true,
             "created": "2018-05-28T10:00:00.000Z"}
            """);

    static final String WEBHOOK = ids("""
            {"id": "<WH>", "name": "Everything", "targetUrl": "https://bot.example.com/spark/events",
             "resource": "memberships", "event": "all", "filter": "roomId=<ROOM>", "secret": "s3cr3t-example",
             "status": "inactive", "created": "2018-05-28T11:10:00.000Z", "orgId": "<ORG>", "createdBy": "<ME>",
             "appId": "<APP>", "ownedBy": "org"}
            """);

    static final String WEBHOOK_EVENT = ids("""
            {"id": "<WH>", "name": "Memberships", "targetUrl": "https://bot.example.com/spark/events",
             "resource": "memberships", "event": "deleted", "filter": "roomId=<ROOM>", "orgId": "<ORG>",
             "createdBy": "<ME>", "appId": "<APP>", "ownedBy": "org", "status": "active",
             "created": "2018-05-28T11:10:00.000Z", "actorId": "<BOB>",
             "data": {"id": "<MEMB>", "roomId": "<ROOM>", "personId": "<BOB>"}}
            """);

    static final String ORGANIZATION = ids("""
            {"id": "<ORG>", "displayName": "Example Corp", "created": "2015-06-01T00:00:00.000Z"}
            """);

    static final String LICENSE = """
            {"id": "Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvbWVldA", "name": "Meeting - 25 party", "totalUnits": 25,
             "consumedUnits": 7, "subscriptionId": "Sub12345", "siteUrl": "example.webex.com",
             "siteType": "Control Hub managed site"}
            """;

    static final String ROLE = """
            {"id": "Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfdXNlcl9hZG1pbg", "name": "User Administrator"}
            """;

    static final String EVENT = ids("""
            {"id": "Y2lzY29zcGFyazovL3VzL0VWRU5UL2JiYg", "resource": "memberships", "type": "deleted",
             "appId": "<APP>", "actorId": "<ME>", "orgId": "<ORG>", "created": "2018-05-28T11:06:00.000Z",
             "data": {"id": "<MEMB>"}}
            """);

    static final String ACCESS_TOKEN = """
            {"access_token": "ZDI3MGEyYzQtNmFl", "expires_in": 1209600, "refresh_token": "MDEyMzQ1Njc4OTAx",
             "refresh_token_expires_in": 7776000, "token_type": "Bearer", "scope": "spark:all spark:kms"}
            """;

    static final String ATTACHMENT_ACTION = ids("""
            {"id": "<AA>", "type": "submit", "messageId": "<MSG>", "inputs": {"choice": "no", "count": 3},
             "personId": "<BOB>", "roomId": "<ROOM>", "created": "2020-02-01T08:00:00.000Z"}
            """);

    static final String ROOM_TAB = ids("""
            {"id": "Y2lzY29zcGFyazovL3VzL1JPT01fVEFCLzE", "roomId": "<ROOM>", "roomType": "group",
             "displayName": "Dashboard", "contentUrl": "https://dash.example.com/unicorn", "creatorId": "<ME>",
             "created": "2021-03-04T05:06:07+02:00"}
            """);

    static final String ADMIN_AUDIT_EVENT = ids("""
            {"id": "Y2lzY29zcGFyazovL3VzL0FVRElUX0VWRU5ULzE", "actorId": "<ME>", "orgId": "<ORG>",
             "created": "2020-06-01T10:11:12.000Z",
             "data": {"actorOrgName": "Example Corp", "targetName": "Bob Example",
                      "eventDescription": "A user's licenses were changed", "actorName": "Alice Example",
                      "actorEmail": "alice@example.com", "adminRoles": ["Full_Admin"], "trackingId": "ATLAS_1",
                      "targetType": "User", "targetId": "<BOB>", "eventCategory": "LICENSES",
                      "actorUserAgent": "Mozilla/5.0", "actorIp": "192.0.2.10", "targetOrgId": "<ORG>",
                      "actionText": "Alice Example assigned a license", "targetOrgName": "Example Corp"}}
            """);

    static final String ADMIN_AUDIT_EVENT_DATA = ids("""
            {"actorOrgName": "Example Corp", "targetName": "Project Unicorn", "eventDescription": "A space was deleted",
             "actorName": "Alice Example", "actorEmail": "alice@example.com", "adminRoles": ["Full_Admin", "User_Admin"],
             "trackingId": "ATLAS_2", "targetType": "Space", "targetId": "<ROOM>", "eventCategory": "SPACES",
             "actorUserAgent": "curl/8.0", "actorIp": "2001:db8::1", "targetOrgId": "<ORG>",
             "actionText": "Alice Example deleted a space", "targetOrgName": "Example Corp"}
            """);

    static final String MEETING = ids("""
            {"id": "870f51ff287b41be84648412901e0402", "meetingNumber": "123456789", "title": "Webinar review",
             "agenda": "Numbers", "password": "BgJep@43", "meetingType": "meetingSeries", "state": "active",
             "timezone": "Europe/Paris", "start": "2026-12-02T10:00:00+01:00", "end": "2026-12-02T11:00:00+01:00",
             "hostUserId": "<ME>", "hostDisplayName": "Alice Example", "hostEmail": "alice@example.com",
             "webLink": "https://example.webex.com/example/j.php?MTID=m1", "sipAddress": "123456789@example.webex.com",
             "siteUrl": "example.webex.com", "scheduledType": "webinar",
             "registration": {"autoAcceptRequest": true, "requireFirstName": true, "requireLastName": false,
                              "requireEmail": true},
             "enabledAutoRecordMeeting": false, "allowAnyUserToBeCoHost": true, "integrationTags": ["crm-42"],
             "created": "2026-11-01T08:00:00Z"}
            """);

    static final String MEETING_REGISTRATION = """
            {"autoAcceptRequest": false, "requireFirstName": true, "requireLastName": true, "requireEmail": true}
            """;

    static final String MEETING_TEMPLATE = ids("""
            {"id": "N2Q3ZWE1ZjQyYjkyMWVhY2UwNTM4NmNhMjRhZDczMGU6Ry0wLU1DLWVuX1VT", "name": "Webinar template 1",
             "locale": "en_US", "siteUrl": "example.webex.com", "templateType": "webinar", "isDefault": false,
             "isStandard": true,
             "meeting": {"title": "Webinar template 1", "start": "2026-12-02T10:00:00Z", "end": "2026-12-02T11:00:00Z",
                         "scheduledType": "webinar"}}
            """);

    static final String MEETING_INVITEE = """
            {"id": "870f51ff287b41be84648412901e0402_bob", "meetingId": "870f51ff287b41be84648412901e0402",
             "email": "bob@example.com", "displayName": "Bob Example", "coHost": true}
            """;

    static final String MEETING_REGISTRANT = """
            {"id": "1234", "status": "approved", "firstName": "Bob", "lastName": "Example", "email": "bob@example.com",
             "jobTitle": "Engineer", "companyName": "Example Corp", "registrationTime": "2026-11-20T09:30:00Z"}
            """;

    static final String RECORDING = """
            {"id": "4f914b1dfe3c4d11a61730f18c0f5387", "meetingId": "870f51ff287b41be84648412901e0402",
             "topic": "Webinar review", "createTime": "2026-12-02T10:05:00Z", "hostEmail": "alice@example.com",
             "siteUrl": "example.webex.com",
             "downloadUrl": "https://example.webex.com/recordingservice/download/1",
             "playbackUrl": "https://example.webex.com/recordingservice/play/1", "password": "BgJep@43",
             "format": "MP4", "durationSeconds": 3300, "sizeBytes": 5368709120, "status": "available"}
            """;

    private FullExamples() {
    }
}
