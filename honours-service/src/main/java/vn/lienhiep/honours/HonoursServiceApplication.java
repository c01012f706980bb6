package vn.lienhiep.honours;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Honours (Tôn vinh trí thức, thi đua khen thưởng): rounds, nominations, selection, conferrals. Skeleton until its issue.
 */
@SpringBootApplication
public class HonoursServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HonoursServiceApplication.class, args);
    }
}
