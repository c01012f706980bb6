package vn.lienhiep.platform.testapp;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;

@RestController
public class ThingController {

    private final CommandDispatcher commands;

    public ThingController(CommandDispatcher commands) {
        this.commands = commands;
    }

    public record CreateThing(@NotBlank @Size(max = 50) String label) {
    }

    @PostMapping("/api/platformtest/things")
    public ResponseEntity<Outcome> create(@Valid @RequestBody CreateThing body) {
        Outcome outcome = commands.send(new Thing.Create(UUID.randomUUID().toString(), body.label()));
        return ResponseEntity.created(URI.create("/api/platformtest/things/" + outcome.id())).body(outcome);
    }

    @PostMapping("/api/platformtest/things/{id}/label")
    public Outcome relabel(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                           @Valid @RequestBody CreateThing body) {
        return commands.send(new Thing.Relabel(id, body.label(), Versions.fromIfMatch(ifMatch)));
    }

    /** Deliberately absent from the access rules: proves an endpoint nobody listed is closed. */
    @GetMapping("/api/platformtest/unlisted")
    public Map<String, String> unlisted() {
        return Map.of("secret", "should never be served");
    }

    /** Who the platform says is calling: what a service's object rules work from. */
    @GetMapping("/api/platformtest/caller")
    public Caller caller() {
        return Callers.current();
    }

    @GetMapping("/api/platformtest/missing/{id}")
    public Map<String, String> missing(@PathVariable String id) {
        throw new ResourceNotFoundException("thing", id);
    }
}
