package vn.lienhiep.platform.readmodel;

import org.bson.Document;

import vn.lienhiep.kernel.DecisionRef;

/** How every read model of every service stores a decision reference: one shape, so readers parse it one way. */
public final class DecisionDocuments {

    private DecisionDocuments() {
    }

    public static Document of(DecisionRef d) {
        if (d == null) {
            return null;
        }
        return new Document("number", d.number()).append("date", d.date().toString())
                                                  .append("issuedBy", d.issuedBy()).append("signer", d.signer());
    }
}
