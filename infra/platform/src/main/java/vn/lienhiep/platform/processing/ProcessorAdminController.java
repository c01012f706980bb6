package vn.lienhiep.platform.processing;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * {@code /api/<context>/admin/processors}: status and one-call replay of every read model, and the events each
 * processor has parked in its dead-letter queue (list, retry, drop). Reading is for operators and union admins,
 * acting for union admins only (SecurityAutoConfiguration).
 */
@RestController
@RequestMapping("/api/${lienhiep.context}/admin/processors")
public class ProcessorAdminController {

    /** More than an operator reads; the total says how many there are. */
    static final int LIST_LIMIT = 1000;

    private final ProcessorAdmin admin;
    private final DeadLetters deadLetters;

    public ProcessorAdminController(ProcessorAdmin admin, DeadLetters deadLetters) {
        this.admin = admin;
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public List<ProcessorAdmin.ProcessorStatus> all() {
        return admin.all();
    }

    @GetMapping("/{name}")
    public ProcessorAdmin.ProcessorStatus one(@PathVariable String name) {
        return admin.one(name).orElseThrow(() -> new ResourceNotFoundException("processor", name));
    }

    /** Starts a rebuild and answers at once; poll {@code GET .../{name}} for progress. */
    @PostMapping("/{name}/replay")
    public ResponseEntity<ProcessorAdmin.ProcessorStatus> replay(@PathVariable String name) {
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(admin.replay(name));
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("processor", name);
        } catch (IllegalStateException e) {
            throw new BusinessRuleViolation("platform.processor.not-replayable",
                    "Bộ xử lý " + name + " không hỗ trợ phát lại.", "Processor " + name + " does not support replay.");
        }
    }

    /**
     * @param enabled whether the processor parks poison events at all (the publisher halts instead)
     * @param total   events parked now; {@code items} holds at most {@value #LIST_LIMIT} of them
     */
    public record DeadLetterList(String processor, boolean enabled, long total, List<DeadLetters.Parked> items) {
    }

    @GetMapping("/{name}/dead-letters")
    public DeadLetterList deadLetters(@PathVariable String name) {
        existing(name);
        return new DeadLetterList(name, deadLetters.enabled(name), deadLetters.count(name),
                                  deadLetters.list(name, LIST_LIMIT));
    }

    /** Handles every parked aggregate again, each in order; one that fails again stays parked. */
    @PostMapping("/{name}/dead-letters/retry")
    public DeadLetters.RetriedAll retryAll(@PathVariable String name) {
        existing(name);
        return deadLetters.retryAll(name);
    }

    /**
     * Handles the parked events of one aggregate again, in order. {@code id} is the {@code sequence} in the list (the
     * aggregate id); path variables are named {@code name} and {@code id} like every other endpoint's.
     */
    @PostMapping("/{name}/dead-letters/sequences/{id}/retry")
    public DeadLetters.Retried retry(@PathVariable String name, @PathVariable("id") String sequence) {
        existing(name);
        return deadLetters.retry(name, sequence)
                          .orElseThrow(() -> new ResourceNotFoundException("dead-letter sequence", sequence));
    }

    /**
     * Drops one parked event ({@code id}: its {@code eventId}) for good (an audit line names who did it); what waits
     * behind it stays parked.
     */
    @DeleteMapping("/{name}/dead-letters/{id}")
    public DeadLetters.Parked evict(@PathVariable String name, @PathVariable("id") String eventId) {
        existing(name);
        return deadLetters.evict(name, eventId, Callers.current().username())
                          .orElseThrow(() -> new ResourceNotFoundException("dead letter", eventId));
    }

    private void existing(String name) {
        if (admin.one(name).isEmpty()) {
            throw new ResourceNotFoundException("processor", name);
        }
    }
}
