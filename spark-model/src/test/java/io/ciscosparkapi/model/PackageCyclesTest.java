package io.ciscosparkapi.model;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model's packages depend on each other one way only. */
class PackageCyclesTest {

    @Test
    void noPackageOfTheModelsIsPartOfACycle() {
        slices().matching("io.ciscosparkapi.(**)").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.ciscosparkapi.model"));
    }
}
