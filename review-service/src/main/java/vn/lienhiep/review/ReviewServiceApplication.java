package vn.lienhiep.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Review (Tư vấn, phản biện và giám định xã hội — TVPB&GĐXH): requests, engagements, panels, reports, adoption. Skeleton until its issue.
 */
@SpringBootApplication
public class ReviewServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewServiceApplication.class, args);
    }
}
