package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OrganizationTest {

    /** The example of the API reference, section 2.8. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<ORG>", "displayName": "Example Corp", "created": "2015-06-01T00:00:00.000Z"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Organization organization = readDocumented(SPEC_EXAMPLE, Organization::new, Organization.class);

        assertThat(organization.id()).isEqualTo(ORG);
        assertThat(organization.displayName()).isEqualTo("Example Corp");
        assertThat(organization.created()).isEqualTo(Instant.parse("2015-06-01T00:00:00Z"));
    }
}
