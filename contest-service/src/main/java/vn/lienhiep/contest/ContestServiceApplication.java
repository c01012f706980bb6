package vn.lienhiep.contest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Contests (Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo TTNNĐ, VIFOTEC): editions, entries, judging, prizes. Each edition carries its own configurable rules.
 */
@SpringBootApplication
public class ContestServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContestServiceApplication.class, args);
    }
}
