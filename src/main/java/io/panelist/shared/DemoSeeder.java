package io.panelist.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;

@Singleton
@Requires(env = "demo")
class DemoSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private final List<DemoContent> contents;

    DemoSeeder(List<DemoContent> contents) {
        this.contents = contents.stream().sorted(Comparator.comparingInt(DemoContent::order)).toList();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (DemoContent content : contents) {
            content.seed();
        }
        LOG.info("Demo data is in place ({} parts checked)", contents.size());
    }
}
