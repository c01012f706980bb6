package vn.lienhiep.platform.processing;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.kernel.BusinessRuleViolation;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/** {@code /api/<context>/admin/processors}: status and one-call replay of every read model. */
@RestController
@RequestMapping("/api/${lienhiep.context}/admin/processors")
public class ProcessorAdminController {

    private final ProcessorAdmin admin;

    public ProcessorAdminController(ProcessorAdmin admin) {
        this.admin = admin;
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
}
