package io.panelist.shared.database;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;

@Singleton
class Seeder {
    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);
    private final List<SeedContent> contents;

    Seeder(List<SeedContent> contents) {
        this.contents = contents.stream().sorted(Comparator.comparingInt(SeedContent::order)).toList();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (SeedContent content : contents) {
            content.seed();
        }
        if (!contents.isEmpty()) {
            LOG.info("Seeded content is in place ({} parts checked)", contents.size());
        }
    }
}
