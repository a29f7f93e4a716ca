package io.panelist;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A class that uses a repository of another feature (a feature is io.panelist.x with its sub-packages). */
final class RepositoryOutsideItsPackage extends ArchCondition<JavaClass> {
    RepositoryOutsideItsPackage() {
        super("use a repository of another feature");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            boolean repository = target.getSimpleName().endsWith("Repository")
                    && target.getPackageName().startsWith("io.panelist");
            if (repository && !feature(target).equals(feature(origin))) {
                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
            }
        }
    }

    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : type.getPackageName();
    }
}
