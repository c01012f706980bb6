package vn.lienhiep.membership.expert.domain;

import vn.lienhiep.kernel.Labelled;

/** Whether the expert can take on reviews now (review panel building filters on it). */
public enum Availability implements Labelled {
    AVAILABLE("Sẵn sàng", "Available"),
    LIMITED("Hạn chế", "Limited"),
    UNAVAILABLE("Không sẵn sàng", "Unavailable");

    private final String labelVi;
    private final String labelEn;

    Availability(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
