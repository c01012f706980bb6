package vn.lienhiep.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import vn.lienhiep.platform.publishing.PublicEventCatalog;

/** A minimal service built on the platform, the way real services are: one aggregate, one projection, one endpoint. */
@SpringBootApplication
public class TestApplication {

    @Bean
    public PublicEventCatalog thingPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(Thing.Created.class, "thing-created", 1, e -> new ThingCreatedV1(e.id(), e.label()))
                .build();
    }

    public record ThingCreatedV1(String id, String label) {
    }
}
