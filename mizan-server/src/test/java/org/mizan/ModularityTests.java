package org.mizan;

import com.tngtech.archunit.core.domain.JavaClass;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    // mizan-log is a plain library that happens to share the root package, not an application module.
    private final ApplicationModules modules = ApplicationModules.of(MizanApplication.class,
            JavaClass.Predicates.resideInAPackage("org.mizan.log.."));

    @Test
    void modulesOnlyUseTheApisTheyDeclare() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
