package io.ciscosparkapi.testkit.junit;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extension's packages stay free of cycles as the module grows. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ciscosparkapi.testkit.junit");
    }

    @Test
    void theExtensionsMainClassesAreImported() {
        assertThat(classes.contain(FakeSparkExtension.class)).isTrue();
        assertThat(classes.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("ArchitectureTest"));
    }

    @Test
    void theExtensionsPackagesAreFreeOfCycles() {
        // One slice per package: "(**)" captures "junit" and any package below it.
        slices().matching("io.ciscosparkapi.testkit.(**)").should().beFreeOfCycles().check(classes);
    }
}
