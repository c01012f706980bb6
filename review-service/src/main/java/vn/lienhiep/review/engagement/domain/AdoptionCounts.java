package vn.lienhiep.review.engagement.domain;

import java.util.Collection;

/** How many recommendations of the sent report ended in each adoption (the adoption-rate statistics need them). */
public record AdoptionCounts(int adopted, int partiallyAdopted, int notAdopted, int noResponse) {

    public static AdoptionCounts of(Collection<Adoption> adoptions) {
        int a = 0;
        int p = 0;
        int n = 0;
        int none = 0;
        for (Adoption adoption : adoptions) {
            switch (adoption) {
                case ADOPTED -> a++;
                case PARTIALLY_ADOPTED -> p++;
                case NOT_ADOPTED -> n++;
                case NO_RESPONSE -> none++;
            }
        }
        return new AdoptionCounts(a, p, n, none);
    }

    /** All adopted → ADOPTED; none adopted even partly → NOT_ADOPTED; otherwise PARTIALLY_ADOPTED. */
    public Adoption overall() {
        if (noResponse > 0 && adopted + partiallyAdopted + notAdopted == 0) {
            return Adoption.NO_RESPONSE;
        }
        if (adopted > 0 && partiallyAdopted == 0 && notAdopted == 0 && noResponse == 0) {
            return Adoption.ADOPTED;
        }
        return adopted + partiallyAdopted == 0 ? Adoption.NOT_ADOPTED : Adoption.PARTIALLY_ADOPTED;
    }
}
