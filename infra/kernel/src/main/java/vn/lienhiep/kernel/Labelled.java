package vn.lienhiep.kernel;

/** A category users read: Vietnamese first, English second (reports list categories with both labels). */
public interface Labelled {

    String labelVi();

    String labelEn();
}
