package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.BOB;
import static io.ciscosparkapi.model.Fixtures.MEMB;
import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.ROOM;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class MembershipTest {

    /** The example of the API reference, section 2.3. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<MEMB>", "roomId": "<ROOM>", "personId": "<BOB>", "personEmail": "bob@example.com",
             "personDisplayName": "Bob Example", "personOrgId": "<ORG>", "isModerator": false, "isMonitor": false,
             "created": "2018-05-28T11:02:00.000Z"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Membership membership = readDocumented(SPEC_EXAMPLE, Membership::new, Membership.class);

        assertThat(membership.id()).isEqualTo(MEMB);
        assertThat(membership.roomId()).isEqualTo(ROOM);
        assertThat(membership.personId()).isEqualTo(BOB);
        assertThat(membership.personEmail()).isEqualTo("bob@example.com");
        assertThat(membership.personDisplayName()).isEqualTo("Bob Example");
        assertThat(membership.personOrgId()).isEqualTo(ORG);
        assertThat(membership.isModerator()).isFalse();
        assertThat(membership.isMonitor()).isFalse();
        assertThat(membership.created()).isEqualTo(Instant.parse("2018-05-28T11:02:00Z"));
        assertThat(membership.isRoomHidden()).isNull();
        assertThat(membership.roomType()).isNull();
    }

    @Test
    void v2FieldsReadIntoTypedGetters() {
        Membership membership = readDocumented(FullExamples.MEMBERSHIP, Membership::new, Membership.class);

        assertThat(membership.isModerator()).isTrue();
        assertThat(membership.isRoomHidden()).isTrue();
        assertThat(membership.roomType()).isEqualTo(RoomType.DIRECT);
    }
}
