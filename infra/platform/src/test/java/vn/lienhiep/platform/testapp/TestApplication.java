package vn.lienhiep.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import vn.lienhiep.contracts.security.Role;
import vn.lienhiep.platform.publishing.PublicEventCatalog;
import vn.lienhiep.platform.security.AccessRules;

/** A minimal service built on the platform, the way real services are: one aggregate, one projection, one endpoint. */
@SpringBootApplication
public class TestApplication {

    /** Staff write; the missing-thing probe is public so 404s can be tested without a token. */
    @Bean
    public AccessRules thingAccess() {
        return AccessRules.builder()
                .post("/api/platformtest/things", "/api/platformtest/things/{id}/label").roles(Role.UNION_STAFF)
                .get("/api/platformtest/missing/{id}").publicAccess()
                .get("/api/platformtest/caller").authenticated()
                .build();
    }

    @Bean
    public PublicEventCatalog thingPublicEventCatalog() {
        return PublicEventCatalog.builder()
                .publish(Thing.Created.class, "thing-created", 1, e -> new ThingCreatedV1(e.id(), e.label()))
                .build();
    }

    public record ThingCreatedV1(String id, String label) {
    }
}
