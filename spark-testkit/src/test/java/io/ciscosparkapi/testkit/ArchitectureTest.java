package io.ciscosparkapi.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake's core never uses our models or our API, so a bug in the SDK's JSON mapping cannot
 * hide behind the same bug in the fake. Only the JUnit extension may use the SDK.
 */
class ArchitectureTest {

    private static final String CORE = "io.ciscosparkapi.testkit..";
    private static final String JUNIT = "io.ciscosparkapi.testkit.junit..";
    /** The SDK's API package, exactly: {@code io.ciscosparkapi..} would also match the testkit. */
    private static final String API = "io.ciscosparkapi";
    private static final String MODEL = "io.ciscosparkapi.model..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi");
    }

    @Test
    void theMainClassesOfTheTestkitAreImported() {
        assertThat(classes.contain(FakeSpark.class)).isTrue();
        assertThat(classes.contain(io.ciscosparkapi.testkit.junit.FakeSparkExtension.class)).isTrue();
        assertThat(classes.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("ArchitectureTest"));
    }

    @Test
    void theFakesCoreDependsOnNeitherTheModelsNorTheApi() {
        ArchRule rule = noClasses().that().resideInAPackage(CORE).and().resideOutsideOfPackage(JUNIT)
                .should().dependOnClassesThat().resideInAnyPackage(MODEL, API)
                .because("a bug in the SDK's JSON mapping must not hide behind the same bug in the fake");
        rule.check(classes);
    }

    @Test
    void theRuleWouldSeeAnSdkDependencyWhereThereIsOne() {
        ArchRule same = noClasses().that().resideInAPackage(JUNIT)
                .should().dependOnClassesThat().resideInAnyPackage(MODEL, API);
        EvaluationResult result = same.evaluate(classes);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("io.ciscosparkapi.CiscoSparkAPI"));
    }

    @Test
    void theJunitExtensionUsesTheFakeOnlyThroughItsPublicApi() {
        noClasses().that().resideInAPackage(JUNIT)
                .should().dependOnClassesThat().resideInAPackage("io.ciscosparkapi.testkit.internal..")
                .check(classes);
    }
}
