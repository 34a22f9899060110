package io.ciscosparkapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
    void jacksonStaysInsideTheJsonCodec() {
        noClasses().that().resideInAnyPackage("io.ciscosparkapi", "io.ciscosparkapi.internal..")
                .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(JsonCodec.class)))
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(classes);
    }

    /** The models export their internal package to the SDK alone, for the JSON codec alone. */
    @Test
    void onlyTheJsonCodecUsesTheModelsInternalPackage() {
        noClasses().that().resideInAnyPackage("io.ciscosparkapi", "io.ciscosparkapi.internal..")
                .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(JsonCodec.class)))
                .should().dependOnClassesThat().resideInAPackage("io.ciscosparkapi.model.internal..")
                .check(classes);
    }

    /** Every package its own slice, the root package {@code io.ciscosparkapi} included. */
    @Test
    void noPackageOfTheSdkIsPartOfACycle() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return javaClass.getPackageName().startsWith("io.ciscosparkapi")
                        ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "each package of io.ciscosparkapi";
            }
        }).should().beFreeOfCycles().check(classes);
    }

    /** The internal packages are leaves: what they do needs nothing of the API built on them. */
    @Test
    void internalPackagesDoNotDependOnTheApi() {
        noClasses().that().resideInAPackage("io.ciscosparkapi.internal..")
                .should().dependOnClassesThat().resideInAPackage("io.ciscosparkapi")
                .check(classes);
    }

    @Test
    void publicApiMethodsExposeNoInternalType() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("io.ciscosparkapi")
                .and().areDeclaredInClassesThat().arePublic()
                .should().notHaveRawReturnType(DescribedPredicate.describe(
                        "an internal type", (JavaClass c) -> c.getPackageName().startsWith("io.ciscosparkapi.internal")))
                .check(classes);
    }
}
