package io.ciscosparkapi.testkit.internal.state;

import io.ciscosparkapi.testkit.internal.state.Entities.AttachmentAction;
import io.ciscosparkapi.testkit.internal.state.Entities.AuditEvent;
import io.ciscosparkapi.testkit.internal.state.Entities.Content;
import io.ciscosparkapi.testkit.internal.state.Entities.Event;
import io.ciscosparkapi.testkit.internal.state.Entities.License;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.testkit.internal.state.Entities.Org;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Role;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.RoomTab;
import io.ciscosparkapi.testkit.internal.state.Entities.Team;
import io.ciscosparkapi.testkit.internal.state.Entities.TeamMembership;
import io.ciscosparkapi.testkit.internal.state.Entities.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Every object of the fake, with lookups. Not thread-safe by itself: callers hold the lock
 * ({@code synchronized (store)}) for every read and change, so concurrent requests never lose
 * or duplicate state.
 */
public final class Store {

    /** The full admin role id. */
    public static final String ROLE_FULL_ADMIN = Ids.encode("ROLE", "id_full_admin");
    /** The user admin role id. */
    public static final String ROLE_USER_ADMIN = Ids.encode("ROLE", "id_user_admin");
    /** The read-only admin role id. */
    public static final String ROLE_READONLY_ADMIN = Ids.encode("ROLE", "id_readonly_admin");

    /** The application id reported as {@code appId}. */
    public static final String APP_ID = Ids.encode("APPLICATION", "0f0e0d0c-aaaa-4bbb-8ccc-000000000001");

    /** The clock for timestamps. */
    public final FakeClock clock;
    /** Organizations by id. */
    public final Map<String, Org> orgs = new LinkedHashMap<>();
    /** Licenses by id. */
    public final Map<String, License> licenses = new LinkedHashMap<>();
    /** Roles by id. */
    public final Map<String, Role> roles = new LinkedHashMap<>();
    /** People by id. */
    public final Map<String, Person> people = new LinkedHashMap<>();
    /**
     * What a bearer token grants: the person it acts as, and when it stops working.
     *
     * @param personId the person
     * @param expires the end of its life on the fake's clock, or {@code null} for never
     */
    public record AccessGrant(String personId, Instant expires) {
    }

    /** Bearer tokens and what they grant. */
    public final Map<String, AccessGrant> tokens = new LinkedHashMap<>();
    /** Rooms by id. */
    public final Map<String, Room> rooms = new LinkedHashMap<>();
    /** Memberships by id. */
    public final Map<String, Membership> memberships = new LinkedHashMap<>();
    /** Messages by id, oldest first. */
    public final Map<String, Message> messages = new LinkedHashMap<>();
    /** Message files (uploads and URL files) by content id. */
    public final Map<String, Content> contents = new LinkedHashMap<>();
    /** Teams by id. */
    public final Map<String, Team> teams = new LinkedHashMap<>();
    /** Team memberships by id. */
    public final Map<String, TeamMembership> teamMemberships = new LinkedHashMap<>();
    /** Webhooks by id. */
    public final Map<String, Webhook> webhooks = new LinkedHashMap<>();
    /** Compliance events by id, oldest first. */
    public final Map<String, Event> events = new LinkedHashMap<>();
    /** Integrations, authorization codes and refresh tokens. */
    public final OAuthGrants oauth = new OAuthGrants();

    /** Meetings, their invitees and registrants, recordings and templates (spec §2.17). */
    public final Meetings meetings = new Meetings();

    // ---- v2 messaging additions (spec §2.13-2.16) ----------------------------------------
    /** Card submissions by id. */
    public final Map<String, AttachmentAction> attachmentActions = new LinkedHashMap<>();
    /** Room tabs by id, oldest first. */
    public final Map<String, RoomTab> roomTabs = new LinkedHashMap<>();
    /** Admin audit events by id, in the order they were recorded (seeded ones may be older). */
    public final Map<String, AuditEvent> auditEvents = new LinkedHashMap<>();
    /** Guest issuers and their guests. */
    public final GuestIssuers guestIssuers = new GuestIssuers();

