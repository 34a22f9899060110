package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.TEAM;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TeamTest {

    /** The example of the API reference, section 2.5. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<TEAM>", "name": "Build Squad", "creatorId": "<ME>", "created": "2018-05-28T10:00:00.000Z"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Team team = readDocumented(SPEC_EXAMPLE, Team::new, Team.class);

        assertThat(team.id()).isEqualTo(TEAM);
        assertThat(team.name()).isEqualTo("Build Squad");
        assertThat(team.creatorId()).isEqualTo(ME);
        assertThat(team.created()).isEqualTo(Instant.parse("2018-05-28T10:00:00Z"));
        assertThat(team.description()).isNull();
    }

    @Test
    void v2DescriptionReads() {
        Team team = readDocumented(FullExamples.TEAM, Team::new, Team.class);

        assertThat(team.description()).isEqualTo("We keep the build green");
    }
}
