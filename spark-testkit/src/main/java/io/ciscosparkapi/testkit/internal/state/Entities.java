package io.ciscosparkapi.testkit.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's stored objects: plain mutable records guarded by the {@link Store}'s lock.
 */
public final class Entities {

    private Entities() {
    }

    /** An organization. */
    public static final class Org {
        /** The id. */
        public String id;
        /** The display name. */
        public String displayName;
        /** The creation time. */
        public Instant created;
    }

    /** A license of an organization. */
    public static final class License {
        /** The id. */
        public String id;
        /** The org id. */
        public String orgId;
        /** The name. */
        public String name;
        /** Units bought. */
        public int totalUnits;
        /** The subscription it was bought with. */
        public String subscriptionId;
        /** The Webex site of a meeting license, or {@code null}. */
        public String siteUrl;
        /** How that site is managed, or {@code null}. */
        public String siteType;
    }

    /** A role. */
    public static final class Role {
        /** The id. */
        public String id;
        /** The name. */
        public String name;
    }

    /** A person, bot or placeholder invitee. */
    public static final class Person {
        /** The uuid. */
        public String uuid;
        /** The id. */
        public String id;
        /** The addresses (one in practice). */
        public List<String> emails = new ArrayList<>();
        /** The display name. */
        public String displayName;
        /** {@code person}, {@code bot} or {@code appuser}. */
        public String type = "person";
        /** The org id. */
        public String orgId;
        /** Role ids. */
        public List<String> roles = new ArrayList<>();
        /** License ids. */
        public List<String> licenses = new ArrayList<>();
        /** Optional attributes kept as given (firstName, avatar, phoneNumbers, ...). */
        public Map<String, JsonNode> attributes = new LinkedHashMap<>();
        /** The creation time. */
        public Instant created;
        /** The last modification time. */
        public Instant lastModified;
        /** Invited but not activated. */
        public boolean invitePending;
        /** Has had a token to act with (else its status is {@code pending}). */
        public boolean loggedIn;
        /** The last successful change this person made through the API, or {@code null}. */
        public Instant lastActivity;
        /** May use the compliance endpoints. */
        public boolean complianceOfficer;

        /**
         * The primary address.
         *
         * @return the first email
         */
        public String email() {
            return emails.isEmpty() ? "" : emails.get(0);
        }

        /**
         * Whether this person holds a full or user admin role.
         *
         * @return {@code true} for admins
         */
        public boolean isAdmin() {
            return roles.contains(Store.ROLE_FULL_ADMIN) || roles.contains(Store.ROLE_USER_ADMIN);
        }

        /**
         * Whether this is a bot.
         *
         * @return {@code true} for bots
         */
        public boolean isBot() {
            return "bot".equals(type);
        }
    }

    /** A room (space). */
    public static final class Room {
        /** The uuid. */
        public String uuid;
        /** The id. */
        public String id;
        /** The title (group rooms). */
        public String title;
        /** {@code direct} or {@code group}. */
        public String type = "group";
        /** Moderated. */
        public boolean isLocked;
        /** The team id, for team rooms. */
        public String teamId;
        /** The last activity. */
        public Instant lastActivity;
        /** The creator. */
        public String creatorId;
        /** The creation time. */
        public Instant created;
        /**
         * Optional v2 fields as the API shows them: description, classificationId, isPublic,
         * isAnnouncementOnly, isReadOnly, madePublic.
         */
        public Map<String, JsonNode> attributes = new LinkedHashMap<>();
    }

    /** A room membership. */
    public static final class Membership {
        /** The id. */
        public String id;
        /** The room id. */
        public String roomId;
        /** The member's id. */
        public String personId;
        /** Moderator. */
        public boolean isModerator;
        /** Hidden (direct rooms). */
        public boolean isRoomHidden;
        /** The creation time. */
        public Instant created;
    }