    /**
     * What the fake serves for a file URL posted with a message, since it cannot fetch it.
     *
     * @param bytes the content
     * @param contentType the content type
     * @param filename the file name
     */
    public record ServedFile(byte[] bytes, String contentType, String filename) {
    }

    /** Files registered for URLs, by URL. */
    public final Map<String, ServedFile> servedFiles = new LinkedHashMap<>();

    /**
     * Creates an empty store.
     *
     * @param clock the clock for timestamps
     */
    public Store(FakeClock clock) {
        this.clock = clock;
    }

    /**
     * Returns the next timestamp.
     *
     * @return a strictly increasing instant
     */
    public Instant now() {
        return clock.next();
    }

    // ---- seeding -------------------------------------------------------------------------

    /**
     * Adds an organization with its licenses.
     *
     * @param uuid the org uuid
     * @param name the display name
     * @return the org
     */
    public Org addOrg(String uuid, String name) {
        Org org = new Org();
        org.id = Ids.encode("ORGANIZATION", uuid);
        org.displayName = name;
        org.created = now();
        orgs.put(org.id, org);
        // The license set of a typical paid org (spec §2.9): enough for lookups by name and for
        // paging with a small max.
        String site = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".webex.com";
        addLicense(org, uuid, "MS", "Messaging", 500, null);
        addLicense(org, uuid, "AM", "Advanced Messaging", 200, null);
        addLicense(org, uuid, "CF", "Meeting - 25 party", 100, null);
        addLicense(org, uuid, "MC", "Meeting Center", 50, site);
        addLicense(org, uuid, "SC", "Spark Call", 25, null);
        addLicense(org, uuid, "BCSTD", "Webex Calling - Professional", 100, null);
        addLicense(org, uuid, "BCWS", "Webex Calling - Workspaces", 20, null);
        return org;
    }

    private void addLicense(Org org, String orgUuid, String code, String name, int units, String siteUrl) {
        License l = new License();
        l.id = Ids.encode("LICENSE", orgUuid + ":" + code + "_" + UUID.nameUUIDFromBytes(
                (orgUuid + code).getBytes(StandardCharsets.UTF_8)));
        l.orgId = org.id;
        l.name = name;
        l.totalUnits = units;
        l.subscriptionId = "Sub" + Math.abs((long) (orgUuid + "subscription").hashCode());
        l.siteUrl = siteUrl;
        l.siteType = siteUrl == null ? null : "Control Hub managed site";
        licenses.put(l.id, l);
    }

