package vn.lienhiep.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienhiep.platform.publishing.PublicEvent;
import vn.lienhiep.platform.publishing.PublicEventCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One domain event may be public once, several times (each with a stable id of its own), or not at all. */
class PublicEventCatalogTest {

    record PanelFormed(String engagementId, List<String> experts) {
    }

    record Secret(String id) {
    }

    @Test
    void aDomainEventWithSeveralPublicEventsGivesEachAStableIdOfItsOwn() {
        PublicEventCatalog catalog = PublicEventCatalog.builder()
                .mapEach(PanelFormed.class, e -> e.experts().stream()
                        .map(expert -> new PublicEvent("expert-assigned", 1, expert, expert)).toList())
                .build();

        List<PublicEvent> published = catalog.toPublic(new PanelFormed("e-1", List.of("x-1", "x-2")));

        assertThat(published).extracting(PublicEvent::payload).containsExactly("x-1", "x-2");
        assertThat(published).extracting(p -> p.cloudEventId("domain-event-7"))
                             .containsExactly("domain-event-7:x-1", "domain-event-7:x-2");
        assertThat(catalog.toPublic(new PanelFormed("e-2", List.of()))).isEmpty();
        assertThat(catalog.toPublic(new Secret("s"))).isEmpty();
    }

    @Test
    void aDomainEventWithOnePublicEventKeepsItsOwnId() {
        PublicEventCatalog catalog = PublicEventCatalog.builder()
                .publish(Secret.class, "thing", 1, s -> s.id())
                .build();

        assertThat(catalog.toPublic(new Secret("s"))).singleElement()
                                                    .satisfies(p -> assertThat(p.cloudEventId("id-1")).isEqualTo("id-1"));
        assertThatThrownBy(() -> PublicEventCatalog.builder().publish(Secret.class, "a", 1, s -> s)
                                                   .publish(Secret.class, "b", 1, s -> s))
                .isInstanceOf(IllegalStateException.class);
    }
}
