package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.TEAM;
import static io.ciscosparkapi.model.Fixtures.TMEMB;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TeamMembershipTest {

    /** The example of the API reference, section 2.6. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<TMEMB>", "teamId": "<TEAM>", "personId": "<ME>", "personEmail": "alice@example.com",
             "personDisplayName": "Alice Example", "personOrgId": "<ORG>", "isModerator": true, "created": "2018-05-28T10:00:00.000Z"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        TeamMembership membership = readDocumented(SPEC_EXAMPLE, TeamMembership::new, TeamMembership.class);

        assertThat(membership.id()).isEqualTo(TMEMB);
        assertThat(membership.teamId()).isEqualTo(TEAM);
        assertThat(membership.personId()).isEqualTo(ME);
        assertThat(membership.personEmail()).isEqualTo("alice@example.com");
        assertThat(membership.personDisplayName()).isEqualTo("Alice Example");
        assertThat(membership.personOrgId()).isEqualTo(ORG);
        assertThat(membership.isModerator()).isTrue();
        assertThat(membership.created()).isEqualTo(Instant.parse("2018-05-28T10:00:00Z"));
    }
}
