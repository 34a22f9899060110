package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    /** A role as the API reference describes it, section 2.10. */
    static final String EXAMPLE = """
            {"id": "Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg", "name": "Full Administrator"}
            """;

    @Test
    void exampleReadsIntoTypedGetters() {
        Role role = readDocumented(EXAMPLE, Role::new, Role.class);

        assertThat(role.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg");
        assertThat(role.name()).isEqualTo("Full Administrator");
    }
}
