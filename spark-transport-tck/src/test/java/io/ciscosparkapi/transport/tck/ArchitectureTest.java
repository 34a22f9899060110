package io.ciscosparkapi.transport.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite tests a transport through the SPI alone, so a transport's build needs nothing of the
 * SDK or the testkit to run it (and the JDK transport, which the SDK carries, can run it without a
 * reactor cycle).
 */
class ArchitectureTest {

    private static final String SUITE = "io.ciscosparkapi.transport.tck..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi.transport.tck");
    }

    @Test
    void theSuitesMainClassesAreImported() {
        assertThat(classes.contain(TransportConformanceTest.class)).isTrue();
        assertThat(classes.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("ArchitectureTest"));
    }

    @Test
    void theSuiteDependsOnlyOnTheSpiJunitAndTheJdk() {
        onlyTheSpiJunitAndTheJdk().check(classes);
    }

    @Test
    void theRuleWouldSeeAnyOtherDependency() {
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class);
        assertThat(onlyTheSpiJunitAndTheJdk().evaluate(tests).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("com.tngtech.archunit"));
    }

    @Test
    void theSuitesPackagesAreFreeOfCycles() {
        // One slice per package: "(**)" captures "tck" and any package below it.
        slices().matching("io.ciscosparkapi.transport.(**)").should().beFreeOfCycles().check(classes);
    }

    private static ArchRule onlyTheSpiJunitAndTheJdk() {
        return noClasses().that().resideInAPackage(SUITE)
                .should().dependOnClassesThat().resideOutsideOfPackages(SUITE, "io.ciscosparkapi.transport",
                        "org.junit.jupiter.api..", "java..", "javax..", "com.sun.net.httpserver..")
                .because("a transport's build runs the suite with the SPI and JUnit alone");
    }
}