    /** A message. */
    public static final class Message {
        /** The id. */
        public String id;
        /** The room id. */
        public String roomId;
        /** The thread parent. */
        public String parentId;
        /** The author. */
        public String personId;
        /** Set when created with {@code toPersonId}. */
        public String toPersonId;
        /** Set when created with {@code toPersonEmail}. */
        public String toPersonEmail;
        /** Plain text. */
        public String text;
        /** Markdown as sent. */
        public String markdown;
        /** Rendered HTML. */
        public String html;
        /** File URLs. */
        public List<String> files = new ArrayList<>();
        /** Mentioned person ids. */
        public List<String> mentionedPeople = new ArrayList<>();
        /** Mentioned groups. */
        public List<String> mentionedGroups = new ArrayList<>();
        /** Cards, as sent. */
        public JsonNode attachments;
        /** The creation time. */
        public Instant created;
        /** The last edit time. */
        public Instant updated;
        /** Number of edits. */
        public int edits;
    }

    /** A message's file: uploaded bytes, or those served for a file URL. */
    public static final class Content {
        /** The id. */
        public String id;
        /** The room the file was posted to. */
        public String roomId;
        /** The message the file was posted with. */
        public String messageId;
        /** The bytes. */
        public byte[] bytes;
        /** The content type. */
        public String contentType;
        /** The file name. */
        public String filename;
        /** When its scan ends on the fake's clock (until then it is "being scanned"), or {@code null} for no scan. */
        public Instant scannedAt;
        /** Could not be scanned: served only to requests that allow unscannable files. */
        public boolean unscannable;
    }

    /** A team. */
    public static final class Team {
        /** The uuid. */
        public String uuid;
        /** The id. */
        public String id;
        /** The name. */
        public String name;
        /** The description. */
        public String description;
        /** The creator. */
        public String creatorId;
        /** The creation time. */
        public Instant created;
        /** The general room. */
        public String generalRoomId;
    }

    /** A team membership. */
    public static final class TeamMembership {
        /** The id. */
        public String id;
        /** The team id. */
        public String teamId;
        /** The member's id. */
        public String personId;
        /** Moderator. */
        public boolean isModerator;
        /** The creation time. */
        public Instant created;
    }

    /** A webhook. */
    public static final class Webhook {
        /** The id. */
        public String id;
        /** The name. */
        public String name;
        /** Where events are POSTed. */
        public String targetUrl;
        /** The resource. */
        public String resource;
        /** The event. */
        public String event;
        /** The filter text, or null. */
        public String filter;
        /** The parsed filter. */
        public Map<String, String> filters = new LinkedHashMap<>();
        /** The secret, or null. */
        public String secret;
        /** {@code active} or {@code inactive}. */
        public String status = "active";
        /** The creation time. */
        public Instant created;
        /** The owner's org. */
        public String orgId;
        /** The owner. */
        public String createdBy;
        /** {@code creator} or {@code org}. */
        public String ownedBy = "creator";
    }

    /** A compliance event. */
    public static final class Event {
        /** The id. */
        public String id;
        /** The resource. */
        public String resource;
        /** The type. */
        public String type;
        /** Who acted. */
        public String actorId;
        /** The org the event is recorded in. */
        public String orgId;
        /** The creation time. */
        public Instant created;
        /** The snapshot. */
        public ObjectNode data;
    }

    // ---- v2 messaging additions (spec §2.13-2.16) -----------------------------------------

    /** A card submission (spec §2.13). */
    public static final class AttachmentAction {
        /** The id. */
        public String id;
        /** Always {@code submit}. */
        public String type;
        /** The message carrying the card. */
        public String messageId;
        /** The card's input values, as sent. */
        public ObjectNode inputs;
        /** Who submitted. */
        public String personId;
        /** The message's room. */
        public String roomId;
        /** The creation time. */
        public Instant created;
    }

    /** A tab of a room: a named link to web content (spec §2.15). */
    public static final class RoomTab {
        /** The id. */
        public String id;
        /** The room id. */
        public String roomId;
        /** The name shown on the tab. */
        public String displayName;
        /** The {@code https} URL of the content. */
        public String contentUrl;
        /** Who created it. */
        public String creatorId;
        /** The creation time. */
        public Instant created;
    }

    /** An admin audit event (spec §2.14). */
    public static final class AuditEvent {
        /** The id. */
        public String id;
        /** The admin who acted. */
        public String actorId;
        /** The org the event belongs to. */
        public String orgId;
        /** When it happened. */
        public Instant created;
        /** The details, as the API shows them. */
        public ObjectNode data;
    }
}
