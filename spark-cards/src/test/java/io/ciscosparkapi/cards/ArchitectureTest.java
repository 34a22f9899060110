package io.ciscosparkapi.cards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.ciscosparkapi.cards.internal.json.JsonText;

/** The module stands alone: no package cycles, nothing outside the JDK, one exported package. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi.cards");
    }

    @Test
    void theMainClassesOfBothPackagesAreImported() {
        assertThat(classes.contain(AdaptiveCard.class)).isTrue();
        assertThat(classes.contain(JsonText.class)).isTrue();
        assertThat(classes.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("Test"));
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching("io.ciscosparkapi.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theJsonPackageKnowsNothingOfCards() {
        noClasses().that().resideInAPackage("io.ciscosparkapi.cards.internal..")
                .should().dependOnClassesThat().resideInAPackage("io.ciscosparkapi.cards")
                .check(classes);
    }

    @Test
    void theModuleUsesNothingButTheJdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.ciscosparkapi.cards..", "java..")
                .check(classes);
    }

    @Test
    void theModuleRequiresJavaBaseAloneAndExportsOnlyTheCardsPackage() {
        ModuleDescriptor descriptor = AdaptiveCard.class.getModule().getDescriptor();

        assertThat(descriptor.name()).isEqualTo("io.ciscosparkapi.cards");
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactly("java.base");
        assertThat(descriptor.exports()).singleElement().satisfies(export -> {
            assertThat(export.source()).isEqualTo("io.ciscosparkapi.cards");
            assertThat(export.isQualified()).isFalse();
        });
    }
}
