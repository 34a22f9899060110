package io.ciscosparkapi.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake never uses our models or our API, so a bug in the SDK's JSON mapping cannot hide
 * behind the same bug in the fake; nor does it use JUnit, so a project that only wants the fake
 * (a standalone server, a test in another framework) pulls neither. The JUnit extension is the
 * module spark-testkit-junit.
 */
class ArchitectureTest {

    private static final String FAKE = "io.ciscosparkapi.testkit..";
    /** The SDK's API package, exactly: {@code io.ciscosparkapi..} would also match the testkit. */
    private static final String API = "io.ciscosparkapi";
    private static final String API_INTERNALS = "io.ciscosparkapi.internal..";
    private static final String MODEL = "io.ciscosparkapi.model..";
    private static final String JUNIT = "org.junit..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi");
    }

    @Test
    void theMainClassesOfTheTestkitAreImported() {
        assertThat(classes.contain(FakeSpark.class)).isTrue();
        assertThat(classes.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("ArchitectureTest"));
    }

    @Test
    void theFakeDependsOnNeitherTheSdkNorJunit() {
        neitherTheSdkNorJunit().check(classes);
    }

    @Test
    void theRuleWouldSeeAJunitDependencyWhereThereIsOne() {
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class);
        assertThat(neitherTheSdkNorJunit().evaluate(tests).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("org.junit.jupiter.api.Test"));
    }

    private static ArchRule neitherTheSdkNorJunit() {
        return noClasses().that().resideInAPackage(FAKE)
                .should().dependOnClassesThat().resideInAnyPackage(API, API_INTERNALS, MODEL, JUNIT)
                .because("a bug in the SDK's JSON mapping must not hide behind the same bug in the fake,"
                        + " and the fake must run without JUnit");
    }
}
