package vn.lienhiep.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.platform.web.LabelsController;

import vn.lienhiep.security.access.PublicAccess;

/**
 * {@code GET /api/<context>/access/public}: the PUBLIC rules of this service's {@link AccessRules}, which the gateway
 * reads to know what it may let through without a token. Anonymous access is thus declared once, in the service's own
 * table; the gateway keeps no list of its own. Rules, not data, so it is public itself (and listed among the rules, so
 * it is reachable through the gateway too).
 */
@RestController
public class PublicAccessController {

    private final PublicAccess access;

    public PublicAccessController(String context, List<AccessRules> tables) {
        Set<PublicAccess.Rule> rules = new LinkedHashSet<>();
        rules.add(new PublicAccess.Rule(HttpMethod.GET.name(), PublicAccess.path(context)));
        rules.add(new PublicAccess.Rule(HttpMethod.GET.name(), LabelsController.path(context)));
        for (AccessRules table : tables) {
            for (AccessRules.Rule rule : table.rules()) {
                if (rule.audience() == AccessRules.Audience.PUBLIC) {
                    rules.add(new PublicAccess.Rule(rule.method().name(), rule.pattern()));
                }
            }
        }
        this.access = new PublicAccess(context, new ArrayList<>(rules));
    }

    @GetMapping(path = "/api/${lienhiep.context}/access/public", produces = MediaType.APPLICATION_JSON_VALUE)
    public PublicAccess publicAccess() {
        return access;
    }
}
