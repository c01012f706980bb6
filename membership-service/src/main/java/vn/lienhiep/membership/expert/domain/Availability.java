package vn.lienhiep.membership.expert.domain;

/** Whether the expert can take on reviews now (review panel building filters on it). */
public enum Availability {
    AVAILABLE("Sẵn sàng", "Available"),
    LIMITED("Hạn chế", "Limited"),
    UNAVAILABLE("Không sẵn sàng", "Unavailable");

    private final String labelVi;
    private final String labelEn;

    Availability(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
