package vn.lienhiep.membership.organization.web;

import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.lienhiep.membership.common.web.ObjectScope;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.web.ResourceNotFoundException;

/**
 * An officer acts on their own organisation only. Reading one organisation ({@code GET /{id}}) is the public
 * directory's business (the controller answers the directory entry, or 404 for a non-member); everything under it —
 * history, dossier steps, profile changes, enrolling members — names the officer's own organisation or is not found.
 */
@Component
public class OrganizationScope implements ObjectScope {

    private static final String ORGANIZATION = OrganizationController.PATH + "/{id}";

    @Override
    public String path() {
        return ORGANIZATION;
    }

    @Override
    public void check(Caller officer, String method, String matchedPath, Map<String, String> variables) {
        if (matchedPath.equals(ORGANIZATION) && "GET".equals(method)) {
            return;
        }
        String id = variables.get("id");
        if (!Objects.equals(officer.organizationId(), id)) {
            throw new ResourceNotFoundException("organization", id);
        }
    }
}
