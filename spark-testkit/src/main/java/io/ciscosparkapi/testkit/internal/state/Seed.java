package io.ciscosparkapi.testkit.internal.state;

import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a fake starts with, and what it returns to on reset: the org "Example Corp" with its
 * licenses and roles, its admin (full administrator and compliance officer) and the seeded users.
 * Their ids and tokens are chosen once, so they stay the same across resets. Also adds the users
 * and bots a test asks for later.
 */
public final class Seed {

    private static final String DOMAIN = "example.com";
    private static final String BOT_DOMAIN = "sparkbot.io";

    /**
     * A person that can call the API with its own token.
     *
     * @param id the person id
     * @param email the primary address
     * @param displayName the display name
     * @param token the bearer token
     * @param orgId the org id
     * @param bot whether a bot
     */
    public record Account(String id, String email, String displayName, String token, String orgId, boolean bot) {
    }

    private record Planned(String uuid, Account account) {
    }

    private final String orgUuid = Ids.uuid();
    private final String orgId = Ids.encode("ORGANIZATION", orgUuid);
    private final Planned admin;
    private final List<Planned> users = new ArrayList<>();

    /**
     * Plans a seed.
     *
     * @param userCount how many users besides the admin ("User 1", "User 2", ...)
     */
    public Seed(int userCount) {
        admin = plan("admin@" + DOMAIN, "Admin Example");
        for (int i = 1; i <= userCount; i++) {
            users.add(plan("user" + i + "@" + DOMAIN, "User " + i));
        }
    }

    private Planned plan(String email, String displayName) {
        String uuid = Ids.uuid();
        return new Planned(uuid, new Account(Ids.encode("PEOPLE", uuid), email, displayName, Ids.token(), orgId, false));
    }

    /**
     * The seeded admin.
     *
     * @return the admin
     */
    public Account admin() {
        return admin.account();
    }

    /**
     * The seeded users, in order.
     *
     * @return the users
     */
    public List<Account> users() {
        return users.stream().map(Planned::account).toList();
    }

    /**
     * Builds a store holding the seed and nothing else.
     *
     * @param clock the clock for its timestamps
     * @return the new store
     */
    public Store freshStore(FakeClock clock) {
        Store s = new Store(clock);
        synchronized (s) {
            s.addOrg(orgUuid, "Example Corp");
            s.addRoles();
            Person a = add(s, admin, "person");
            a.roles.add(Store.ROLE_FULL_ADMIN);
            s.licenses.values().forEach(l -> {
                if (!a.licenses.contains(l.id)) {
                    a.licenses.add(l.id);
                }
            });
            a.complianceOfficer = true;
            for (Planned u : users) {
                add(s, u, "person");
            }
        }
        return s;
    }

    private static Person add(Store s, Planned p, String type) {
        Account a = p.account();
        return s.addPerson(p.uuid(), a.displayName(), a.email(), type, a.orgId(), a.token());
    }

    /**
     * Adds a person or bot with its own token to the seed's org; the address is derived from the
     * name ({@code bob@example.com}, bots {@code helper@sparkbot.io}, with a number when taken).
     *
     * @param store the current state
     * @param displayName the display name, not blank
     * @param bot whether a bot
     * @return the new account
     */
    public Account addAccount(Store store, String displayName, boolean bot) {
        Objects.requireNonNull(displayName, "displayName");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        synchronized (store) {
            String token = Ids.token();
            String email = store.freeEmail(displayName, bot ? BOT_DOMAIN : DOMAIN);
            Person p = store.addPerson(Ids.uuid(), displayName, email, bot ? "bot" : "person", orgId, token);
            return new Account(p.id, p.email(), p.displayName, token, p.orgId, p.isBot());
        }
    }
}
