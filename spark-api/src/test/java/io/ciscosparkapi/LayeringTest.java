package io.ciscosparkapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design's dependency rules, stated so that a wrong import fails the build. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi");
    }

    @Test
    void modelsKnowNothingOfTheRestOfTheSdk() {
        noClasses().that().resideInAPackage("io.ciscosparkapi.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "io.ciscosparkapi.model..", "java..", "com.fasterxml.jackson.annotation..")
                .check(classes);
    }

    @Test
    void theTransportSpiDependsOnTheJdkAlone() {
        noClasses().that().resideInAPackage("io.ciscosparkapi.transport")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.ciscosparkapi.transport", "java..", "javax..")
                .check(classes);
    }

    @Test
    void theApiNeverNamesAConcreteTransport() {
        noClasses().that().resideInAnyPackage("io.ciscosparkapi", "io.ciscosparkapi.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("io.ciscosparkapi.transport.*..", "java.net.http..")
                .check(classes);
    }

    @Test
    void jacksonStaysInsideTheInternalJsonHelper() {
        noClasses().that().resideInAPackage("io.ciscosparkapi")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(classes);
        noClasses().that().resideInAPackage("io.ciscosparkapi.internal").and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(io.ciscosparkapi.internal.Json.class)))
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(classes);
    }

    @Test
    void publicApiMethodsExposeNoInternalType() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("io.ciscosparkapi")
                .and().areDeclaredInClassesThat().arePublic()
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an internal type", (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getPackageName().startsWith("io.ciscosparkapi.internal")))
                .check(classes);
    }
}
