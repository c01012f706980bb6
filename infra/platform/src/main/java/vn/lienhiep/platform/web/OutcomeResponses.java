package vn.lienhiep.platform.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

import vn.lienhiep.kernel.Outcome;

/** How command outcomes are answered: 201 + Location for creations, 200 for changes; the new version as ETag. */
public final class OutcomeResponses {

    private OutcomeResponses() {
    }

    public static ResponseEntity<Outcome> created(String collectionPath, Outcome outcome) {
        return ResponseEntity.created(URI.create(collectionPath + "/" + outcome.id()))
                             .eTag(Versions.etag(outcome.version()))
                             .body(outcome);
    }

    public static ResponseEntity<Outcome> changed(Outcome outcome) {
        return ResponseEntity.ok().eTag(Versions.etag(outcome.version())).body(outcome);
    }
}
