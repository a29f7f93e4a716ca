package io.panelist;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A class that uses a repository of another package. */
final class RepositoryOutsideItsPackage extends ArchCondition<JavaClass> {
    RepositoryOutsideItsPackage() {
        super("use a repository of another package");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            boolean repository = target.getSimpleName().endsWith("Repository")
                    && target.getPackageName().startsWith("io.panelist");
            if (repository && !target.getPackageName().equals(origin.getPackageName())) {
                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
            }
        }
    }
}
