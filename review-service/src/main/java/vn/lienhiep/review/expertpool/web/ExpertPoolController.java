package vn.lienhiep.review.expertpool.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.web.Versions;
import vn.lienhiep.review.expertpool.projection.ExpertPoolQueries;
import vn.lienhiep.review.expertpool.projection.PoolExpertView;

/** The experts Review may put on a panel (verified in membership, not deactivated since): search and one expert. */
@RestController
@RequestMapping(ExpertPoolController.PATH)
public class ExpertPoolController {

    public static final String PATH = "/api/review/experts";

    private final ExpertPoolQueries queries;

    public ExpertPoolController(ExpertPoolQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    public PageResult<PoolExpertView> search(@RequestParam(required = false) @Size(max = 200) String q,
                                             @RequestParam(required = false) @Size(max = 20) String field,
                                             @RequestParam(required = false)
                                             @Pattern(regexp = "AVAILABLE|LIMITED|UNAVAILABLE") String availability,
                                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.search(q, field, availability, page, size);
    }

    /** 404 for an expert Review does not know and for one membership deactivated: neither may be assigned. */
    @GetMapping("/{expertId}")
    public ResponseEntity<PoolExpertView> get(@PathVariable String expertId) {
        PoolExpertView view = queries.findActive(expertId)
                                     .orElseThrow(() -> new ResourceNotFoundException("expert", expertId));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }
}
