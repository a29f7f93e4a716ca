package io.panelist;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of STYLE.md: features in one direction, repositories private to their feature. */
class ArchitectureTest {
    /** Lower features never use higher ones; web sits on top of everything. */
    static final List<String> FEATURES_BOTTOM_UP = List.of("shared", "audit", "identity", "notifications",
            "questionbank",
            "recruiting", "plans", "scheduling", "scoring", "recommendation", "bench", "web");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.panelist");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.panelist.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void webPagesOfOneFeatureHaveNoCyclesWithThoseOfAnother() {
        slices().matching("io.panelist.web.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }

    /**
     * Plain JDBC goes through shared.Jdbc (and the bean definition Micronaut generates for it), on the caller's
     * transaction; the benchmark, a tool of its own, opens its connections itself.
     */
    @Test
    void onlyTheSharedJdbcAndTheBenchmarkTouchTheDataSource() {
        noClasses().that().resideOutsideOfPackage("io.panelist.bench..")
                .and().haveNameNotMatching("io\\.panelist\\.shared\\.\\$?Jdbc(\\$.*)?")
                .should().dependOnClassesThat().belongToAnyOf(DataSource.class, Connection.class)
                .check(CLASSES);
    }

    @Test
    void featuresDependOnlyOnFeaturesBelowThem() {
        for (int i = 0; i < FEATURES_BOTTOM_UP.size(); i++) {
            String[] higher = FEATURES_BOTTOM_UP.subList(i + 1, FEATURES_BOTTOM_UP.size()).stream()
                    .map(feature -> "io.panelist." + feature + "..").toArray(String[]::new);
            if (higher.length == 0) {
                continue;
            }
            noClasses().that().resideInAPackage("io.panelist." + FEATURES_BOTTOM_UP.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(higher)
                    .allowEmptyShould(true).check(CLASSES);
        }
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        noClasses().should(new RepositoryOutsideItsPackage()).check(CLASSES);
    }

    @Test
    void controllersNeverTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }
}