    /**
     * How many people hold a license.
     *
     * @param licenseId the license
     * @return the count
     */
    public int consumedUnits(String licenseId) {
        int n = 0;
        for (Person p : people.values()) {
            if (p.licenses.contains(licenseId)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The {@code Messaging} license of an org, which people get when created without licenses.
     *
     * @param orgId the org
     * @return the license, or {@code null} when the org has none
     */
    public License messagingLicense(String orgId) {
        return licenses.values().stream().filter(l -> l.orgId.equals(orgId) && l.name.equals("Messaging"))
                .findFirst().orElse(null);
    }

    /** Adds the known roles. */
    public void addRoles() {
        String[][] known = {
            {"id_full_admin", "Full Administrator"},
            {"id_user_admin", "User Administrator"},
            {"id_readonly_admin", "Read-only Administrator"},
            {"id_device_admin", "Device Administrator"},
            {"id_support_admin", "Support Administrator"},
            {"id_compliance_officer", "Compliance Officer"},
        };
        for (String[] r : known) {
            Role role = new Role();
            role.id = Ids.encode("ROLE", r[0]);
            role.name = r[1];
            roles.put(role.id, role);
        }
    }

    /**
     * Adds a person.
     *
     * @param uuid the uuid
     * @param displayName the display name
     * @param email the address
     * @param type {@code person}, {@code bot} or {@code appuser}
     * @param orgId the org
     * @param token the bearer token, or {@code null} for none
     * @return the person
     */
    public Person addPerson(String uuid, String displayName, String email, String type, String orgId, String token) {
        Person p = new Person();
        p.uuid = uuid;
        p.id = Ids.encode("PEOPLE", uuid);
        p.displayName = displayName;
        p.emails.add(email);
        p.type = type;
        p.orgId = orgId;
        p.created = now();
        p.lastModified = p.created;
        License messaging = messagingLicense(orgId);
        if (messaging != null && "person".equals(type)) {
            p.licenses.add(messaging.id);
        }
        people.put(p.id, p);
        if (token != null) {
            p.loggedIn = true;
            tokens.put(token, new AccessGrant(p.id, null));
        }
        return p;
    }

    /**
     * Returns an address not used by anyone, derived from a display name.
     *
     * @param displayName the name
     * @param domain the mail domain
     * @return e.g. {@code bob@example.com}, or {@code bob2@example.com} when taken
     */
    public String freeEmail(String displayName, String domain) {
        String local = displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (local.isEmpty()) {
            local = "user";
        }
        String candidate = local + "@" + domain;
        for (int n = 2; personByEmail(candidate) != null; n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    // ---- lookups --------------------------------------------------------------------------

    /**
     * The person a bearer token acts as, while the token lives.
     *
     * @param token the token from the {@code Authorization} header, or {@code null}
     * @return the person
     * @throws ApiError 401 when the token is missing, unknown, or expired on the fake's clock
     */
    public Person bearer(String token) {
        AccessGrant grant = token == null ? null : tokens.get(token);
        Person p = grant == null ? null : people.get(grant.personId());
        if (p == null) {
            throw new ApiError(401, "The request requires a valid access token set in the Authorization request header.");
        }
        if (grant.expires() != null && !clock.peek().isBefore(grant.expires())) {
            throw new ApiError(401, "The access token has expired.");
        }
        return p;
    }

    /**
     * Finds a person by address, case-insensitively.
     *
     * @param email the address
     * @return the person, or {@code null}
     */
    public Person personByEmail(String email) {
        if (email == null) {
            return null;
        }
        for (Person p : people.values()) {
            for (String e : p.emails) {
                if (e.equalsIgnoreCase(email)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The membership id of a person in a room.
     *
     * @param person the person
     * @param room the room
     * @return the id
     */
    public static String membershipId(Person person, Room room) {
        return Ids.encode("MEMBERSHIP", person.uuid + ":" + room.uuid);
    }

    /**
     * The team membership id of a person in a team.
     *
     * @param person the person
     * @param team the team
     * @return the id
     */
    public static String teamMembershipId(Person person, Team team) {
        return Ids.encode("TEAM_MEMBERSHIP", person.uuid + ":" + team.uuid);
    }

    /**
     * Finds a person's membership in a room.
     *
     * @param person the person
     * @param room the room
     * @return the membership, or {@code null}
     */
    public Membership membership(Person person, Room room) {
        return memberships.get(membershipId(person, room));
    }

    /**
     * Finds a person's membership in a team.
     *
     * @param person the person
     * @param team the team
     * @return the membership, or {@code null}
     */
    public TeamMembership teamMembership(Person person, Team team) {
        return teamMemberships.get(teamMembershipId(person, team));
    }

    /**
     * The memberships of a room, oldest first.
     *
     * @param roomId the room id
     * @return the memberships
     */
    public List<Membership> membershipsOf(String roomId) {
        List<Membership> out = new ArrayList<>();
        for (Membership m : memberships.values()) {
            if (m.roomId.equals(roomId)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The direct room between two people.
     *
     * @param a one person
     * @param b the other
     * @return the room, or {@code null}
     */
    public Room directRoom(Person a, Person b) {
        for (Room r : rooms.values()) {
            if ("direct".equals(r.type) && membership(a, r) != null && membership(b, r) != null) {
                return r;
            }
        }
        return null;
    }

    /**
     * In a direct room, the member other than {@code viewer}.
     *
     * @param room the direct room
     * @param viewer the person looking
     * @return the other person, or {@code null}
     */
    public Person otherMember(Room room, Person viewer) {
        for (Membership m : membershipsOf(room.id)) {
            if (!m.personId.equals(viewer == null ? null : viewer.id)) {
                return people.get(m.personId);
            }
        }
        return null;
    }
}
