package vn.lienhiep.review.engagement.projection;

/** What a caller reads of one engagement: the whole of it, or a requesting body's cut ({@link EngagementView#cutFor}). */
public sealed interface EngagementReading permits EngagementView, RequesterEngagementView {

    String id();

    long version();
}
