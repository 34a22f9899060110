package io.ciscosparkapi.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ciscosparkapi.bot.internal.EmbeddedReceiver;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bot module's layering: no package cycle, neither the testkit nor any transport, one exported package. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi.bot");
    }

    @Test
    void bothPackagesAreImportedWithoutTheTests() {
        assertThat(classes.contain(SparkBot.class)).isTrue();
        assertThat(classes.contain(EmbeddedReceiver.class)).isTrue();
        assertThat(classes.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("Test"));
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching("io.ciscosparkapi.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theInternalPackageNeedsNothingButTheJdk() {
        classes().that().resideInAPackage("io.ciscosparkapi.bot.internal..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.ciscosparkapi.bot.internal..", "java..",
                        "javax..", "com.sun.net.httpserver..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheTestkitOrOnATransport() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.ciscosparkapi.testkit..",
                "io.ciscosparkapi.transport..", "java.net.http..")
                .check(classes);
    }

    @Test
    void theModuleExportsTheBotPackageAlone() {
        ModuleDescriptor descriptor = SparkBot.class.getModule().getDescriptor();

        assertThat(descriptor.name()).isEqualTo("io.ciscosparkapi.bot");
        assertThat(descriptor.exports()).singleElement().satisfies(export -> {
            assertThat(export.source()).isEqualTo("io.ciscosparkapi.bot");
            assertThat(export.isQualified()).isFalse();
        });
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "io.ciscosparkapi", "io.ciscosparkapi.cards", "jdk.httpserver");
    }
}
