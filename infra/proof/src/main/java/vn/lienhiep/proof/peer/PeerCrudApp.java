package vn.lienhiep.proof.peer;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The peer baseline: what a team would build instead of the platform — a plain Spring MVC + Spring Data MongoDB CRUD
 * endpoint of the same shape as {@code POST /api/membership/organizations/existing-members} and
 * {@code GET .../{id}}, writing the document straight into MongoDB (no event store, no projection, no Kafka, no
 * gateway, no token). The bench starts it as a child JVM with the services' heap settings.
 *
 * <p>The auto-configurations are listed, not discovered: it is what {@code @SpringBootApplication} would pick from
 * the starters for web MVC + Spring Data MongoDB, and stays that even when started from a test classpath that also
 * holds Axon, Kafka and security (the smoke test does).
 *
 * <p>Usage: {@code java -cp … vn.lienhiep.proof.peer.PeerCrudApp --server.port=<port> --spring.mongodb.uri=<uri>};
 * database {@code peer_bench}.
 */
@SpringBootConfiguration
@ComponentScan
@EnableMongoRepositories(considerNestedRepositories = true)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        SslAutoConfiguration.class, JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
public class PeerCrudApp {

    /** Settings come as {@code --name=value} arguments: they outrank anything else found on the classpath. */
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PeerCrudApp.class);
        app.setDefaultProperties(Map.of(
                "spring.mongodb.database", "peer_bench",
                "spring.main.banner-mode", "off",
                "spring.data.mongodb.auto-index-creation", "false",
                "server.shutdown", "immediate"));
        app.run(args);
    }

    @Document("organizations")
    public record PeerOrganization(@Id String id, String name, String kind, String field, Map<String, Object> admission,
                                   String status, long version, String createdAt) {
    }

    public interface PeerOrganizations extends MongoRepository<PeerOrganization, String> {
    }

    public record CreateRequest(String name, String kind, String field, Map<String, Object> admission) {
    }

    public record Created(String id, String status, long version) {
    }

    @RestController
    @RequestMapping("/orgs")
    public static class PeerController {

        private final PeerOrganizations organizations;

        public PeerController(PeerOrganizations organizations) {
            this.organizations = organizations;
        }

        @PostMapping
        public ResponseEntity<Created> create(@RequestBody CreateRequest body) {
            if (body.name() == null || body.name().isBlank() || body.kind() == null || body.admission() == null) {
                return ResponseEntity.badRequest().build();
            }
            PeerOrganization saved = organizations.save(new PeerOrganization(
                    UUID.randomUUID().toString(), body.name().strip(), body.kind(), body.field(), body.admission(),
                    "ACTIVE", 0, Instant.now().toString()));
            return ResponseEntity.created(URI.create("/orgs/" + saved.id()))
                                 .body(new Created(saved.id(), saved.status(), saved.version()));
        }

        @GetMapping("/{id}")
        public ResponseEntity<PeerOrganization> get(@PathVariable("id") String id) {
            return organizations.findById(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
        }
    }
}
