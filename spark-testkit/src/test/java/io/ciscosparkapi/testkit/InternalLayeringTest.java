package io.ciscosparkapi.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake's internals form layers: the public facade uses them, never the other way round, and
 * no two of its packages depend on each other.
 */
class InternalLayeringTest {

    private static final String INTERNAL = "io.ciscosparkapi.testkit.internal..";
    private static final String FACADE = "io.ciscosparkapi.testkit";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi.testkit");
    }

    @Test
    void theInternalsNeverUseTheFacade() {
        noClasses().that().resideInAPackage(INTERNAL).should().dependOnClassesThat().resideInAPackage(FACADE)
                .because("the facade wires the internals; a dependency back would tie them in a cycle")
                .check(classes);
    }

    @Test
    void theInternalPackagesAreFreeOfCycles() {
        ArchRule rule = slices().matching("io.ciscosparkapi.testkit.internal.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void theCycleRuleSeesEveryInternalPackage() {
        assertThat(Slices.matching("io.ciscosparkapi.testkit.internal.(*)..").transform(classes))
                .extracting(slice -> slice.getNamePart(1))
                .contains("api", "faults", "frontend", "http", "state", "tls", "webhooks");
    }
}
